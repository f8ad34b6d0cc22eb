"""A site's sidebar or a club's list gives results and fixtures as lines that open with a date under a
short title without a colon ("Rapporterade tävlingar" / "24/10 SM Par Junior, direktfinal"). Under a
title that says the entries are done (rapporterade, avgjorda, senaste resultat) the yearless dates lie
behind the meeting, not ahead of it; under "Kommande tävlingar" or a neutral title they stay events.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def event_dates(text: str, meeting_date: str) -> list[str]:
    events, _, _ = extract_events(minutes_from_text(text), Meeting(body=None, date=meeting_date), [], [])
    return sorted(e.date for e in events)


BODY = "\n\nProtokoll styrelsemöte\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Rapporterade tävlingar\n24/10 SM Par Junior, direktfinal\n01/08 Gröna Hissen guldstänk\n"
         "15/02 Munka Ljungby BS - Guldtävling" + BODY, []),
        ("Avgjorda matcher\n12/9 IFK - Hammarby\n20/9 AIK - Djurgården" + BODY, []),
        ("Senaste resultat\n3 maj Vårcupen\n10 maj Klubbmästerskapet" + BODY, []),
        # look-alikes: the same lists to come, under a neutral title, or a title with its own date
        ("Kommande tävlingar\n17/04 Laholms BK - Guldtävling\n08/05 Guld-IAF - BK S:t Erik" + BODY,
         ["2009-04-17", "2009-05-08"]),
        ("Tävlingar\n17/04 Laholms BK - Guldtävling\n08/05 Guld-IAF - BK S:t Erik" + BODY,
         ["2009-04-17", "2009-05-08"]),
        ("Rapporterade tävlingar 2008, kommande nedan\n17/04 Laholms BK - Guldtävling" + BODY,
         ["2009-04-17"]),
    ],
)
def test_done_list_title(text: str, dates: list[str]) -> None:
    assert event_dates(text, "2009-04-07") == dates
