"""The day a period lasts until is its end, not a thing of its own: "från den 1 oktober till den 31 december",
"den 10 juli till och med den 3 augusti", "t.o.m." for "till och med". Only those words may stand between the
two days; "till och med" always closes a period, a bare "till" only after "från" (and not in a move: "flyttas
från den 3 november till den 10 november" names the new day). The first day keeps the last as its end date,
however long the period (a closing within a few days is `_closes`' other reading)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2020-09-22\n\n§ 1. Mötet öppnas.\n\n§ 4. Information. "
TAIL = "\n\n§ 9. Mötet avslutas.\n"


def days_of(line: str) -> list[tuple[str, str | None]]:
    events = extract_text(minutes_from_text(HEAD + line + TAIL)).events
    return sorted((e.date or "", e.end_date) for e in events)


READ = [
    ("Styrelsen godkänner att Eva Berg anställs som tf kanslichef från den 1 oktober till den 31 december.",
     [("2020-10-01", "2020-12-31")]),
    ("Utställningen visas från 5 oktober till och med 30 november i Konsthallen.",
     [("2020-10-05", "2020-11-30")]),
    ("Renoveringen av klubbstugan pågår från den 12 oktober till den 20 december.",
     [("2020-10-12", "2020-12-20")]),
    ("Insamlingen pågår från måndagen den 5 oktober t.o.m. den 15 november.",
     [("2020-10-05", "2020-11-15")]),
    # a leave's first day is no event; its last day is none either
    ("Leif har semester den 26 oktober till och med den 7 december.", []),
]

NOT_A_PERIOD = [
    # a move: the new day is the event
    ("Mötet flyttas från den 3 november till den 10 november.", [("2020-11-10", None)]),
    # "till" before a day with other words between the days: two things
    ("Rapporten ska vara klar till den 15 oktober och redovisas den 30 november.",
     [("2020-10-15", None), ("2020-11-30", None)]),
    ("Kursen hålls från den 5 oktober, anmälan till den 20 oktober.", [("2020-10-05", None), ("2020-10-20", None)]),
    ("Vi ses den 3 november till lunch och den 10 november till middag.",
     [("2020-11-03", None), ("2020-11-10", None)]),
]


@pytest.mark.parametrize(("line", "days"), READ + NOT_A_PERIOD)
def test_period_until_day(line: str, days: list[tuple[str, str | None]]) -> None:
    assert days_of(line) == days
