"""A meeting of several days dated by its span ("Medlemsmöte 23-24 maj 2012", "Styrelsemöte 7-9 februari 2009"):
its later days, wherever the text names them again ("Christer Bergkvist, Kalmar endast 24 maj"), are that meeting,
no event. Look-alikes: a day after the span, a meeting of one day whose next day is named, a later meeting on a
day the span does not hold."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

BODY = ("Deltagare: Anna Rutqvist, Länsbibliotek Värmland, Bengt Källgren, Kultur i Väst endast {a}, Christer "
        "Bergkvist, Regionbibliotek Kalmar endast {b}\n\n1. Medlemsmötet öppnas\nOrdföranden öppnade mötet.\n\n"
        "2. Nästa möte\n{nxt}\n")

CASES = [
    pytest.param("Medlemsmöte 23-24 maj 2012\n\n" + BODY.format(a="23 maj", b="24 maj", nxt="Inget beslut."), [],
                 id="two-days"),
    pytest.param("Styrelsemöte 7-9 februari 2009\n\n" + BODY.format(a="8 februari", b="9 februari", nxt="Inget beslut."),
                 [], id="three-days"),
    pytest.param("Protokoll från nätverksträffen 11–12 september 2019\n\n"
                 + BODY.format(a="11 september", b="12 september", nxt="Inget beslut."), [], id="en-dash"),
    pytest.param("Medlemsmöte 23-24 maj 2012\n\n"
                 + BODY.format(a="23 maj", b="24 maj", nxt="Vi ses den 24 maj på förmiddagen igen."), [],
                 id="second-day-in-item"),
    # look-alikes: a day after the span, a one-day meeting, a later meeting
    pytest.param("Medlemsmöte 23-24 maj 2012\n\n"
                 + BODY.format(a="23 maj", b="24 maj", nxt="Nästa möte hålls den 25 maj 2012."), ["2012-05-25"],
                 id="day-after-span"),
    pytest.param("Medlemsmöte 23 maj 2012\n\n"
                 + BODY.format(a="23 maj", b="23 maj", nxt="Nästa möte hålls den 24 maj 2012."), ["2012-05-24"],
                 id="one-day-meeting"),
    pytest.param("Medlemsmöte 23-24 maj 2012\n\n"
                 + BODY.format(a="23 maj", b="24 maj", nxt="Nästa möte hålls den 20 november 2012."), ["2012-11-20"],
                 id="later-meeting"),
]


@pytest.mark.parametrize(("text", "events"), CASES)
def test_later_days_of_the_meeting_are_no_events(text: str, events: list[str]) -> None:
    x = extract_text(minutes_from_text(text))
    assert [e.date for e in x.events] == events
