"""A title that marks which version of the minutes it is ("Mötesanteckningar – Kommunalt forum (reviderad
version)", "... – korrigerad version", "(utkast)", "(rev. 2)") names the same body as the first version: the
note is no part of the name (`header.body_before_version_note`). The planner files a corrected version under
the body of the first; with the note kept it made a new body, and its subscribers got each deadline twice.
Brackets that name something else (an organisation, a place) stay."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\nDatum: 2026-11-20\nTid: 9.00-12.00\n\nNärvarande: Anna Ek, Per Berg\n\n1. Mötet öppnas\n\n2. Dagordning\n"


@pytest.mark.parametrize(("title", "body"), [
    ("Mötesanteckningar – Kommunalt forum (reviderad version)", "Kommunalt forum"),
    ("Mötesanteckningar Kommunalt forum (Utkast)", "Kommunalt forum"),
    ("Minnesanteckningar – Länsgemensam ledningsgrupp (rev. 2)", "Länsgemensam ledningsgrupp"),
    ("Minnesanteckningar Kommunalt forum – korrigerad version", "Kommunalt forum"),
    ("Protokoll Styrgruppen för e-hälsa (version 2)", "Styrgruppen för e-hälsa"),
    ("Protokoll Presidiekonferensen, justerad", "Presidiekonferensen"),
    ("Minnesanteckningar Regionala samverkansgruppen [preliminär]", "Regionala samverkansgruppen"),
    # look-alikes: brackets and dashes that name something, words that only begin like a note
    ("Protokoll Kommunalt forum (Region Kronoberg)", "Kommunalt forum (Region Kronoberg)"),
    ("Minnesanteckningar Revisionsgruppen", "Revisionsgruppen"),
    ("Protokoll Justeringsgruppen", "Justeringsgruppen"),
    ("Minnesanteckningar Nätverket för utkastare – Västra Götaland", "Nätverket för utkastare – Västra Götaland"),
])
def test_version_note_is_no_part_of_the_body(title: str, body: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(title + _TAIL))
    assert meeting.body == body
