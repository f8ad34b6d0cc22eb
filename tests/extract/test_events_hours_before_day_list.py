"""The hours written before a list of days hold for each day of the list.

"Mötestider 2017 Onsdagar kl.15:30-17:30 8 mars 17 maj 13 september 22 november": a schedule names the hours
once, before its days (a weekday perhaps before them); a later hour after the list ("förmöte startar kl. 14:30")
belongs to something else.

Look-alikes: a single hour before the list ("kl. 18.00 den 8 mars") is read as before (the hour right before
its day); hours after the list's last day hold for each day as before ("8 mars, 17 maj och 13 september kl.
18-20"); hours far before the list (another sentence's) are not taken.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll Socialnämnden 2023-11-24\n\n§ 1. Mötet öppnas.\n\n§ 7. Sammanträdesplan. "
TAIL = "\n\n§ 9. Mötet avslutas.\n"


def hours_of(line: str) -> list[tuple[str | None, str | None, str | None]]:
    events = extract_text(minutes_from_text(HEAD + line + TAIL)).events
    return sorted((e.date, e.start, e.end) for e in events if e.date)


CASES = [
    pytest.param("Nämnden sammanträder onsdagar kl.15:30-17:30 14 februari 17 april 12 juni.",
                 [("2024-02-14", "15:30", "17:30"), ("2024-04-17", "15:30", "17:30"),
                  ("2024-06-12", "15:30", "17:30")], id="weekday-hours-then-days"),
    pytest.param("Nämnden sammanträder klockan 13.00-16.00: 14 februari, 17 april och 12 juni.",
                 [("2024-02-14", "13:00", "16:00"), ("2024-04-17", "13:00", "16:00"),
                  ("2024-06-12", "13:00", "16:00")], id="colon-and-commas"),
    pytest.param("Nämnden sammanträder 14 februari, 17 april och 12 juni kl. 18-20.",
                 [("2024-02-14", "18:00", "20:00"), ("2024-04-17", "18:00", "20:00"),
                  ("2024-06-12", "18:00", "20:00")], id="hours-after-the-list"),
    pytest.param("Nämnden sammanträder kl. 18.00 den 14 februari.", [("2024-02-14", "18:00", None)],
                 id="one-hour-one-day"),
    pytest.param("Ordinarie tid är kl. 15.30-17.30 enligt reglementet. Nämnden sammanträder 14 februari, "
                 "17 april och 12 juni.",
                 [("2024-02-14", None, None), ("2024-04-17", None, None), ("2024-06-12", None, None)],
                 id="hours-in-another-sentence"),
]


@pytest.mark.parametrize(("line", "hours"), CASES)
def test_hours_before_a_list_of_days(line: str, hours: list[tuple[str | None, str | None, str | None]]) -> None:
    assert hours_of(line) == hours
