"""A thing put out "på Facebook", "på Instagram" or "på hemsidan" is published there: the web service is no
place where an event is held, even when the sentence carries the event's date ("Lars lägger ut en annons på
Facebook efter 15/2"). A place named after such a service ("Instagram-kaféet Gläntan", "Facebooks kontor")
stays a place.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def venues(text: str) -> dict[str, str | None]:
    events, _, _ = extract_events(minutes_from_text(text), Meeting(body=None, date="2024-02-07"), [], [])
    return {e.date: e.venue for e in events}


@pytest.mark.parametrize(
    ("text", "date", "venue"),
    [
        ("Styrelsen träffar kandidaten 15/2. Lars lägger ut en annons på Facebook efter 15/2.", "2024-02-15", None),
        ("Konserten 20/3 annonseras på Instagram.", "2024-03-20", None),
        # look-alikes: places named after a web service
        ("Julfesten hålls 20/3 på Instagram-kaféet Gläntan.", "2024-03-20", "Instagram-kaféet Gläntan"),
        ("Nästa möte 10/4 på Facebooks kontor.", "2024-04-10", "Facebooks kontor"),
    ],
)
def test_web_service_is_no_venue(text: str, date: str, venue: str | None) -> None:
    assert venues("Protokoll\n\n1. Ärende\n" + text + "\n")[date] == venue
