"""A place's name between a gathering's noun and its date, as an invitation's title writes them, is the
venue: "Inbjudan Stiftarmöte Valjeviken  2018 06 18", "Distriktsstämma Hotell Borgholm 12 maj". An
acronym after the noun is an organisation ("Årsmöte SPF 12 maj"), a month or weekday is no place, and
a body's name ("Styrelsemöte Region Gävleborg") is who holds it, not where."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2018-04-14\n\n§ 1. Mötet öppnas.\n\n§ 8. Övrigt\n"
TAIL = "\nBeslut: Styrelsen beslutar att ordföranden representerar distriktet.\n\n§ 9. Avslutning.\n"


def venues(line: str) -> list[str | None]:
    return [e.venue for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize(("line", "venue"), [
    ("Inbjudan Stiftarmöte Valjeviken  2018 06 18", "Valjeviken"),
    ("Inbjudan Distriktsstämma Hotell Borgholm 12 maj 2018", "Hotell Borgholm"),
    ("Inbjudan till regionkonferens Umeå den 20 juni 2018", "Umeå"),
])
def test_place_named_after_the_gathering(line: str, venue: str) -> None:
    assert venues(line) == [venue]


@pytest.mark.parametrize("line", [
    "Inbjudan Årsmöte SPF 12 maj 2018",
    "Inbjudan Styrelsemöte Region Gävleborg 12 maj 2018",
    "Inbjudan Stiftarmöte Lördag 16 juni 2018",
])
def test_no_place_after_the_gathering(line: str) -> None:
    assert venues(line) == [None]
