"""What the next meeting is about is a topic announced for it (planner.extract.items).

"Nästa möte kommer att handla om trygghet", "Nästa möte ägnas åt budgeten", "Nästa styrelsemöte den 5
september kommer att handla om rekrytering": the next meeting as the subject, then what it is about,
carries that topic (announced, "next") and leaves the item handled. Look-alikes: a past meeting
("Förra mötet handlade om trygghet", "Mötet handlade om ..."), this meeting ("Det här mötet handlar
om ..."), and next year's thing ("Nästa års budget handlar om besparingar").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import CarryReason, ItemStatus

HEAD = "Protokoll styrelsemöte 2021-05-26\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
TAIL = "\n\n3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n"


def _read(text: str) -> tuple[ItemStatus, list[tuple[str | None, CarryReason, str | None]]]:
    found = extract_text(minutes_from_text(HEAD + f"2. Verksamhetsplan\n\nLasse redogjorde för läget. {text}" + TAIL))
    item = next(it for it in found.items if it.number == "2")
    return item.status, [(c.from_item, c.reason, c.when) for c in found.carry]


@pytest.mark.parametrize("text", [
    "Nästa möte kommer att handla om trygghet.",
    "Nästa möte ägnas åt budgeten.",
    "Nästa styrelsemöte den 5 september kommer att handla om rekrytering.",
    "Kommande sammanträde ska fokusera på lokalfrågan.",
    "Nästa möte är den 5 september och handlar om trygghet.",
])
def test_next_meeting_about_a_topic_is_announced(text: str) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [("2", CarryReason.ANNOUNCED, "next")])


@pytest.mark.parametrize("text", [
    "Förra mötet handlade om trygghet.",
    "Mötet handlade om trygghet.",
    "Nästa års budget handlar om besparingar.",
    "Det här mötet handlar om trygghet.",
])
def test_no_next_meeting_about(text: str) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [])
