"""A written run of yearless days is in calendar order: a day that, read alone, would fall before the
day listed just before it belongs to the year after ("följande datum under år 2019: 20 februari,
17 april, 18 juni, 18 september" in minutes of 19 June 2018 puts June and September in 2019). The days
may be parted by commas and "och", or by white space alone, a schedule's column run together by a copy
("Mötestider 2017 Onsdagar kl.15:30-17:30 8 mars 17 maj 13 september 22 november").
Days in another order than the list, days apart in the text and days with their year read as before."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

TAIL = "\n\n§ 9. Mötet avslutas.\n"


def dates_of(head: str, line: str) -> list[str | None]:
    return sorted(e.date for e in extract_text(minutes_from_text(head + line + TAIL)).events if e.date)


FULLMAKTIGE = "Protokoll Regionfullmäktige 2018-06-19\n\n§ 1. Mötet öppnas.\n\n§ 5. Sammanträdesdagar. "
STYRELSE = "Styrelsemöte 2000-10-19\n\n§ 1. Mötet öppnas.\n\n§ 4. Planering. "
NAMND = "Protokoll Socialnämnden 2023-10-24\n\n§ 1. Mötet öppnas.\n\n§ 7. Sammanträdesplan. "

CASES = [
    # a list crossing the summer of the meeting's year: June and later are next year's
    (FULLMAKTIGE, ("Fullmäktige föreslås sammanträda följande datum under år 2019: 20 februari, 17 april, "
                   "18 juni, 18 september, 23 oktober och 20 november."),
     ["2019-02-20", "2019-04-17", "2019-06-18", "2019-09-18", "2019-10-23", "2019-11-20"]),
    # notes in brackets between the days, short month names
    (STYRELSE, "De datum vi arbetar med är 18 maj (vårmöte), 21 sept (jubelmöte) och 6 dec (årsmöte).",
     ["2001-05-18", "2001-09-21", "2001-12-06"]),
    # weekdays and "den" before the days, "samt" joining the last
    (NAMND, "Nämnden sammanträder tisdagen den 16 januari, tisdagen den 20 februari samt tisdagen den 29 oktober.",
     ["2024-01-16", "2024-02-20", "2024-10-29"]),
    # already in order: nothing moves
    (NAMND, "Nämnden sammanträder 14 november, 12 december och 16 januari.",
     ["2023-11-14", "2023-12-12", "2024-01-16"]),
    # a day with its year is not moved, and sets no year for the others
    (NAMND, "Nämnden sammanträder 14 november 2023 och 12 december.", ["2023-11-14", "2023-12-12"]),
    # a schedule's column of days run together, white space alone between them
    (NAMND, "Nämnden sammanträder onsdagar kl. 15.30-17.30: 14 februari 17 april 12 juni 20 oktober.",
     ["2024-02-14", "2024-04-17", "2024-06-12", "2024-10-20"]),
    # the same column run together on one line by a copy, the next item's number after it
    (NAMND, "Mötestider Onsdagar kl.15:30-17:30 14 februari 17 april 12 juni 20 oktober 11 Övriga frågor",
     ["2024-02-14", "2024-04-17", "2024-06-12", "2024-10-20"]),
    # words between two days: no list, the later day read alone (the past: no event)
    (NAMND, "Nästa möte hålls 14 februari, se protokollet från 20 oktober.", ["2024-02-14"]),
    # days apart in two sentences are no list: each is read alone
    (NAMND, "Budgeten beslutas den 20 februari. Verksamhetsberättelsen ska vara klar den 30 november.",
     ["2023-11-30", "2024-02-20"]),
]


@pytest.mark.parametrize(("head", "line", "dates"), CASES)
def test_day_list_in_calendar_order(head: str, line: str, dates: list[str]) -> None:
    assert dates_of(head, line) == dates
