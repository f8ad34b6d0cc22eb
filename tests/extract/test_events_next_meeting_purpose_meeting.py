"""The body's next meeting said with what it is for, another meeting named after its day as the purpose: "Nästa
styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak förberedelser inför årsmötet",
"Nästa möte den 4 mars 2018 för att planera inför stämman" (planner.extract.events, `_PURPOSE_MEETING`): the meeting
named after "inför" does not make the day foreign. Look-alikes: the other meeting named before the day ("Inför
årsmötet den 15 mars ..."), another meeting's own day ("Årsmötet hålls den 4 mars ..."), no purpose word."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_HEAD = ("Protokoll styrelsemöte 2017-09-20\n\nNärvarande: Anna Ek, Bo Berg\n\n§ 1 Mötets öppnande\n"
         "Ordföranden öppnade mötet.\n\n")
_TAIL = "\n\n§ 9 Mötets avslutande\nOrdföranden avslutade mötet.\n"


@pytest.mark.parametrize(
    ("section", "next_meeting"),
    [
        (("§ 8 Nästa möte\nNästa styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak "
          "förberedelser inför årsmötet."), "2018-01-25"),
        ("§ 8 Övrigt\nNästa möte den 4 mars 2018 för att planera inför stämman.", "2018-03-04"),
        ("§ 8 Övrigt\nNästa styrelsemöte hålls 12 februari 2018 för att förbereda årsmötet.", "2018-02-12"),
        ("§ 8 Övrigt\nNästa möte blir den 8 januari 2018 med förberedelser till föreningsstämman.", "2018-01-08"),
        ("§ 8 Nästa möte\nNästa styrelsemöte den 25 januari 2018.", "2018-01-25"),
        # look-alikes
        ("§ 8 Övrigt\nInför årsmötet den 15 mars 2018 ses styrelsen igen.", None),
        ("§ 8 Övrigt\nÅrsmötet hålls den 4 mars 2018 och styrelsen träffas inför årsmötet.", None),
        ("§ 8 Övrigt\nNästa möte är årsmötet den 4 mars 2018 i Bygdegården.", None),
    ],
)
def test_next_meeting_with_purpose(section: str, next_meeting: str | None) -> None:
    j = extract_text(minutes_from_text(_HEAD + section + _TAIL)).to_json()
    assert j.get("next_meeting") == next_meeting
