"""A guest visiting the body: "Men först besöker författaren Kerstin Karlberg föreningen torsdag 10.4 kl. 18 för
att berätta om sin bok", "Landshövdingen besöker oss den 4 maj". "besöker" is the guest's, the body travels
nowhere: no trip.

Look-alikes: the body visiting a place ("Vi besöker Kalmar slott"), or another body somewhere else
("Styrelsen besöker föreningen i Lund")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "trip"),
    [
        ("Men först besöker författaren Kerstin Karlberg föreningen torsdag 10.4 kl. 18 för att berätta om sin bok.",
         False),
        ("Landshövdingen besöker oss den 4 maj.", False),
        ("Kommunalrådet besöker styrelsen den 4 maj för att tala om budgeten.", False),
        ("Den 4 maj besöker distriktsordföranden klubben.", False),
        ("Dirigenten från Stuvsta besöker kören den 4 maj.", False),
        # look-alikes
        ("Vi besöker Kalmar slott den 4 maj.", True),
        ("Styrelsen besöker föreningen i Lund den 4 maj.", True),
        ("Studiebesök på reningsverket den 4 maj.", True),
    ],
)
def test_guest_visits_us(body: str, trip: bool) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [e.kind.value == "trip" for e in got.events] == [trip]
