"""A short head line with the place and the meeting's date under the title ("Svartviks industriminnen 2015-03-30")
gives the venue when its last word is a kind of place: besides halls, houses and schools, the heritage sites and
buildings associations meet at ("industriminnen", "bruk", "slott", "kvarn", "teater", "magasin", "paviljong",
"arena"). Look-alikes: a line whose date is not the meeting's, a signing line with a person, and a lower-case word
that is no place ("Styrelsens protokoll 2015-03-30").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_TAIL = "\n\nNärvarande: Anna Ek, Bo Berg, Karin Holm\n\n1 Mötets öppnande\nOrdförande öppnade mötet.\n"

CASES = [
    # (head, venue)
    (("Styrelseprotokoll 2015-03-30\n\nMedelpads Hembygdsförbund\n\nProtokoll från styrelsemöte\n\n"
     "Svartviks industriminnen 2015-03-30"), "Svartviks industriminnen"),
    ("Protokoll från styrelsemöte\n\nForsviks bruk 2016-05-12", "Forsviks bruk"),
    ("Protokoll från årsmöte\n\nTullgarns slott 2016-05-12 kl. 18:00", "Tullgarns slott"),
    ("Protokoll från styrelsemöte\n\nLjusnedals kvarn, 2016-05-12", "Ljusnedals kvarn"),
    ("Minnesanteckningar\n\nFolkets teater 2016-05-12", "Folkets teater"),
    # look-alikes
    ("Protokoll från styrelsemöte 2016-05-12\n\nForsviks bruk 2016-06-01", None),
    ("Protokoll från styrelsemöte\n\nStyrelsens protokoll 2016-05-12", None),
]


@pytest.mark.parametrize(("head", "venue"), CASES)
def test_venue_place_date_line_heritage_sites(head: str, venue: str | None) -> None:
    assert extract_text(minutes_from_text(head + _TAIL)).meeting.venue == venue
