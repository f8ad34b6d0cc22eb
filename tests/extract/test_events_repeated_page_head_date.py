"""A date alone on its line that a page head repeats (the document's date over the unit's name at the top and again
under each page number: "2015-03-27" / "Ledningsstaben") is the date the notes were written, no event. Look-alikes:
a date alone on its line once, a repeated date in a sentence, a repeated date long after the meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

TITLE = "Minnesanteckningar från primärvårdssamrådet den 12 mars 2015\n\n"
HEAD = "{d}\nLedningsstaben\nAnna-Karin Woodhouse Löfsved\n"
BODY = ("Närvarande:\nBo Björklund\nEva Friberg\n1. Behovsanalys om spelberoende\nClaudia Hach arbetar med en "
        "behovsanalys.\n1\n{d}\nLedningsstaben\nAnna-Karin Woodhouse Löfsved\n2. Årets auktorisationsuppföljning\n"
        "Anna-Karin informerade om uppföljningen.\n")

CASES = [
    pytest.param(TITLE + HEAD.format(d="2015-03-27") + BODY.format(d="2015-03-27"), [], id="iso-page-head"),
    pytest.param(TITLE + HEAD.format(d="27 mars 2015") + BODY.format(d="27 mars 2015"), [], id="textual-page-head"),
    pytest.param(TITLE + HEAD.format(d="2015-04-02") + BODY.format(d="2015-04-02"), [], id="three-weeks-later"),
    pytest.param(TITLE + HEAD.format(d="2015-03-20") + BODY.format(d="2015-03-20"), [], id="a-week-later"),
    # look-alikes: the date once in the text, repeated inside a sentence, repeated long after the meeting
    pytest.param(TITLE + BODY.format(d="Nästa möte") + "Nästa möte:\n2015-04-16\n", ["2015-04-16"], id="once"),
    pytest.param(TITLE + BODY.format(d="Nästa möte hålls 2015-04-16.") + "Vi ses igen 2015-04-16.\n",
                 ["2015-04-16"], id="in-sentences"),
    pytest.param(TITLE + BODY.format(d="Nästa möte") + "Nästa möte:\n2015-09-10\nPlats meddelas senare.\n"
                 "Nästa möte:\n2015-09-10\n", ["2015-09-10"], id="months-later"),
]


@pytest.mark.parametrize(("text", "events"), CASES)
def test_repeated_page_head_date_is_no_event(text: str, events: list[str]) -> None:
    x = extract_text(minutes_from_text(text))
    assert x.meeting.date == "2015-03-12"
    assert [e.date for e in x.events] == events
