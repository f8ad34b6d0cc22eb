"""A venue whose line ends in a comma and runs on to the street address and town on the line below
("fört vid årsmötet onsdagen den 26 februari 2020 i Gröna huset (Biosalongen),\\n\\nSjöstadsvägen 15,
Västervik"): the address belongs to the venue (`header.venue_with_address_below`). A line below that
is no street address (a date, a name, a sentence) is left out."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, place_noun_wrapped_below, venue_with_address_below
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


# A place broken at the line's end between its name and its noun, the noun in lower case alone on the line below
# (`header.place_noun_wrapped_below`): "i Oscars" over "församlingslokaler, Stockholm".
@pytest.mark.parametrize(("text", "name", "venue"), [
    # real wraps: the noun alone, or with the town after a comma
    ("i Oscars\nförsamlingslokaler, Stockholm\nNärvarande", "Oscars", "Oscars församlingslokaler, Stockholm"),
    ("i Hässjö\nförsamlingshem\n", "Hässjö", "Hässjö församlingshem"),
    ("i Sankt Johannes\nförsamlingshem.\n", "Sankt Johannes", "Sankt Johannes församlingshem"),
    ("i Kvarnbo\nbygdegård, Strängnäs\n", "Kvarnbo", "Kvarnbo bygdegård, Strängnäs"),
    ("i Folkets\nhus\n", "Folkets", "Folkets hus"),
    # look-alikes
    ("i Stadshuset\nsammanträdesrummet\n", "Stadshuset", None),  # the venue's line ends with a place noun already
    ("i Oscars\nförsamlingslokaler där vi åt\n", "Oscars", None),  # a sentence goes on below
    ("i Oscars\nordförande\n", "Oscars", None),  # a role, no place noun
    ("i Oscars\nFörsamlingshem\n", "Oscars", None),  # a capitalised line below is a line of its own
    ("i Oscars,\nförsamlingshem\n", "Oscars", None),  # the line goes on after the name
])
def test_place_noun_wrapped_below(text: str, name: str, venue: str | None) -> None:
    found = place_noun_wrapped_below(text, Found(name, 2, 2 + len(name)))
    assert (found.value if found else None) == venue


def test_minutes_venue_with_place_noun_below() -> None:
    text = ("PROTOKOLL FR 2/15\nFörbundsrådet\nfört vid sammanträde med\nFörbundsrådet fredagen\n"
            "den 20 nov 2015 i Oscars\nförsamlingslokaler, Stockholm\nNärvarande\nFörbundsordförande\n"
            "Anna Berg\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == "Oscars församlingslokaler, Stockholm"
