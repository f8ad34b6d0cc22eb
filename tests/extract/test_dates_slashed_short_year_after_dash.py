"""A slashed day with its year cut short after a dash and a space ("Kopperud den 17/3 -08", "Nästa möte 3/11
-15"): the year is written (planner.extract.dates). Look-alikes: a range's second day ("17/3 -19/3"), a
time after the dash ("5/3 -18.00"), and a dash with a space after it ("17/3 - 08") stay without a year."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2008, 3, 11)


@pytest.mark.parametrize(("text", "iso"), [
    ("Kopperud den 17/3 -08.", "2008-03-17"),
    ("Nästa möte.  3/11 -08.", "2008-11-03"),
    ("Styrelsemöte 12/4 -09, kl 18", "2009-04-12"),
    ("Julfest den 5/12 -2008 kl 18", "2008-12-05"),
])
def test_short_year_after_a_dash(text: str, iso: str) -> None:
    found = find_dates(text, after=AFTER)
    assert [(f.iso, f.explicit_year) for f in found] == [(iso, True)]


@pytest.mark.parametrize(("text", "iso"), [
    ("Möte 17/3 -19/3", "2008-03-17"),
    ("Möte den 5/4 -18.00", "2008-04-05"),
    ("Möte den 5/4 -18:00", "2008-04-05"),
    ("Möte 17/4 - 08", "2008-04-17"),
])
def test_no_year_after_the_dash(text: str, iso: str) -> None:
    found = find_dates(text, after=AFTER)
    assert found and (found[0].iso, found[0].explicit_year) == (iso, False)
