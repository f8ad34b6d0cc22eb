"""Something done on a day, told in the perfect ("arbetsgruppen har den 4 oktober 2017 gjort en
sammanställning", "styrelsen hade den 3 mars lämnat in sitt svar") is past, not a thing to come.
A verb of booking or planning in the perfect ("har den 5 maj inbokat ett möte", "har den 20 maj
planerat en utflykt") or a future after "har" stays an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Pensionärsrådets möte 2017-09-20\n\n§ 1. Mötet öppnas.\n\n§ 4. Översiktsplan. "
TAIL = "\n\n§ 9. Avslutning.\n"


def dates_of(line: str) -> list[str | None]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize("line", [
    "Pensionärsrådets arbetsgrupp för översiktsplanen har den 4 oktober 2017 gjort en sammanställning av synpunkter.",
    "Styrelsen hade den 3 oktober 2017 lämnat in sitt svar till kommunen.",
    "Föreningen har även den 2 oktober 2017 skickat en skrivelse till nämnden.",
])
def test_done_in_the_perfect_is_no_event(line: str) -> None:
    assert dates_of(line) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Vi har den 5 oktober 2017 inbokat ett möte med kommunen.", "2017-10-05"),
    ("Rådet har den 20 oktober 2017 möte med kommunstyrelsen.", "2017-10-20"),
])
def test_booked_or_planned_stays(line: str, iso: str) -> None:
    assert iso in dates_of(line)
