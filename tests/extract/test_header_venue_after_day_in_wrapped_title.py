"""A title that wraps, the meeting's word on the first line and the day with the place after it on the second:
"Protokoll fört vid styrelsemöte för Harlösa" / "Byalag, 2022-08-29, Byahuset" (planner.extract.header,
`_title_wraps_from_meeting_line`): the place after the day is read as on a one-line title, its last word a place
noun. Look-alikes: the line above closed by a full stop or colon (no wrapped title), no meeting's word above, a
name after the day that is no place's, too many words before the day."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BODY = ("\n1. Närvarande:\nCaj Lindblom, Patrik Lundin, Erik Hopkins\n\n2. Mötets öppnande\nOrdföranden öppnade "
         "mötet.\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        ("Protokoll fört vid styrelsemöte för Harlösa\nByalag, 2022-08-29, Byahuset", "Byahuset"),
        ("Protokoll fört vid årsmöte med Hembygdsföreningen\ni Norrby, 2019-03-10, Bygdegården", "Bygdegården"),
        ("Anteckningar från medlemsmöte för Skogsvägens\nvägförening 12 maj 2018, Klubbstugan", "Klubbstugan"),
        ("Protokoll fört vid sammanträde med\nStyrelsen 2021-11-02, Församlingshemmet", "Församlingshemmet"),
        ("Minnesanteckningar från styrelsemöte\nVästra Byalaget, 2020-06-01, Skolan", "Skolan"),
        # look-alikes
        ("Protokoll fört vid styrelsemöte.\nByalag, 2022-08-29, Byahuset", None),
        ("Protokoll för Harlösa\nByalag, 2022-08-29, Byahuset", None),
        ("Protokoll fört vid styrelsemöte för Harlösa\nByalag, 2022-08-29, Anna Ek", None),
        ("Protokoll fört vid styrelsemöte för\nHarlösa Byalag och Västra Byalaget gemensamt, 2022-08-29, Byahuset", None),
    ],
)
def test_venue_after_day_in_wrapped_title(head: str, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(head + "\n" + _BODY))[0]
    assert meeting.venue == venue
