"""The joint label "Plats och sammanträdestid" ("Plats och mötestid") of a municipal cover page, with or
without a colon, gives the place; look-alikes keep their reading."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


_LIST = "\n\nBeslutande ledamöter Lis Andersson (S), ordförande\n\nKjell Berg (M)\n"


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        (("Barn- och utbildningsnämnden\n\nPlats och sammanträdestid Tunasalen, Stadshuset, Vimmerby\n\n"
          "Onsdag 25 maj 2016, klockan 08.30–14.20"), "Tunasalen, Stadshuset, Vimmerby"),
        ("Kommunstyrelsen\n\nPlats och sammanträdestid: Kommunhuset, Sunne\n\nTisdag 3 mars 2020, kl 13.00–15.00",
         "Kommunhuset, Sunne"),
        ("Socialnämnden\n\nPlats och mötestid Folkets hus, Kil\n\nMåndag 2 mars 2020, kl 9.00–12.00", "Folkets hus, Kil"),
        # look-alikes: prose that merely names the words; the checking's place and time is no venue
        ("Socialnämnden\n\nDatum 2020-03-02\n\nPlats och sammanträdestider för nästa år bestämdes senare", None),
        ("Socialnämnden\n\nDatum 2020-03-02\n\nJusteringens plats och tid Kansliet 2020-03-09", None),
    ],
)
def test_place_and_meeting_time_label(head: str, venue: str | None) -> None:
    assert _meeting(head + _LIST).venue == venue


def test_stored_title_that_is_the_place_is_no_body() -> None:
    text = ("Tunasalen, Stadshuset, Vimmerby Onsdag 25 maj 2016, klockan Ajournering kl\n\nFull text\n\n(1)\n\n"
            "Barn- och utbildningsnämnden\n\nPlats och sammanträdestid Tunasalen, Stadshuset, Vimmerby\n\n"
            "Onsdag 25 maj 2016, klockan 08.30–14.20" + _LIST)
    m = _meeting(text)
    assert (m.body, m.venue, m.start, m.end) == ("Barn- och utbildningsnämnden", "Tunasalen, Stadshuset, Vimmerby",
                                                 "08:30", "14:20")


def test_body_name_line_only_for_a_name() -> None:
    # look-alike: a head whose lines are no body's name keeps no body from this rule
    text = ("Tunasalen, Stadshuset, Vimmerby Onsdag 25 maj 2016\n\nFull text\n\nVälkommen till nämnden i dag\n\n"
            "Plats och sammanträdestid Tunasalen, Stadshuset, Vimmerby\n\nOnsdag 25 maj 2016, klockan 08.30–14.20" + _LIST)
    assert _meeting(text).body != "Tunasalen, Stadshuset, Vimmerby"
