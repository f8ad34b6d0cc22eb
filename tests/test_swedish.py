"""Swedish dates and times as the site, the mails and the agenda drafts write them."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.swedish import format_date_sv, format_month_sv, format_times_sv, format_when_sv

T = dt.time


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"date": dt.date(2020, 5, 8), "start": T(8, 45), "end": T(15)}, "fredag 8 maj 2020 kl. 8.45–15.00"),
        ({"date": dt.date(2026, 3, 12), "start": T(9)}, "torsdag 12 mars 2026 kl. 9.00"),
        ({"date": dt.date(2022, 3, 17), "end_date": dt.date(2022, 3, 18)},
         "torsdag 17 mars 2022 – fredag 18 mars 2022"),
        ({"date": dt.date(2022, 3, 17), "end_date": dt.date(2022, 3, 17)}, "torsdag 17 mars 2022"),
        ({"date": None, "month": "2020-06"}, "juni 2020, datum ej fastställt"),
        ({"date": None}, "datum ej fastställt"),
        ({"date": dt.date(2021, 1, 3), "end": T(12)}, "söndag 3 januari 2021"),  # an end alone is no time
    ],
)
def test_when(kwargs, expected):
    date = kwargs.pop("date")
    assert format_when_sv(date, **kwargs) == expected


def test_parts():
    assert format_date_sv(dt.date(2020, 12, 31)) == "torsdag 31 december 2020"
    assert format_date_sv(dt.date(2020, 12, 31), weekday=False) == "31 december 2020"
    assert format_date_sv(None) == ""
    assert format_month_sv("2020-06") == "juni 2020"
    assert format_month_sv("2020-13") == "2020-13" and format_month_sv(None) == ""
    assert format_times_sv(T(9, 5), T(12)) == "kl. 9.05–12.00"
    assert format_times_sv(None, T(12)) == ""
