"""A month said with "i senare delen av" and an event that "bör hållas" or a thing that "lämnas till" someone
then (planner.extract.dates, planner.extract.events).

"Vårträffen bör hållas i senare delen av maj": "i senare delen av" is a part of the month as "i början av"
(not a bare month), and "bör hållas" puts it ahead. "Sammanställning t. o m. maj lämnas till Lisette i
början av juni": a thing handed in then. Look-alikes: a month in a statement of fact ("Den senare delen av
maj var regnig", "Underskottet i december") gives no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2021-11-23\n\n§ 1. Mötet öppnades.\n\n§ 2. "
TAIL = "\n\n§ 9. Avslutning. Inget.\n"


def dates(line: str) -> list[str]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    return sorted(e.date or "" for e in r.events)


def test_later_part_of_month_is_no_bare_month() -> None:
    found = find_dates("Vårträffen bör hållas i senare delen av maj.", after=date(2021, 11, 23))
    assert [(m.text, m.value, m.bare) for m in found] == [("i senare delen av maj", "2022-05", False)]


@pytest.mark.parametrize(("line", "want"), [
    ("Vårträffen bör hållas i senare delen av maj. Vi undersöker om Hans kan komma då.", ["2022-05"]),
    ("Sammanställning t. o m. februari lämnas till Lisette i början av mars.", ["2022-03"]),
    # look-alikes: a month in a statement of fact
    ("Den senare delen av maj var regnig.", []),
    ("Underskottet i december berodde på elpriset.", []),
])
def test_month_part_that_should_be_held(line: str, want: list[str]) -> None:
    assert dates(line) == want
