"""A copy that lost its head (no meeting date found) is dated for resolving by its first full date, but
not by one that the line tells is to come ("föreslås att utskottet håller ett extra sammanträde den 7 juni
2023", "ska", "kommer") nor by a period ("Projektperioden är 2023-11-01 – 2026-10-31"): the meeting to
come stays an event. A plain first date ("Utskottet sammanträdde 2023-06-10") still dates the copy."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

ITEMS = ("Hoppa över navigering\n •   1\n\n  Val av justerare\n\n •   2\n\n  Fastställande av dagordningen\n\n"
         " • Från ordförande föreslås att utvecklingsutskottet håller ett extra sammanträde den 7 juni 2023, "
         "kl 13-15.\n\n •   4\n\n  Projekt Team Gävleborg\n\n"
         " • Region Gävleborg söker stöd för att genomföra projektet Team Gävleborg Hållbar Export och "
         "Investeringskraft 2.0. Projektperioden är 2023-11-01 – 2026-10-31.\n\n   \n\n"
         "  Projektet är ett samverkansprojekt där samverkansparterna utgörs av länets samtliga kommuner samt "
         "Hälsingerådet, som också är målgrupp för projektet.\n\n •   7\n\n  Ramprojekt cirkulär ekonomi\n\n"
         " • Region Gävleborg söker stöd för att genomföra projektet Ramprojekt Företagsstöd. Projektperioden är "
         "2023-09-01 -  2028-08-31.\n")


def event_dates(text: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(text)).events]


def test_meeting_to_come_is_no_date_of_the_copy() -> None:
    assert "2023-06-07" in event_dates(ITEMS)


def test_plain_first_date_still_dates_the_copy() -> None:
    text = ITEMS.replace("Hoppa över navigering\n", "Hoppa över navigering\n\nUtskottet sammanträdde 2023-06-10.\n")
    assert "2023-06-07" not in event_dates(text)
