"""The organ's name opening a head line and the minutes' running number in the year ("Kyrkorådet 06/12") is
no day and month of an event; a later meeting's day in a sentence still is (branch r2-meet)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Kyrkorådets protokoll 9.7.2012 - Lemland-Lumparlands församling\n\nSammanträdesprotokoll Datum: 02.07.2012\n\n"
        "{line}\n\nSammanträdestid: Måndagen den 09.07.2012 kl.19.00-\n\nSammanträdesplats: Birgittagården.\n\n")
BODY = "§ 73. Sammanträdets öppnande.\n\nOrdföranden öppnade mötet.\n\n§ 74. Övriga frågor.\n\n{later}\n"


def event_dates(line: str, later: str = "Inga övriga frågor.") -> list[str]:
    got = extract_text(minutes_from_text(HEAD.format(line=line) + BODY.format(later=later)))
    return [event.date for event in got.events]


@pytest.mark.parametrize(
    ("line", "number_date"),
    [
        ("Kyrkorådet 06/12", "2012-12-06"),
        ("Kommunstyrelsen 10/12", "2012-12-10"),
        ("Socialnämnden: 11/12", "2012-12-11"),
        ("Kommunfullmäktige 9/12", "2012-12-09"),
        ("Tekniska utskottet 08/12", "2012-12-08"),
        ("Församlingsrådet 7/12", "2012-12-07"),
    ],
)
def test_organ_line_number_is_no_event(line: str, number_date: str) -> None:
    assert number_date not in event_dates(line)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # a later meeting named in a sentence keeps its day: the organ does not open the line
        ("Nästa möte med kyrkorådet 14/12 kl 19.", "2012-12-14"),
        ("Kallelse till styrelsen 12/12 skickas ut.", "2012-12-12"),
    ],
)
def test_sentence_day_stays_an_event(later: str, expected: str) -> None:
    assert expected in event_dates("Kyrkorådet", later)
