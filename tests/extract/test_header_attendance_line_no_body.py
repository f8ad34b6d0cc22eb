"""A head with no title whose line of who came is read as the body: "Närvarande Jens Målare, Karl-Ivar Ehnström,
Lars-Olof Nordesjö" under "Datum, tid och plats ..." (planner.extract.header, `_ATTENDANCE_LINE`): no body. A
body's name then does not make the board's own next meeting foreign. Look-alikes: a body whose name holds such a
word ("Deltagarrådet", "Ledamöternas förening"), a label with one name and no list, a title line above."""

from __future__ import annotations

import pytest

from planner.extract.header import _ATTENDANCE_LINE, extract_meeting
from planner.extract.text import minutes_from_text

_BODY = ("\n§ Mötets öppnande\n\nOrdförande Jens Målare hälsar välkomna och förklarar mötet öppnat.\n\n"
         "§ Val av sekreterare\n\nJens Målare väljs som sekreterare för mötet.\n")


@pytest.mark.parametrize(
    "line",
    [
        "Närvarande Jens Målare, Karl-Ivar Ehnström, Lars-Olof Nordesjö, Dan Jensfelt",
        "Närvarande: Anna Ek, Bo Berg, Carl Dahl",
        "Deltagare Anna Ek, Bo Berg",
        "Ledamöter: Anna-Lena Ek, Bo Berg (S)",
        "NÄRVARANDE Anna Ek, Bo Berg",
    ],
)
def test_attendance_line_under_date_label_is_no_body(line: str) -> None:
    head = "Datum, tid och plats Onsdagen den 20 september 2017 klockan 18:00 i Gagnefsbyns bystuga\n" + line + "\n"
    meeting = extract_meeting(minutes_from_text(head + _BODY))[0]
    assert meeting.date == "2017-09-20"
    assert meeting.body is None or not _ATTENDANCE_LINE.match(meeting.body)


@pytest.mark.parametrize(
    ("value", "is_list"),
    [
        ("Närvarande Jens Målare, Karl-Ivar Ehnström", True),
        ("Deltagare: Anna Ek, Bo Berg", True),
        # look-alikes
        ("Deltagarrådet", False),
        ("Ledamöternas förening, styrelsen", False),
        ("Närvarande Anna Ek", False),
        ("Styrelsen Närvarande Anna Ek, Bo Berg", False),
        ("Beslutande organ Kommunstyrelsen", False),
    ],
)
def test_attendance_line_pattern(value: str, is_list: bool) -> None:
    assert bool(_ATTENDANCE_LINE.match(value)) is is_list


def test_a_title_keeps_its_body() -> None:
    head = ("Byföreningen Gagnefsbyn, styrelsemöte\nDatum, tid och plats Onsdagen den 20 september 2017 klockan 18:00\n"
            "Närvarande Jens Målare, Karl-Ivar Ehnström\n")
    meeting = extract_meeting(minutes_from_text(head + _BODY))[0]
    assert meeting.body is not None and "Byföreningen" in meeting.body
