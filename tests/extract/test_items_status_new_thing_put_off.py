"""A new thing put off inside an item leaves the item handled (planner.extract.items).

An item that reports on several things ("Fjällidenkommittén", "Lokalerna") may put one of them off: "En
ev. målning av ladan bordlades då kostnaden skulle bli för stor". The thing stands as the sentence's
subject in the indefinite ("en", "ett"), before a verb whose subject is what is put off ("bordlades",
"sköts upp", "utgår"), and it is not the item's own matter. Put off to a meeting the sentence names, the
thing is carried as announced. Look-alikes: the item's matter put off
("Ärendet bordlades", "En ansökan om bidrag bordlades" under "Ansökan om bidrag"), someone who moves to
put it off ("En ledamot föreslog att frågan bordläggs"), the decision put off ("Ett beslut i frågan
bordlades"), and an active verb with its agent first ("En arbetsgrupp bordlägger frågan").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import CarryReason, Extraction, ItemStatus

HEAD = "Protokoll styrelsemöte 2010-06-21\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
TAIL = "\n\n3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n"


def _extract(title: str, text: str) -> Extraction:
    return extract_text(minutes_from_text(HEAD + f"2. {title}\n\nLasse redogjorde för läget. {text}" + TAIL))


def _status(title: str, text: str) -> ItemStatus:
    return next(it for it in _extract(title, text).items if it.number == "2").status


@pytest.mark.parametrize(("title", "text"), [
    ("Fjällidenkommittén", "En ev. målning av ladan bordlades då kostnaden skulle bli för stor."),
    ("Lokalerna", "En ny kyl till köket bordlades i väntan på offerter."),
    ("Kansliet", "Ett inköp av nya datorer bordläggs tills vidare."),
    ("Fotbollssektionen", "En resa till cupen i Göteborg utgår."),
])
def test_new_thing_put_off_leaves_item_handled(title: str, text: str) -> None:
    assert _status(title, text) is ItemStatus.HANDLED


@pytest.mark.parametrize(("title", "text"), [
    ("Fjällidenkommittén", "Ärendet bordlades."),
    ("Ansökan om bidrag", "En ansökan om bidrag bordlades i väntan på underlag."),
    ("Lokalerna", "Ett beslut i frågan bordlades i väntan på offerter."),
    ("Lokalerna", "En ledamot föreslog att frågan bordläggs och så beslutades."),
    ("Kansliet", "En arbetsgrupp bordlägger frågan till nästa möte."),
    ("Medlemsavgiften", "En höjning av medlemsavgiften bordlades."),
])
def test_item_itself_put_off(title: str, text: str) -> None:
    assert _status(title, text) is ItemStatus.POSTPONED


def test_new_thing_put_off_to_a_meeting_is_announced() -> None:
    found = _extract("Kansliet", "En uppdatering av hemsidan bordläggs till nästa möte.")
    assert next(it for it in found.items if it.number == "2").status is ItemStatus.HANDLED
    assert [(c.from_item, c.reason, c.when) for c in found.carry] == [("2", CarryReason.ANNOUNCED, "next")]


def test_new_thing_put_off_without_a_time_is_not_carried() -> None:
    found = _extract("Fjällidenkommittén", "En ev. målning av ladan bordlades då kostnaden skulle bli för stor.")
    assert found.carry == ()
