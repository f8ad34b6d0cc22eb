"""A month followed by days of it that are only proposed, one or another ("Ute möte i Kalvahagen i juli.
Förslag fredag 2 juli eller 9 juli"), is an event of its own: the month is what is settled. A day that is
settled still stands for its month ("i juli, den 2 juli"), and a part of a month ("i början av december")
is too vague to be one."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Protokoll styrelsemöte 2021-05-04\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Program och veckomöten framöver\n\n"
TAIL = "\n\n6. Övrigt\n\nInga övriga frågor.\n"


@pytest.mark.parametrize(
    ("said", "dates"),
    [
        ("Hybrid? Ute möte i Kalvahagen i juli. Förslag fredag 2 juli eller 9 juli, KM pratar med Kåge.",
         ["2021-07", "2021-07-02", "2021-07-09"]),
        ("Sommarfest i augusti. Förslag 14 augusti eller 21 augusti.",
         ["2021-08", "2021-08-14", "2021-08-21"]),
        # look-alikes: a settled day, and a part of the month
        ("Ute möte i Kalvahagen i juli. Mötet blir fredag 2 juli kl 18.", ["2021-07-02"]),
        ("Julbord någon gång i början av december. Sjunde eller fjortonde december.",
         ["2021-12-07", "2021-12-14"]),
    ],
)
def test_month_with_proposed_days(said: str, dates: list[str]) -> None:
    assert event_dates(HEAD + said + TAIL)[0] == dates
