"""Months joined after "under" ("underhåll på vägarna under maj och juni", "under april, maj och juni")
are a stretch of time work goes on in, as "under maj–juni" is: no event on the first month. A month
with "i" or alone, a day after the "och", or one month after "under" with a future verb are read as before."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-04-17\n\n§ 1. Mötet öppnas.\n\n§ 3. Vägarna. "
TAIL = "\n\n§ 9. Avslutning.\n"


def dates_of(line: str) -> list[str | None]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize("line", [
    "Mats kommer att åtgärda och göra diverse underhåll på vägarna under maj och juni.",
    "Röjning av stigarna kommer att ske under maj, juni och juli.",
    "Gräsklippningen sköts av Kalle under juni & juli.",
])
def test_joined_months_after_under_are_no_event(line: str) -> None:
    assert dates_of(line) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Vägen kommer att grusas under maj.", "2022-05"),
    ("Vi ska ha städdag under maj och den 4 juni blir det grillfest.", "2022-06-04"),
])
def test_one_month_or_a_day_after_stays(line: str, iso: str) -> None:
    assert iso in dates_of(line)
