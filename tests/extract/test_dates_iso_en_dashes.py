"""An ISO date whose two hyphens a publishing tool turned into en dashes ("Protokoll styrelsemöte
2011–01–20"): a blog engine that sets "5–6/2" and "20–30 st" with en dashes does the same to the
dashes of a date. Both dashes must be en dashes; ranges of years and day spans are no such date."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "iso"), [
    ("Protokoll styrelsemöte 2011–01–20", "2011-01-20"),
    ("Styrelsemöte 2019–3–7", "2019-03-07"),
    ("Datum: 2016–11–30, kl 19.00", "2016-11-30"),
    ("Årsmöte 1998–04–02 i klubbstugan", "1998-04-02"),
])
def test_en_dashed_iso_is_a_date(text: str, iso: str) -> None:
    assert [f.value for f in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", [
    "Verksamhetsår 2010–2011",  # a span of years
    "Budget 2011–12",  # a span of years, short second year
    "Ärende 2011–01–40",  # no day 40
    "Ärende 2011–13–01",  # no month 13
    "Konto 32011–01–20",  # a longer number
    "Tabell 2011–01–20–5",  # a run of numbers
])
def test_look_alikes_are_no_en_dashed_iso(text: str) -> None:
    assert find_dates(text) == []


def test_club_board_minutes_dated_with_en_dashes() -> None:
    text = ("Protokoll styrelsemöte 2011–01–20\n\nNärvarande\n\n • Håkan Algotsson\n • Ulla Olsson\n\n"
            "Mötespunkter\n\n 1. Mötets öppnande\n\n  Ordförande hälsade alla välkomna.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.date == "2011-01-20"
