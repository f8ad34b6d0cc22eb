"""A paper named by its date ("anför i yttrande den 9 februari 2016 bland annat följande", "i skrivelse
daterad 2016-02-09", "i sitt beslut den 3 mars") dates what was written, not a thing to come. A
paper due on a day ("yttrande ska lämnas senast den 9 februari") or a meeting after the paper's
name ("beslut fattas på mötet den 3 mars") stays an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Socialnämndens sammanträde 2016-01-25\n\n§ 1. Mötet öppnas.\n\n§ 5. Ansökan om studier. "
TAIL = "\n\n§ 9. Avslutning.\n"


def dates_of(line: str) -> list[str | None]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize("line", [
    ("Enhetschef inom äldreomsorgen anför i yttrande den 9 februari 2016 bland annat följande: utbildningen "
    "är inte fortbildning."),
    "Förvaltningen föreslår i skrivelse daterad 2016-02-09 att ansökan avslås.",
    "Länsstyrelsen har i sitt beslut den 3 mars 2016 godkänt planen.",
    "Sökanden har i brev den 12 februari 2016 begärt omprövning.",
])
def test_dated_paper_is_no_event(line: str) -> None:
    assert dates_of(line) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Yttrande ska lämnas senast den 9 februari 2016.", "2016-02-09"),
    ("Beslut om ansökan fattas på mötet den 3 mars 2016.", "2016-03-03"),
])
def test_paper_due_or_meeting_stays(line: str, iso: str) -> None:
    assert iso in dates_of(line)
