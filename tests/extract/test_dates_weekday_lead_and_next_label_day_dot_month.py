"""Two yearless date layouts (planner.extract.dates).

- A weekday after a lead ("på onsdag 2 juni") belongs to the full date after it: the date wins
  over a weekday read alone, whose lead made it start first.
- A day.month pair without a year ("23.9") after a "Nästa möte:" label is a date, as after a
  weekday or "den"; alone it stays a decimal number.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import DateKind, find_dates

MAY_2010 = date(2010, 5, 31)
AUG_2015 = date(2015, 8, 26)


@pytest.mark.parametrize(("phrase", "text", "value"), [
    ("Konferens på onsdag 2 juni om riktlinjer schizofreni", "onsdag 2 juni", date(2010, 6, 2)),
    ("Vi ses på måndag 7 juni i stora salen", "måndag 7 juni", date(2010, 6, 7)),
    ("Utbildning nästa tisdag 8 juni kl 9", "tisdag 8 juni", date(2010, 6, 8)),
    ("Träff till fredag den 11 juni", "fredag den 11 juni", date(2010, 6, 11)),
    ("Seminarium på torsdag 10/6", "torsdag 10/6", date(2010, 6, 10)),
])
def test_weekday_with_lead_gives_way_to_the_full_date(phrase: str, text: str, value: date) -> None:
    found = find_dates(phrase, after=MAY_2010)
    assert [(m.text, m.value, m.kind) for m in found] == [(text, value, DateKind.DAY)]


@pytest.mark.parametrize(("phrase", "value"), [
    ("Vi ses på onsdag kl 18", date(2010, 6, 2)),
    ("Nästa möte på torsdag", date(2010, 6, 3)),
    ("Städdag till lördag, 20 personer kom", date(2010, 6, 5)),
])
def test_weekday_alone_stays_a_weekday(phrase: str, value: date) -> None:
    found = [m for m in find_dates(phrase, after=MAY_2010) if m.kind is DateKind.WEEKDAY]
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(("phrase", "value"), [
    ("Nästa möte: 23.9", date(2015, 9, 23)),
    ("Nästa möte - 7.10 kl 18", date(2015, 10, 7)),
    ("Nästa styrelsemöte: 3.9", date(2015, 9, 3)),
    ("Nästa sammanträde: 14.12", date(2015, 12, 14)),
    ("Nästa träff: 1.2", date(2016, 2, 1)),
])
def test_day_dot_month_after_next_meeting_label(phrase: str, value: date) -> None:
    assert [m.value for m in find_dates(phrase, after=AUG_2015)] == [value]


@pytest.mark.parametrize("phrase", [
    "Resultat: 23.9",
    "Snittbetyg 3.5 i år",
    "Nästa möte: 2.5 timmar",
    "Nästa möte: 23.9 %",
    "Föregående möte: 23.9",
    "Nästa vecka: 23.9",
    "Se punkt 4.2 nedan",
])
def test_day_dot_month_without_label_is_no_date(phrase: str) -> None:
    assert [m for m in find_dates(phrase, after=AUG_2015) if m.kind is DateKind.DAY] == []
