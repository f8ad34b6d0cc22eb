"""The meeting date written as two days with their weekdays ("Fredag den 13 och lördag den 14 oktober
2006": the first day), a day and month with a comma before the year ("Den 9/6, 2020 kl. 18.00"), and a
Typst source's head value ("#let today = datetime(year: 2025, month: 11, day: 28)"), with look-alikes."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_dates
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


@pytest.mark.parametrize(("text", "iso"), [
    ("Datum:     Fredag den 13 och lördag den 14 oktober 2006", "2006-10-13"),
    ("Lördagen 13 och söndagen den 14 oktober 2006", "2006-10-13"),
    ("fredag den 13 – lördag den 14 oktober 2006", "2006-10-13"),
    ("den 13 och den 14 oktober 2006", "2006-10-13"),
    ("Nätverksmöte den 13-14 oktober 2006", "2006-10-13"),
    ("den 3 och 4 maj 2020", "2020-05-03"),
    ("Den 9/6, 2020 kl. 18.00 utanför Hultstugan", "2020-06-09"),
    ("Datum: 18/7 – 2010", "2010-07-18"),
    ("Datum: 18/7 2010", "2010-07-18"),
])
def test_first_day_of_written_days(text: str, iso: str) -> None:
    found = find_dates(text)
    assert found and found[0].value == iso
    assert [f.value for f in find_dates(text, everywhere=True)] == [f.value for f in found]


@pytest.mark.parametrize(("text", "iso"), [
    # a number before "och den 14 oktober" without its own "den" or weekday is no first day
    ("punkt 5 och den 14 oktober 2006", "2006-10-14"),
    ("§ 5 och fredag den 14 oktober 2006", "2006-10-14"),
])
def test_number_before_dated_day_is_no_first_day(text: str, iso: str) -> None:
    assert [f.value for f in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", [
    "Kostnaden blir 1/2, 2000 kr per person",  # a share and a sum
    "Avgift 3/4 2000 kr",
    "Vi delar 1/3, 2000:- var",
])
def test_share_then_sum_is_no_date(text: str) -> None:
    assert find_dates(text) == []


TYPST = """#let today = datetime(year: 2025, month: 11, day: 28)
#set heading(numbering: "1.")

#align(center, [
  *PR\\#0*

  *#today.display()*
])

= Formalia

== Mötets öppnande
Mötet öppnades 18:12.
"""

TYPST_ARGS = """#import "/template.typ": protokoll
#show: protokoll.with(
  title: [Styrelsemöte],
  date: datetime(year: 2024, month: 10, day: 10),
)

= Öppnande av möte
"""


def test_typst_head_value_dates_the_meeting() -> None:
    assert meeting_of(TYPST).date == "2025-11-28"
    assert meeting_of(TYPST_ARGS).date == "2024-10-10"


def test_typst_value_does_not_override_written_date() -> None:
    text = TYPST.replace("Mötet öppnades 18:12.", "Datum: 2025-12-01\n\nMötet öppnades 18:12.")
    assert meeting_of("Protokoll styrelsemöte\n\nDatum: 2025-12-01\n\n" + TYPST).date == "2025-12-01"
    assert meeting_of(text).date is not None


def test_datetime_in_prose_text_is_no_typst_value() -> None:
    text = "Protokoll\n\nVi diskuterade funktionen datetime(year, month, day) i kursen.\n"
    assert meeting_of(text).date is None
