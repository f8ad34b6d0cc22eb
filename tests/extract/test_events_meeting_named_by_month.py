"""The body's meeting named by its month in one word after a preposition is a meeting in that month:
"Resterade pengar tas beslut om på junimötet" (2021-06, the next meeting), "Frågan bordläggs till
septembersammanträdet". Look-alikes: a past meeting so named, the month of today's meeting, the word
without a preposition, another kind of meeting."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Protokoll fört vid månadsmötet onsdagen den 19 maj 2021\n\n1. Upprop\n\nUpprop förrättades.\n\n4. Medel\n\n"
TAIL = "\n\n5. Övrigt\n\nInga övriga frågor.\n"


@pytest.mark.parametrize(
    ("said", "dates", "next_meeting"),
    [
        (("Mötet beslutar att betala ut 3.000 kr. Resterade pengar tas beslut om på junimötet, men "
         "Barndiabetesfonden kan vara aktuell mottagare."), ["2021-06"], "2021-06"),
        ("Frågan bordläggs till septembersammanträdet.", ["2021-09"], "2021-09"),
        # look-alikes
        ("Som beslutades på aprilmötet betalades pengarna ut.", [], None),
        ("Pengarna betalades ut efter beslut på junimötet förra året.", [], None),
        ("Resterade pengar tas beslut om på majmötet.", [], None),
        ("Junimötet var välbesökt.", [], None),
    ],
)
def test_meeting_named_by_month(said: str, dates: list[str], next_meeting: str | None) -> None:
    assert event_dates(HEAD + said + TAIL, "2021-05-19") == (dates, next_meeting)
