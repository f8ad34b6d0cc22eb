"""A day/month date whose year follows after a comma ("Den 9/6, 2020 kl. 18.00"): small associations
write their meeting day so. The year is read as written; a comma before a number that is no year of the
date (a year's possession, a serial or a dashed date running on) leaves the slashed pair yearless."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2020, 1, 1)


@pytest.mark.parametrize(("text", "iso"), [
    ("Den 9/6, 2020 kl. 18.00 utanför Hultstugan", "2020-06-09"),
    ("Styrelsemöte 14/3, 2019", "2019-03-14"),
    ("Nästa möte blir den 4/5, 2021.", "2021-05-04"),
])
def test_day_month_comma_year_is_a_date_with_its_year(text: str, iso: str) -> None:
    found = find_dates(text, after=AFTER)
    assert [(f.iso, f.explicit_year) for f in found] == [(iso, True)]


@pytest.mark.parametrize(("text", "first"), [
    ("den 1/3, 2020 års budget", "den 1/3"),  # the year's budget, not the date's year
    ("röster 3/4, 2019:12 i beslutet", "3/4"),  # a serial after the comma
    ("den 5/6, 2019-05-03", "den 5/6"),  # a full date runs on after the comma
    ("den 13/6, 20/6 och 27/6", "den 13/6"),  # a list of days, no year
])
def test_look_alikes_keep_the_pair_yearless(text: str, first: str) -> None:
    found = find_dates(text, after=AFTER)
    assert found[0].text == first
    assert not found[0].explicit_year
