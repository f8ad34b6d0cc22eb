"""The minutes of an association's general meeting of its members (an "årsmöte", a "medlemsmöte", a
"föreningsstämma") that give the members' next general meeting of another kind: "Nästa medlemsmöte, det s.k.
höstmötet, hålls söndagen den 15 november 2009." in the minutes of "ÖHF:s årsmöte 2009" (planner.extract.events,
`_GENERAL_MEETING_BODY`): the same members meet, the next meeting. Look-alikes: a board's minutes naming the
association's årsmöte (the board's own next meeting is not it), another body's meeting ("kommunfullmäktige"),
a wider organisation's assembly, the general meeting's board meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_TAIL = ("\n\nTill valberedning omvaldes Anna Ek.\n\n{line}\n\nEfter mötet serverades kaffe.\n")


@pytest.mark.parametrize(
    ("title", "line", "next_meeting"),
    [
        ("ÖHF:s årsmöte 2009\nHembygdsföreningen höll sitt årsmöte den 19 april 2009 i Vita huset.",
         "Nästa medlemsmöte, det s.k. höstmötet, hålls söndagen den 15 november 2009.", "2009-11-15"),
        ("Protokoll fört vid årsmöte med Byalaget 2019-03-10\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.",
         "Nästa medlemsmöte hålls den 6 oktober 2019.", "2019-10-06"),
        ("Protokoll från medlemsmöte 2019-03-10\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.",
         "Nästa årsmöte hålls den 8 mars 2020.", "2020-03-08"),
        ("Protokoll från föreningsstämma 2018-05-03\n\n§ 1 Mötets öppnande\nOrdföranden öppnade stämman.",
         "Nästa medlemsmöte blir den 4 oktober 2018.", "2018-10-04"),
        ("Protokoll vårmöte 2018-04-12\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.",
         "Nästa höstmöte blir den 11 oktober 2018.", "2018-10-11"),
        # look-alikes
        ("Protokoll från årsmöte 2019-03-10\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.",
         "Nästa kommunfullmäktige hålls den 6 oktober 2019.", None),
        ("Protokoll från årsmöte 2019-03-10\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.",
         "Nästa distriktsstämma hålls den 6 oktober 2019.", None),
    ],
)
def test_next_general_meeting_of_members(title: str, line: str, next_meeting: str | None) -> None:
    j = extract_text(minutes_from_text(title + _TAIL.format(line=line))).to_json()
    assert j.get("next_meeting") == next_meeting


def test_board_minutes_keep_the_annual_meeting_foreign() -> None:
    text = ("Protokoll styrelsemöte 2019-02-10\n\nNärvarande: Anna Ek, Bo Berg\n\n§ 1 Mötets öppnande\n"
            "Ordföranden öppnade mötet.\n\n§ 2 Årsmötet\nÅrsmötet hålls den 10 mars 2019 i Bygdegården.\n")
    assert extract_text(minutes_from_text(text)).to_json().get("next_meeting") is None
