"""A time label whose value dates its hours to another day than the meeting's ("Plats och tid" / "Laholms teater,
Laholm, 150323, 10.00–12.00" in minutes titled "Ungdomsforum 150609"): a value left from an earlier meeting's
template, no start or end of this one. Look-alikes: the meeting's own date in the value, no date in the value, a
yearless day."""

from __future__ import annotations

import pytest

from planner.extract.header import dated_other_day, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Laholms teater, Laholm, 150323, 10.00–12.00", True),
        ("Stadshuset, 2019-03-04 kl 13.00-15.00", True),
        # look-alikes
        ("Laholms teater, Laholm, 150609, 10.00–12.00", False),
        ("Stadshuset, 2019-05-06 kl 13.00-15.00", False),
        ("Stadshuset kl 13.00-15.00", False),
        ("Stadshuset den 4 mars kl 13.00-15.00", False),
    ],
)
def test_dated_other_day(value: str, expected: bool) -> None:
    meeting = "2015-06-09" if "Laholm" in value else "2019-05-06"
    assert dated_other_day(value, meeting) is expected


def test_template_hours_of_another_day_are_not_the_meetings() -> None:
    text = ("PROTOKOLL LAHOLMS KOMMUN Altona 25, CityGården Ungdomsforum 150609\n\n1\nLAHOLMS KOMMUN\nUngdomsforum\n"
            "PROTOKOLL\nAltona 25, CityGården\n150609\nPlats och tid\nLaholms teater, Laholm, 150323, 10.00–12.00\n"
            "Ungdomar\nCasandra Hallberg, Osbecksgymnasiet\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.date, m.start, m.end) == ("2015-06-09", None, None)


def test_own_days_hours_are_kept() -> None:
    text = ("PROTOKOLL LAHOLMS KOMMUN Altona 25, CityGården Ungdomsforum 150609\n\n1\nLAHOLMS KOMMUN\nUngdomsforum\n"
            "PROTOKOLL\nAltona 25, CityGården\n150609\nPlats och tid\nLaholms teater, Laholm, 150609, 10.00–12.00\n"
            "Ungdomar\nCasandra Hallberg, Osbecksgymnasiet\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.date, m.start, m.end) == ("2015-06-09", "10:00", "12:00")
