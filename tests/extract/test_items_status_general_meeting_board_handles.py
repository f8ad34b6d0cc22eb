"""A general meeting's matter to be dealt with by the board is referred to it (planner.extract.items).

"LINDMANSKA SLÄKTMÖTET 1 maj 2018" / "§ 9. Diskuterades frågan om årsavgift. ... Frågan om årsavgift på längre
sikt kommer att behandlas av styrelsen." (826): a family association's "släktmöte" is its members' meeting (as an
årsmöte), and the matter passed to the board in the passive present ("behandlas av styrelsen", "hanteras av
styrelsen", "utreds av den nya styrelsen") is referred to "styrelsen". Look-alikes: what the board did
("behandlades av styrelsen"), the board asked to meet or constitute itself ("Uppdrogs åt styrelsen att
sammanträda så snart som möjligt"); in the board's own minutes the same words bring the matter back (returns).
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_GENERAL = """Protokoll 2018

{head} 1 maj 2018 I ONSALA

§ 1. Mötet öppnades av ordföranden.

§ 2. Till ordförande för mötet valdes Anna Berg.

§ 3. {text}

§ 4. Inga övriga frågor förelåg.
"""


def _item_3(head: str, text: str) -> tuple[str, str | None]:
    found = extract_text(minutes_from_text(_GENERAL.format(head=head, text=text)))
    item = next(it for it in found.items if it.number == "3")
    return item.status.value, item.target.body


@pytest.mark.parametrize(("head", "text"), [
    ("LINDMANSKA SLÄKTMÖTET", "Diskuterades frågan om årsavgift. Frågan på längre sikt kommer att behandlas av styrelsen."),
    ("Släktträffen", "Diskuterades hemsidan. Frågan om ny hemsida hanteras av styrelsen."),
    ("Årsmötet", "Diskuterades medlemsavgiften. Frågan om avgiften utreds av den nya styrelsen."),
    ("Medlemsmöte", "Diskuterades en motion om städdagar. Motionen behandlas av styrelsen."),
    ("Årsmötet", "Diskuterades lokalfrågan. Frågan avgörs av styrelsen efter samråd med kommunen."),
])
def test_matter_dealt_with_by_the_board_is_referred(head: str, text: str) -> None:
    assert _item_3(head, text) == ("referred", "styrelsen")


@pytest.mark.parametrize(("head", "text"), [
    ("LINDMANSKA SLÄKTMÖTET", "Eva Lind valdes. Uppdrogs åt styrelsen att sammanträda så snart som möjligt."),
    ("Årsmötet", "Styrelsen valdes. Styrelsen får i uppdrag att konstituera sig."),
    ("Årsmötet", "Verksamhetsberättelsen, som behandlades av styrelsen i mars, godkändes."),
])
def test_no_matter_handed_on(head: str, text: str) -> None:
    assert _item_3(head, text) == ("handled", None)


def test_in_the_boards_own_minutes_the_matter_comes_back() -> None:
    assert _item_3("Styrelsemöte", "Diskuterades årsavgiften. Frågan kommer att behandlas av styrelsen.") == (
        "returns", None)
