"""A general meeting's matter set for its next meeting of the same kind returns there (planner.extract.items).

In an årsmöte's minutes "Frågan utvärderas igen på nästa årsmöte" and "Frågan tas upp på nästa årsmöte"
set the matter for this body's next meeting: returns, when "next". Look-alikes: a vårmöte's "Beslut på
nästa årsmöte" (another kind of meeting: referred to it), the board's minutes naming the årsmöte, and a
plain statement about the next årsmöte ("Nästa årsmöte hålls i Ridön").
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _extract(title: str, sentence: str) -> tuple[list, list]:
    text = (title + "\n\nNärvarande: Erik W, Anna L\n\n 1. Till mötesordförande väljs Erik.\n 2. Byalagets roll\n"
            "  Frågan om byalagets funktion diskuterades. " + sentence + "\n 3. Avslutning\n  Mötet avslutades.\n")
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date="2012-07-25"))
    return ([(i.number, i.status, i.target.when, i.target.body) for i in items if i.number == "2"],
            [(c.from_item, c.when, c.reason.value) for c in carry])


@pytest.mark.parametrize("sentence", [
    "Alla medlemmar måste engagera sig. Frågan utvärderas igen på nästa årsmöte.",
    "Frågan tas upp på nästa årsmöte.",
    "Frågan tas upp igen vid kommande årsmöte.",
])
@pytest.mark.parametrize("title", ["Årsmöte Norrekås byalag 2012-07-25", "Protokoll fört vid årsmötet 2012-07-25"])
def test_own_next_general_meeting_returns(title: str, sentence: str) -> None:
    assert _extract(title, sentence) == ([("2", ItemStatus.RETURNS, "next", None)], [("2", "next", "returns")])


def test_other_kind_stays_referred() -> None:
    items, carry = _extract("Protokoll vårmöte 2012-07-25", "Beslut på nästa årsmöte.")
    assert [s for _, s, _, _ in items] == [ItemStatus.REFERRED] and carry == []


@pytest.mark.parametrize(("title", "sentence"), [
    ("Styrelsemöte 2012-07-25", "Frågan utvärderas igen på nästa årsmöte."),
    ("Årsmöte Norrekås byalag 2012-07-25", "Nästa årsmöte hålls på Ridön."),
])
def test_no_return(title: str, sentence: str) -> None:
    items, carry = _extract(title, sentence)
    assert items[0][1] is not ItemStatus.RETURNS and carry == []
