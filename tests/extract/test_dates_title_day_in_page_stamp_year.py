"""A stored web page whose only full date is its stamp at the foot ("Senast uppdaterad den 19 juni 2017") and whose
title gives the meeting's day without a year ("Dialogmöte 27 mars"): the meeting is the title's day, in the stamp's
year (the year before when the day falls after the stamp's), not the stamp's day (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

BODY = ("\n\nDet fjärde mötet ägde rum i Bäckskolans matsal. Ungefär femtio personer deltog och "
        "diskuterade i arbetsgrupper.\n\nGrupperna fortsätter arbetet under våren.\n\n"
        "Hjälpte informationen på den här sidan dig?\n\n")


@pytest.mark.parametrize(
    ("title", "stamp", "date"),
    [
        ("Dialogmöte 27 mars", "Senast uppdaterad den 19 juni 2017", "2017-03-27"),
        ("Styrelsemöte den 7 mars", "Sidan uppdaterades 2 december 2021", "2021-03-07"),
        ("Medlemsmöte 12 oktober", "Publicerad 2019-11-02", "2019-10-12"),
        # the day after the stamp's: the year before
        ("Årsmöte 3 december", "Senast uppdaterad: 2020-01-14", "2019-12-03"),
        ("Minnesanteckningar 14 maj", "Senast ändrad 2016-05-20", "2016-05-14"),
        # look-alikes: a title with no yearless day keeps the stamp's date; a dated title is not touched
        ("Dialogmöte om Mitt Berga", "Senast uppdaterad den 19 juni 2017", "2017-06-19"),
        ("Dialogmöte 27 mars 2015", "Senast uppdaterad den 19 juni 2017", "2015-03-27"),
        ("Nyheter 27 mars", "Senast uppdaterad den 19 juni 2017", "2017-06-19"),
    ],
)
def test_title_day_in_page_stamp_year(title: str, stamp: str, date: str) -> None:
    got = extract_text(minutes_from_text(title + BODY + stamp + "\n"))
    assert got.meeting.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a full date that is no page stamp stays the meeting date, even after a yearless title
        ("Styrelsemöte 7 mars\n\nProtokoll fört 2021-03-08 i klubbstugan.\n\n§ 1 Mötet öppnas\n", "2021-03-08"),
    ],
)
def test_other_dates_untouched(text: str, date: str) -> None:
    got = extract_text(minutes_from_text(text))
    assert got.meeting.date == date
