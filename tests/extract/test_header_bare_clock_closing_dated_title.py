"""A dated title line that closes with a bare clock (no "kl") right after the meeting's day gives the start:
"Öppet styrelsesammanträde den 4 december 2018 18.00", "Styrelsemöte 2019-03-12, 18:30" (planner.extract.header,
`bare_clock_closing_dated_title`). Look-alikes: a stamp's clock ("Senast uppdaterad: 2019-03-12 07:59"), the
next meeting's line, a record word without the meeting's ("Protokoll 2019-03-12 18.30"), an item number after the
day ("2019-03-12 1.25"), another day's clock, a clock not closing the line."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BODY = ("\n\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
         "2. Val av justerare\nTill justerare valdes Bo Berg.\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(
    ("head", "date", "start"),
    [
        ("Protokoll\n\nÖppet styrelsesammanträde den 4 december 2018 18.00", "2018-12-04", "18:00"),
        ("Styrelsemöte 2019-03-12, 18:30", "2019-03-12", "18:30"),
        ("Årsmöte den 4 mars 2018 19.00\nPlats: Bygdegården", "2018-03-04", "19:00"),
        ("Medlemsträff tisdagen den 9 april 2019 9.30.", "2019-04-09", "09:30"),
        ("Bygdeföreningen\nProtokoll fört vid styrelsemötet 2020-02-03 19.00", "2020-02-03", "19:00"),
        # look-alikes
        ("Senast uppdaterad: 2019-03-12 07:59\nStyrelsemöte 2019-03-12", "2019-03-12", None),
        ("Protokoll 2019-03-12 18.30", "2019-03-12", None),
        ("Styrelsemöte 2019-03-12 1.25", "2019-03-12", None),
        ("Styrelsemöte 2019-03-12\nNästa möte 2019-04-09 18.30", "2019-03-12", None),
        ("Styrelsemöte 2019-03-12 18.30 i Bygdegården och sedan middag på krogen efteråt", "2019-03-12", None),
    ],
)
def test_bare_clock_closing_dated_title(head: str, date: str, start: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(head + _BODY))[0]
    assert (meeting.date, meeting.start) == (date, start)
