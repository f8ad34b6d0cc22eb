"""A series of occasions, each a place's name right before its date: "Svartå Herrgård den 4-5/3 Alvesta 11-12/3
och\\nBosön 18-19/3." (the series may wrap over a line).

`_series_place` gives each date the name written alone before it when two or more dates in a row are so written
(the first after the start of its sentence or line). Before, no venue was read.

Look-alikes: a single date after a capitalised word is no series ("Styrelsen 4/3"), given names before dates are
who is on duty ("Fika: Anna 4/3, Bo 11/3"), and meeting nouns ("Styrelsemöte 4/3 och Årsmöte 25/3") are no places.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte den 5/2 2014\n\n§7 Föreningsdagar med Förbundet\n"


def _venues(body: str) -> list[str | None]:
    doc = minutes_from_text(HEAD + body)
    meeting, _ = extract_meeting(doc)
    events, _, _ = extract_events(doc, meeting, [], [])
    return [e.venue for e in sorted(events, key=lambda e: e.date)]


@pytest.mark.parametrize(
    ("body", "venues"),
    [
        (("Det kommer att arrangeras föreningsdagar med förbundet. Svartå Herrgård den 4-5/3 Alvesta 11-12/3 och\n"
         "Bosön 18-19/3. Vid dessa tillfällen kommer vi lägga vikt vid föreningarna.\n"),
         ["Svartå Herrgård", "Alvesta", "Bosön"]),
        # look-alikes
        ("Fika: Anna 4/3, Bo 11/3.\n", [None, None]),
        ("Kaffe ordnas av\nAnna 4/3 och Bo 11/3.\n", [None, None]),
        ("Styrelsemöte 4/3 och Årsmöte 25/3.\n", [None, None]),
    ],
)
def test_place_series(body: str, venues: list[str | None]) -> None:
    assert _venues(body) == venues
