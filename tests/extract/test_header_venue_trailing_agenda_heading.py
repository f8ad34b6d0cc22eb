"""The agenda's heading, and its columns' headings, run on after the place on a flattened notice ("Tid Onsdag den
7 mars 2018, klockan 15:30 Plats A-salen Ärenden Diarienummer 1 Godkännande ..."): cut from the venue.
Look-alikes: a place alone, a heading word inside the place or in lower case, the heading alone."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, tidied_venue
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("A-salen Ärenden Diarienummer", "A-salen"),
        ("Sessionssalen, kommunhuset Dagordning", "Sessionssalen, kommunhuset"),
        ("Rådhuset, sal 3 Föredragningslista Föredragande", "Rådhuset, sal 3"),
        ("Kommunhuset Ärenden Dnr Handläggare", "Kommunhuset"),
        # look-alikes
        ("A-salen", "A-salen"),
        ("Dagordningsrummet, Stadshuset", "Dagordningsrummet, Stadshuset"),
        ("Stadshuset, ärenden behandlas i tur och ordning", "Stadshuset, ärenden behandlas i tur och ordning"),
    ],
)
def test_trailing_agenda_heading_cut_from_venue(value: str, expected: str) -> None:
    found = tidied_venue(Found(value, 10, 10 + len(value)))
    assert found is not None and found.value == expected


def test_flattened_notice_venue_without_the_agenda_heading() -> None:
    text = ("HUDDINGES BROTTSFÖREBYGGANDE RÅD KALLELSE SIDA 1 (2) Kallelse till Huddinges brottsförebyggande råd Tid "
            "Onsdag den 7 mars 2018, klockan 15:30* Plats A-salen Ärenden Diarienummer 1 Godkännande av "
            "föredragningslistan 2 Information: Utredning om rådet Björn Rosborg, utredare (KL. 15:35-16:00) 3 "
            "Verksamhetsberättelse för rådet 2017 (Kl. 16:00-16:20)\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.start, m.venue) == ("15:30", "A-salen")
