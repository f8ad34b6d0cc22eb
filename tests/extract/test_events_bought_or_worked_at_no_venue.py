""""på/i Place" after a verb of buying, announcing or working names a shop, a site or a workplace, not where
the dated thing is held: "Tuschpennor till överlämningseftermiddagen (24/2) ska inhandlas av Pepule på
Svansströms", "Sandra Frisell slutar på GFRK 22/2". A verb of holding keeps the place ("Festen hålls på
Svansströms den 24/2", "Överlämningen 24/2 på Kafé Linnea").
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def venues(text: str) -> dict[str, str | None]:
    events, _, _ = extract_events(minutes_from_text("Protokoll\n\n1. Ärende\n" + text + "\n"),
                                  Meeting(body=None, date="2011-02-07"), [], [])
    return {e.date: e.venue for e in events}


@pytest.mark.parametrize(
    ("text", "date", "venue"),
    [
        (("Tjocka tuschpennor till överlämningseftermiddag (24/2) med gamla och nya styrelsen ska inhandlas av "
          "Pepule på Svansströms."), "2011-02-24", None),
        ("Personal Sandra Frisell slutar på GFRK 22/2 för att gå vidare till nya utmaningar.", "2011-02-22", None),
        # look-alikes: the place where the thing is held
        ("Festen hålls på Svansströms den 24/2.", "2011-02-24", "Svansströms"),
        ("Överlämningen 24/2 sker på Kafé Linnea.", "2011-02-24", "Kafé Linnea"),
    ],
)
def test_bought_or_worked_at_is_no_venue(text: str, date: str, venue: str | None) -> None:
    assert venues(text)[date] == venue
