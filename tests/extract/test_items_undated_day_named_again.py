"""Minutes without a meeting date that name a day without its year, and the same day elsewhere with it.

"Förslag till arbetsgrupper utskickat ..., beslutas att detta tas upp vid styrelsemötet 25 augusti." and,
under the last point, "Nästa styrelsemöte den 25 augusti 2021": the matter comes back on that day. Without
the meeting's own date a yearless day is read only so, by the same day written with its year; a day the
minutes write with no year anywhere, or with two different years, stays unread.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _minutes(text: str, last: str = "Nästa styrelsemöte den 25 augusti 2021.") -> str:
    return ("Tid: 10.00-11.15\nPlats: Telefonmöte\n\n1. Sammanträdets öppnande\n\nOrdförande öppnar mötet.\n\n"
            f"2. Arbetsgrupper, förslag\n\n{text}\n\n3. Rapporter\n\nRapporter lämnades för information.\n\n"
            f"4. Nästa möte\n\n{last}\n")


def _second(text: str, last: str = "Nästa styrelsemöte den 25 augusti 2021.") -> tuple[ItemStatus, str | None, list]:
    items, carry, _ = extract_items(minutes_from_text(_minutes(text, last)), Meeting())
    item = items[1]
    return item.status, item.target.when, [(c.from_item, c.when) for c in carry]


@pytest.mark.parametrize("text", [
    ("Förslag till arbetsgrupper utskickat till samtliga styrelseledamöter, beslutas att detta tas upp vid "
     "styrelsemötet 25 augusti."),
    "Frågan tas upp vid styrelsemötet den 25 augusti.",
])
def test_yearless_day_takes_the_year_written_with_it_elsewhere(text: str) -> None:
    status, when, carry = _second(text)
    assert status is not ItemStatus.HANDLED
    assert when == "2021-08-25"
    assert ("2", "2021-08-25") in carry


@pytest.mark.parametrize(("text", "last"), [
    # another day than the one written with its year
    ("Frågan tas upp vid styrelsemötet den 24 augusti.", "Nästa styrelsemöte den 25 augusti 2021."),
    # the day written with two different years: which one is not clear
    ("Frågan tas upp vid styrelsemötet den 25 augusti.",
     "Nästa styrelsemöte den 25 augusti 2021. Förra året hölls mötet den 25 augusti 2020."),
    # no day with its year anywhere
    ("Frågan tas upp vid styrelsemötet den 25 augusti.", "Nästa styrelsemöte meddelas senare."),
])
def test_yearless_day_without_one_written_year_stays_unread(text: str, last: str) -> None:
    _, when, carry = _second(text, last)
    assert when is None
    assert ("2", "2021-08-25") not in carry and ("2", "2020-08-25") not in carry


def test_a_dated_meeting_reads_as_before() -> None:
    text = _minutes("Frågan tas upp vid styrelsemötet den 25 augusti.").replace(
        "Tid: 10.00-11.15", "Protokoll styrelsemöte 2021-05-26\n\nTid: 10.00-11.15")
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2021-05-26"))
    assert items[1].target.when == "2021-08-25"
