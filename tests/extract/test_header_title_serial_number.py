"""A title's serial number "nr 8/11" is no day and month.

"Styrelseprotokoll nr 8/11, avseende 86-106 / Plats: Idrottens Hus Dag: 15 maj, 2011": the minutes' number
(meeting 8 of 2011) stood in for the title's day ("8/11" read as 8 November, with the year of the date
below it), so the meeting was dated 2011-11-08. A number after "nr", "nummer", "no." or "#" is a serial.

Look-alikes: a title's own day "Presidiemöte 2/9" still wins over a publication date under it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import numbered_before
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "serial"),
    [
        ("Styrelseprotokoll nr 8/11", True),
        ("Protokoll Nr. 3/12", True),
        ("Protokoll nummer 4/19", True),
        ("Möte no. 2/21", True),
        ("Möte # 2/21", True),
        # look-alikes
        ("Presidiemöte 2/9", False),
        ("Styrelsemöte den 8/11", False),
        ("Protokoll 8/11", False),
    ],
)
def test_serial_word_before_number(text: str, serial: bool) -> None:
    assert numbered_before(text, text.rindex(" ") + 1) == serial


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("Styrelseprotokoll nr 8/11, avseende 86-106\nPlats: Idrottens Hus Dag: 15 maj, 2011\n"
          "Närvarande: Eva Eliasson\n86 Mötets öppnande\n87 Val av protokolljusterare\n"), "2011-05-15"),
        # look-alike: the title's own day and month, the year from the date under it
        ("Presidiemöte 2/9\nPublicerad 5 september 2021\n1. Mötets öppnande\n2. Val av justerare\n", "2021-09-02"),
    ],
)
def test_meeting_day_not_from_serial(text: str, day: str) -> None:
    assert extract_text(minutes_from_text(text)).meeting.date == day


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Styrelseprotokoll nr 8/11, avseende 86-106", []),
        ("Protokoll nummer 3/12 från styrelsen", []),
        ("Möte no. 4/11 hölls i lokalen", []),
        # look-alikes: a day and month after another word
        ("Nästa möte den 8/11 kl 18", ["2011-11-08"]),
        ("Inbetalning senast 8/11", ["2011-11-08"]),
    ],
)
def test_serial_number_is_no_date_in_text(text: str, days: list[str]) -> None:
    from datetime import date

    from planner.extract.dates import find_dates as find_text_dates
    assert [d.value.isoformat() for d in find_text_dates(text, after=date(2011, 5, 15))] == days
