"""An agenda entry noted as reported orally or in writing, in brackets after its title ("Möte med Region Gotland
och Campus Gotland 17 februari (muntlig)", "Almi Företagspartner arbetsmöte 4 mars (skriftlig)"), reports on what
was: its yearless day, resolved forward from a meeting of 3 April to most of a year ahead, stays in the past. A day
close ahead stays an event even with such a note, as does a day ahead with no note or one said to be in the future."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Kallelse till sammanträde med förbundsstyrelsen 3 april 2014\n\nNärvarande: Anna Berg, Bo Lind\n\n"


def event_dates(text: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + text + "\n")).events]


@pytest.mark.parametrize(
    "text",
    [
        "11. Möte med Region Gotland och Campus Gotland 17 februari (muntlig)",
        "15. Almi Företagspartner arbetsmöte 4 mars (skriftlig)",
        "7. Länsstämman i Visby 12 mars (muntlig rapport)",
        "9. Konferens om kollektivtrafik 20 januari (skriftlig information)",
        "12. Träff med länsstyrelsen 25 februari ( muntligt )",
    ],
)
def test_noted_report_is_past(text: str) -> None:
    assert event_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # close ahead: the note does not make it past
        ("11. Regionträff 14 maj (muntlig)", "2014-05-14"),
        # no note
        ("11. Möte med Region Gotland och Campus Gotland 17 februari", "2015-02-17"),
        # the future said in the sentence
        ("11. Nästa möte med Region Gotland ska hållas 17 februari (muntlig)", "2015-02-17"),
    ],
)
def test_day_ahead_stays(text: str, iso: str) -> None:
    assert iso in event_dates(text)
