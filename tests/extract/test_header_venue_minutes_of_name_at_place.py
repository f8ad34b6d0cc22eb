"""A title naming the body right after "Protokoll vid" / "Minnesanteckningar från" and then where it met, after
"på": "Protokoll vid Vätternvårdsförbundets Samförvaltning Fiske på Länsstyrelsen i Jönköping". The place is the
venue, and no part of the body. Look-alikes: a platform after "på" ("... på Skype"), a lower-case rest ("på
distans"), a meeting word instead of a name (other rules)."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, body_before_venue, extract_meeting
from planner.extract.text import minutes_from_text

_BELOW = "\n\nNärvarande: Anna Ek, Per Lind\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n"


@pytest.mark.parametrize(
    ("title", "body", "venue"),
    [
        ("Protokoll vid Vätternvårdsförbundets Samförvaltning Fiske på Länsstyrelsen i Jönköping",
         "Vätternvårdsförbundets Samförvaltning Fiske", "Länsstyrelsen i Jönköping"),
        ("Minnesanteckningar från Kulturrådet på Stadsbiblioteket, Växjö", "Kulturrådet", "Stadsbiblioteket, Växjö"),
        # look-alikes
        ("Protokoll från Kulturrådet på Skype", "Kulturrådet på Skype", None),
        ("Protokoll från Kulturrådet på distans", "Kulturrådet på distans", None),
    ],
)
def test_minutes_of_name_at_place(title: str, body: str, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(title + "\n\n2013-11-21" + _BELOW))[0]
    assert (meeting.body, meeting.venue) == (body, venue)


@pytest.mark.parametrize(
    ("body", "venue", "expected"),
    [
        ("Samförvaltning Fiske på Länsstyrelsen i Jönköping", "Länsstyrelsen i Jönköping", "Samförvaltning Fiske"),
        ("Styrgruppen i Stadshuset", "Stadshuset", "Styrgruppen"),
        ("Kommunstyrelsen", "Kommunstyrelsen", None),  # the same name: no tail
        ("Rådet för Stadshuset", "Stadshuset", None),  # no "på" / "i" before it
    ],
)
def test_body_before_venue(body: str, venue: str, expected: str | None) -> None:
    got = body_before_venue(Found(body, 0, len(body)), venue)
    assert (got.value if got else None) == expected
