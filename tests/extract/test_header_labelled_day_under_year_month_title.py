"""A day without its year under a date label ("Tid: 31 augusti kl. 13.15-16.00"), the year in the title above:
"Minnesanteckningar BBU 2015-08" (the year and month, as files are often named), "Protokoll styrelsemöte mars
2019", "Minnesanteckningar Styrgruppen 2015". The title's month must be the day's; the title's "2015-08" is no
part of the body's name. Look-alikes: a label's day in another month than the title's, a title without a year,
a label's day that has its year, a day under a label that is not a date's."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BELOW = "\nNärvarande:\nAnna Svensson\nBo Ek\n\n1. Mötets öppnande\n"


@pytest.mark.parametrize(("head", "date", "body"), [
    ("Minnesanteckningar BBU 2015-08\n\nTid: 31 augusti kl. 13.15-16.00\nPlats: Stadshuset", "2015-08-31", "BBU"),
    ("Minnesanteckningar KPR 2015-08\n\nTid: måndag 31 augusti\nPlats: Stadshuset", "2015-08-31", "KPR"),
    ("Minnesanteckningar Styrgruppen 2015\n\nDatum: tisdag 12/3\nPlats: Kommunhuset", "2015-03-12", "Styrgruppen"),
    ("Protokoll styrelsemöte mars 2019\n\nDatum: 12 mars\nTid: 18.00", "2019-03-12", "Styrelsen"),
    ("Protokoll styrelsemöte 2019\n\nDatum: 12 mars 13.00-15.00", "2019-03-12", "Styrelsen"),
    ("Anteckningar Nätverket 2021-10\nTid och plats: 7 oktober, Folkets hus", "2021-10-07", "Nätverket"),
])
def test_labelled_day_takes_the_titles_year(head: str, date: str, body: str) -> None:
    meeting = extract_meeting(minutes_from_text(head + "\n" + _BELOW))[0]
    assert (meeting.date, meeting.body) == (date, body)


@pytest.mark.parametrize("head", [
    "Minnesanteckningar Styrgruppen 2015-08\n\nTid: 3 september kl. 13.15-16.00",  # another month than the title's
    "Protokoll styrelsemöte mars 2019\n\nDatum: 12 april",
    "Minnesanteckningar Styrgruppen\n\nTid: 31 augusti kl. 13.15-16.00",  # no year anywhere
    "Minnesanteckningar Styrgruppen 2015\n\nSista dag: 31 augusti",  # not the meeting's date label
])
def test_no_day_without_a_year_that_fits(head: str) -> None:
    assert extract_meeting(minutes_from_text(head + "\n" + _BELOW))[0].date is None


def test_a_labelled_day_with_its_year_is_read_as_written() -> None:
    head = "Minnesanteckningar Styrgruppen 2015-08\n\nDatum: 31 augusti 2016"
    assert extract_meeting(minutes_from_text(head + "\n" + _BELOW))[0].date == "2016-08-31"
