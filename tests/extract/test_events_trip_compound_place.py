"""Where a trip goes, after a compound trip noun and "till": "SRF ska åka på sommarutflykt till Stockholm
lördag den 10 september", "Bussresa till Gränna planeras 12 juni", "endagsbussresan till Nossebro, onsdag den
24 april". The noun nearest the date, between it and the other dates, tells the place; a weekday after a comma
is no part of it; a verb after the place is not either.

Look-alikes: a trip with no place named."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "venues"),
    [
        ("SRF ska åka på sommarutflykt till Stockholm lördag den 10 september.", [("2022-09-10", "Stockholm")]),
        ("Bussresa till Gränna planeras 12 juni.", [("2022-06-12", "Gränna")]),
        ("Studieresa till Bryssel 12-14 april.", [("2022-04-12", "Bryssel")]),
        (("Maritha informerade om endagsbussresan till Nossebro, onsdag den 24 april och tredagarsresan till "
          "Mälardalen den 1 juni."), [("2022-04-24", "Nossebro"), ("2022-06-01", "Mälardalen")]),
        ("Vårutflykten till Kullaberg blir den 14 maj.", [("2022-05-14", "Kullaberg")]),
        # look-alikes
        ("Sommarutflykten blir den 14 maj.", [("2022-05-14", None)]),
    ],
)
def test_trip_compound_place(body: str, venues: list[tuple[str, str | None]]) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [(e.date, e.venue) for e in got.events] == venues
