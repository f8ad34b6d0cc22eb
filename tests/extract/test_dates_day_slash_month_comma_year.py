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


# The year after one space: "tillträdde tjänsten den 5/8 2019", "frukostmöte 13/6 2019". On the same terms as after
# a comma (no year's possession, no amount, no dashed date or second slashed pair running on), and only a year near
# the meeting's: four digits further off are an hour written without its point ("Kvällsvandring 8/6 1900").
@pytest.mark.parametrize(("text", "iso"), [
    ("Gustaf tillträdde tjänsten som näringslivschef den 5/8 2019.", "2019-08-05"),
    ("Uppföljning av frågorna från frukostmötet 13/6 2019 Kommunens upphandling", "2019-06-13"),
    ("Budget och prognos rennäringens främjande, 23/10 2017", "2017-10-23"),
    ("Nästa möte: 10/11 2021 kl 13.00", "2021-11-10"),
    ("Årsmöte: 8/6 2016 kl 16.00 vid bygdegården", "2016-06-08"),
])
def test_day_month_space_year_is_a_date_with_its_year(text: str, iso: str) -> None:
    found = find_dates(text, after=AFTER)
    assert [(f.iso, f.explicit_year) for f in found] == [(iso, True)]


@pytest.mark.parametrize(("text", "first"), [
    ("den 1/3 2020 års budget", "den 1/3"),  # the year's budget
    ("betalas 5/5 2000 kr per medlem", "5/5"),  # an amount after the pair
    ("den 5/6 2019-05-03", "den 5/6"),  # a full date runs on
    ("den 13/6 20/6 och 27/6", "den 13/6"),  # a list of days
    ("möte 4/5 2021:3 i ordningen", "4/5"),  # a serial after the space
    ("Kvällsvandring 8/6 1900. Alla välkomna.", "8/6"),  # an hour, far from the meeting year
])
def test_look_alikes_after_a_space_keep_the_pair_yearless(text: str, first: str) -> None:
    found = find_dates(text, after=AFTER)
    assert found[0].text == first
    assert not found[0].explicit_year
