"""A venue whose line ends in a comma and runs on to the street address and town on the line below
("fört vid årsmötet onsdagen den 26 februari 2020 i Gröna huset (Biosalongen),\\n\\nSjöstadsvägen 15,
Västervik"): the address belongs to the venue (`header.venue_with_address_below`). A line below that
is no street address (a date, a name, a sentence) is left out."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, venue_with_address_below
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "venue"), [
    # real wrap
    ("i Gröna huset (Biosalongen),\n\nSjöstadsvägen 15, Västervik\n\nmed", "Gröna huset (Biosalongen), Sjöstadsvägen 15, Västervik"),
    ("i Gröna huset,\nStorgatan 3B\n", "Gröna huset, Storgatan 3B"),
    ("i Gröna huset,\n\nKungsgatan 15, 411 19 Göteborg\n", "Gröna huset, Kungsgatan 15, 411 19 Göteborg"),
    # look-alikes
    ("i Gröna huset,\nFredagen den 11 januari 2007, kl 10.00\n", None),  # the day below
    ("i Gröna huset,\nAnna Svensson 12, Lund\n", None),  # no street's name
    ("i Gröna huset\nSjöstadsvägen 15, Västervik\n", None),  # no comma ends the venue's line
    ("i Gröna huset,\nSjöstadsvägen 15, Västervik där vi åt middag\n", None),  # more on the line
])
def test_address_line_below_venue(text: str, venue: str | None) -> None:
    name = text[2:text.index(")") + 1] if ")" in text else "Gröna huset"
    found = venue_with_address_below(text, Found(name, 2, 2 + len(name)))
    assert (found.value if found else None) == venue


def test_annual_meeting_venue_with_address() -> None:
    text = ("PROTOKOLL\n\nfört vid årsmötet onsdagen den 26 februari 2020 i Gröna huset (Biosalongen),\n\n"
            "Sjöstadsvägen 15, Västervik\n\nmed\n\nVillaägarna i Tjust.\n\n"
            "Närvarande: Övrig inbjuden Villaägarnas förbundsordförande Gunnar Jansson.\n\n"
            " • 1. Mötets öppnande\n\nOrdföranden hälsade de närvarande välkomna.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.venue == "Gröna huset (Biosalongen), Sjöstadsvägen 15, Västervik"
