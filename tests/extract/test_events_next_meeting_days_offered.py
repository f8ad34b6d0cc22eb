"""The next meeting offered on one day or another of one month ("Vi bokar preliminärt den 10:e eller 17:e
januari", "Nästa möte: 3 eller 10 mars") is two meetings to be, and the month is what is settled: the next
meeting is that month (a day named alone is the day). Days offered in different months leave it open.
The day offered second is as much the section's first date as the one before it."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Styrelsemöte 2017-11-16\n\nNärvarande: Anna Berg, Olle Ek\n\n§8 Övriga frågor\n\nInga.\n\n§9 Nästa möte\n\n"
TAIL = "\n\n§10 Mötets avslutande\n\nOrdföranden avslutade mötet.\n"


@pytest.mark.parametrize(
    ("said", "dates", "next_meeting"),
    [
        ("Vi bokar preliminärt den 10:e eller 17:e januari så får vi se vilket datum som passar bäst.",
         ["2018-01-10", "2018-01-17"], "2018-01"),
        ("Förslag: 3 eller 10 december.", ["2017-12-03", "2017-12-10"], "2017-12"),
        ("Preliminärt den 12 december alternativt den 14 december.", ["2017-12-12", "2017-12-14"], "2017-12"),
        # look-alikes: one day; days in different months; two days both set (not one or the other)
        ("Vi ses den 10 januari kl 18.", ["2018-01-10"], "2018-01-10"),
        ("Preliminärt 20 december eller 10 januari.", ["2017-12-20", "2018-01-10"], None),
        ("Den 10 januari kl 18 och därefter den 17 januari kl 18.", ["2018-01-10", "2018-01-17"], "2018-01-10"),
    ],
)
def test_next_meeting_offered_on_days_of_one_month(said: str, dates: list[str], next_meeting: str | None) -> None:
    assert event_dates(HEAD + said + TAIL, "2017-11-16") == (dates, next_meeting)
