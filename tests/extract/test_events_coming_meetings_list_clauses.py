"""Coming meetings listed in one sentence with clauses of their own: "Kommande möten blir den 24 sept kl.9.30,
oklart var samt 19 nov då äldrenämndens ordförande är inbjuden".

- "var" after a word of not knowing ("oklart var", "meddelas var") says where, and "var och en" says each: neither is
  the past tense that puts a yearless day behind the meeting ("Vi var på studiebesök den 24 sept" is past).
- a body's genitive before a post ("äldrenämndens ordförande", "regionstyrelsens vice ordförande") names a guest,
  not the holder of the meeting: the days stay this body's and the first is its next meeting ("Regionfullmäktige
  sammanträder den 19 nov" is another body's).
- an hour right after the day before ("24 sept kl.9.30") is that day's, not the next one's; a weekday before the hour
  ("Nästa möte Onsdag 12:15 13/10") leads the date after it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_HEAD = "Minnesanteckningar från telefonmöte med ombud 11 maj 2021.\n\n1. Information.\n\n2. "

CASES = [
    # (item text, next meeting, [(date, start)])
    ("Kommande möten blir den 24 sept kl.9.30, oklart var samt 19 nov då äldrenämndens ordförande är inbjuden.",
     "2021-09-24", [("2021-09-24", "09:30"), ("2021-11-19", None)]),
    ("Nästa möte blir den 24 sept, inte klart var.", "2021-09-24", [("2021-09-24", None)]),
    ("Nästa möte blir den 24 sept, var och en tar med kaffe.", "2021-09-24", [("2021-09-24", None)]),
    ("Kommande möten: 24 sept kl 10 samt 19 nov då regionstyrelsens vice ordförande medverkar.",
     "2021-09-24", [("2021-09-24", "10:00"), ("2021-11-19", None)]),
    ("Nästa möte Onsdag 12:15 13/10.", "2021-10-13", [("2021-10-13", "12:15")]),
    # look-alikes: a past "var", another body's own meeting, one hour for the list after its last day
    ("Vi var på studiebesök den 24 sept och det var givande.", None, []),
    ("Regionfullmäktige sammanträder den 19 nov och beslutar om budgeten.", None, [("2021-11-19", None)]),
    ("Kommande möten: 24 sept och 19 nov kl. 13.00.", "2021-09-24", [("2021-09-24", "13:00"), ("2021-11-19", "13:00")]),
]


@pytest.mark.parametrize(("item", "next_meeting", "events"), CASES)
def test_coming_meetings_list_clauses(item: str, next_meeting: str | None, events: list[tuple[str, str | None]]) -> None:
    got = extract_text(minutes_from_text(_HEAD + item + "\n"))
    assert got.next_meeting == next_meeting
    assert [(e.date, e.start) for e in got.events] == events


# A page with no meeting date of its own resolves its yearless days by its first full date, but not by one under a
# heading of meetings to come ("Planerade möten"): that one lies ahead, and the events after it stay events.
_POST = ("Nytt nätverk för demensfrågor\n\nDen 5 maj var uppstartsmötet för nätverket.\n\n"
         "För mer information, se nätverkets sida.\n\n")


@pytest.mark.parametrize(("tail", "events"), [
    (("Planerade möten\n\nNästa möte är planerat till 1 oktober 2021, kl 13.00–15.00\n\n"
      "Länets demensdag: Digitalt möte 10/11 2021. Äldrecentrum arrangerar.\n"), ["2021-10-01", "2021-11-10"]),
    ("Kommande möten\n\nDigitalt möte 10/11 2021.\n\nNästa möte 1 december 2021.\n", ["2021-11-10", "2021-12-01"]),
    ("Framtida mötesdatum\n\nNätverksträff 10/11 2021, kl 13-15.\n\nNätverksträff 1 december 2021, kl 13-15.\n",
     ["2021-11-10", "2021-12-01"]),
    ("Planerade träffar\n\nTräff i Visby 10/11 2021.\n\nTräff i Hemse 2 december 2021.\n", ["2021-11-10", "2021-12-02"]),
    # look-alikes: the first full date stands under no such heading, so it dates the page and a yearless day is
    # resolved after it
    ("Nätverksträff 10/11 2021.\n\nNästa möte 1 december.\n", ["2021-12-01"]),
    ("Nätverket träffades 2021-05-05.\n\nNästa möte 1 april.\n", ["2022-04-01"]),
    ("Protokoll 2021-11-10\n\nNästa möte 1 oktober.\n", ["2022-10-01"]),
])
def test_dates_under_coming_meetings_do_not_date_the_page(tail: str, events: list[str]) -> None:
    got = extract_text(minutes_from_text(_POST + tail))
    assert [e.date for e in got.events] == events
