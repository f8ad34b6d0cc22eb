"""Where a visit, trip, excursion or hired bus goes, named right before the day it is made on, is the place of
that day's event, whatever kind the event is read as: "Exkursionen till Gumbostrand Konst & Form den 24 april",
"hyra buss till och från Malmö Opera den 5 november", "Bussen till Kolmårdens Djurpark den 3 december". The
place must be a name (capital first: "besöket på kulturmagasinet" is left), in the same clause as the day (a
trip named in the sentence before gives no place to the next day's meeting)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2017-10-18\n\n§ 1. Mötet öppnas.\n\n§ 4. Aktiviteter. "
TAIL = "\n\n§ 9. Mötet avslutas.\n"


def venues_of(line: str) -> list[tuple[str, str | None]]:
    events = extract_text(minutes_from_text(HEAD + line + TAIL)).events
    return sorted((e.date or "", e.venue) for e in events)


READ = [
    ("Exkursionen till Gumbostrand Konst & Form den 24 november diskuterades.",
     [("2017-11-24", "Gumbostrand Konst & Form")]),
    ("Exkursion till Skansen Kronan lördag den 11 november.", [("2017-11-11", "Skansen Kronan")]),
    ("Kassören föreslår att vi hyr buss till och från Malmö Opera den 5 november.",
     [("2017-11-05", "Malmö Opera")]),
    ("Vi hyr buss till och från Ronneby Brunn den 16 november.", [("2017-11-16", "Ronneby Brunn")]),
    ("Bussen till Kolmårdens Djurpark den 3 december avgår kl. 8.00 från torget.",
     [("2017-12-03", "Kolmårdens Djurpark")]),
    ("Mötet beslutade om buss till Göteborg den 9 november.", [("2017-11-09", "Göteborg")]),
]

LEFT = [
    # a common noun, no name: no place
    ("Vi bokar buss till årsmötet den 25 november.", [("2017-11-25", None)]),
    ("Besöket på kulturmagasinet den 16 november kl. 13 är bokat.", [("2017-11-16", None)]),
    # the trip is another sentence's: the meeting after it has no place
    ("Resan till Stockholm diskuterades. Den 20 november har vi styrelsemöte.", [("2017-11-20", None)]),
    # a visit noun without a place, another thing on the day
    ("Teaterbesöket blir av och den 20 november har vi julfest.", [("2017-11-20", None)]),
]


@pytest.mark.parametrize(("line", "venues"), READ + LEFT)
def test_visit_place_before_day(line: str, venues: list[tuple[str, str | None]]) -> None:
    assert venues_of(line) == venues
