"""Yearless dates in reports of what already happened stay in the past.

A reports section lists what the board took part in since the last meeting, each with its day and no year:
"§ 5 Rapporter" / "a) Medlemsträff med exotiska frukter 19 februari" / "Maria har lämnat en skriftlig
rapport." Resolved forward from a meeting of 21 May, such a day lands most of a year ahead and read as an
event of next year. A report said in the heading the date stands under, in its own sentence ("Återrapport
från länsstämman 29 mars") or on the line right under its short title ("Ulla och Lilian deltog.") keeps
it in the past. A date close ahead stays an event ("Rapporter" / "Länsstämman 12 juni"), as does one said to
be in the future or a deadline ("Rapporten ska lämnas senast 15 mars").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte 21 maj 2014\n\nNärvarande: Anna Berg, Bo Lind\n\n"


def event_dates(text: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + text + "\n")).events]


@pytest.mark.parametrize(
    "text",
    [
        ("§ 5 Rapporter\na) Medlemsträff med exotiska frukter 19 februari\nMaria har lämnat en skriftlig rapport.\n"
         "b) Länsföreningens årsmöte 29 mars\nCamilla lämnade en muntlig rapport."),
        "§4 Information från workshop hemsjukvård 20 feb.\n\nUlla och Lilian deltog. Olika frågor behandlades.",
        "Återrapport från länsstämman 29 mars i Växjö.",
        "Leos lekland 12 april\nMaria berättade om dagen, 54 deltagare totalt.",
        "Rapporter:\n- Utbildningsdag för förtroendevalda 6 april. Ett bra program.",
    ],
)
def test_reported_day_is_past(text: str) -> None:
    assert event_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # close ahead: a report section may tell what is coming
        ("Rapporter\nLänsstämman hålls 12 juni i Kalmar.", "2014-06-12"),
        # the future or a deadline in the sentence
        ("Rapporter\nNästa utbildningsdag blir 6 april, Anna ska anmäla oss.", "2015-04-06"),
        ("Årsrapporten ska lämnas senast 15 mars till förbundet.", "2015-03-15"),
        # no report anywhere near
        ("Ekonomi\nMedlemsträff med exotiska frukter 19 februari\nVi bjuder in alla medlemmar.", "2015-02-19"),
    ],
)
def test_day_ahead_without_report_stays(text: str, iso: str) -> None:
    assert iso in event_dates(text)
