"""A date in the head that words right before it name as another occasion's day (the last meeting, an extra or
the next meeting, the posting block's last day of appeal) is no meeting date; nor are the hours written with
it. A date under a label, a title's date, or one after words that name no other occasion are left alone."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, Part, extract_meeting, is_other_days_clock, is_other_days_date
from planner.extract.text import minutes_from_text


def _found(line: str, date_text: str) -> tuple[list[Part], Found]:
    at = line.index(date_text)
    return [Part(line, 0, 0)], Found("x", at, at + len(date_text))


@pytest.mark.parametrize(
    ("line", "date_text", "expected"),
    [
        ("Protokollet från demokratiberedningens föregående möte den 10 februari 2016 godkänns", "10 februari 2016", True),
        ("Föregående sammanträde 2019-03-04 protokoll lades till handlingarna", "2019-03-04", True),
        ("Från ordförande föreslås att utskottet håller ett extra sammanträde den 7 juni 2023, kl 13-15.",
         "7 juni 2023", True),
        ("Förvaringsplats Kommunledningsförvaltningen Sista datum för överklagande 2018-04-24 Underskrift",
         "2018-04-24", True),
        ("Nästa möte: 2020-05-08", "2020-05-08", True),
        ("Nästa sammanträde är den 3 maj 2021 kl. 18.00", "3 maj 2021", True),
        # look-alikes: the meeting's own date
        ("Datum: 2018-04-24", "2018-04-24", False),
        ("Protokoll fört vid styrelsemöte den 10 februari 2016", "10 februari 2016", False),
        ("Extra styrelsemöte 2019-03-04", "2019-03-04", False),  # the title of an extra meeting: this one
        ("Sammanträde med föregående års styrelse 2019-03-04", "2019-03-04", False),
        ("Protokollet från föregående möte justerades. Sammanträdesdatum 2016-02-10", "2016-02-10", False),
    ],
)
def test_other_days_date(line: str, date_text: str, expected: bool) -> None:
    parts, found = _found(line, date_text)
    assert is_other_days_date(parts, found) is expected


@pytest.mark.parametrize(
    ("line", "clock_text", "expected"),
    [
        ("Från ordförande föreslås att utskottet håller ett extra sammanträde den 7 juni 2023, kl 13-15.", "13", True),
        ("Nästa möte den 4 maj 2021 kl. 18.00 i Folkets hus", "18.00", True),
        ("Tisdag den 4 maj 2021 kl. 18.00 i Folkets hus", "18.00", False),  # the meeting's day
        ("Plats och tid Kommunhuset kl. 09.00-11.00", "09.00", False),  # no date before the clock
    ],
)
def test_other_days_clock(line: str, clock_text: str, expected: bool) -> None:
    parts, clock = _found(line, clock_text)
    assert is_other_days_clock(parts, clock) is expected


def test_minutes_whose_only_date_is_the_last_meeting() -> None:
    text = (
        "Hoppa över navigering\n • 1\n  Val av justerare\n • 2\n  Fastställande av dagordningen\n"
        " • Från ordförande föreslås att utvecklingsutskottet håller ett extra sammanträde den 7 juni 2023, kl 13-15.\n"
        " • 4\n  Anmälningar för kännedom\n"
    )
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.date, meeting.start, meeting.end) == (None, None, None)
