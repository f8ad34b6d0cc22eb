"""A sentence may list dated things one after another: "besök från ett sydafrikanskt provinsparlament den 21
april och socialpolitiska utskottet i Bayerns delstatsparlament den 28 april". Right after the first date,
"och" opens the next thing, and the place said before the next date is that thing's, not the first one's.
A place said right after the date stays its own ("den 21 april i Malmö och den 28 april i Lund").
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def venues(text: str) -> dict[str, str | None]:
    events, _, _ = extract_events(minutes_from_text("Protokoll\n\n1. Information\n" + text + "\n"),
                                  Meeting(body=None, date="2010-04-08"), [], [])
    return {e.date: e.venue for e in events}


@pytest.mark.parametrize(
    ("text", "date", "venue"),
    [
        (("Informerades om inkommande besök från ett sydafrikanskt provinsparlament den 21 april och "
          "socialpolitiska utskottet i Bayerns delstatsparlament den 28 april."), "2010-04-21", None),
        ("Utskottet gör studiebesök den 21 april, och en workshop hålls i Malmö den 28 april.", "2010-04-21", None),
        # look-alikes: the place right after the first date is its own
        ("Utskottet gör studiebesök den 21 april i Malmö och den 28 april i Lund.", "2010-04-21", "Malmö"),
        ("Utskottet gör studiebesök den 21 april i Malmö och den 28 april i Lund.", "2010-04-28", "Lund"),
    ],
)
def test_and_opens_next_dated_thing(text: str, date: str, venue: str | None) -> None:
    assert venues(text)[date] == venue
