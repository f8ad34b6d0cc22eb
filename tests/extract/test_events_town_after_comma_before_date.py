"""A town written after a comma right before a dated thing's days, as notes list an activity, its town and its
days ("Gosskörläger tillsammans med Lunds stift, Karlskrona 24-26 jan 2014", "Regionträff, Umeå 3 maj 2014"),
is its venue, with the house before the comma when one is named ("Landstingshuset, Östersund den 28 april").
A person's given name, a month or weekday, or a body after the comma is none.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte 2013-11-25\n\n§ 1 Mötet öppnades.\n\n§ 4 Rapporter.\n\n"


def venues(line: str) -> list[str | None]:
    return [e.venue for e in extract_text(minutes_from_text(HEAD + line + "\n")).events]


@pytest.mark.parametrize(("line", "want"), [
    ("Gosskörläger tillsammans med Lunds stift, Karlskrona 24-26 jan 2014", ["Karlskrona"]),
    ("Regionträff, Umeå 3 maj 2014", ["Umeå"]),
    ("Kyrkosångsfest, Jönköping 15-16 mars 2014", ["Jönköping"]),
    ("Utbildningsdag för ledare, Landstingshuset, Östersund den 28 april 2014", ["Landstingshuset, Östersund"]),
    ("Distriktsstämma, Hässleholm 12 april 2014", ["Hässleholm"]),
])
def test_town_before_the_days(line: str, want: list[str | None]) -> None:
    assert venues(line) == want


@pytest.mark.parametrize("line", [
    "Lägret leds av Kalle, Roger den 10 januari 2014",  # a person's given name
    "Körläger i januari, fredag den 10 januari 2014",  # a weekday
    "Skrivelse skickas till förbundet, Styrelsen den 10 januari 2014",  # a body
])
def test_no_town_from_look_alikes(line: str) -> None:
    assert venues(line) in ([None], [])
