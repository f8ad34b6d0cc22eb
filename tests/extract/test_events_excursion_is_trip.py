"""An excursion ("utflykt till Mjösjöstugan lördag 26 mars") is a trip, and the place it goes to is its
venue, as for "resa till" and "studiebesök på". A place that is no proper name, or an excursion said of
the past, gives neither."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll årsmöte 2010-03-18\n\nNärvarande: Anna Berg, Olle Ek\n\n11. Verksamhetsplan\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        ("Liggande förslag kompletteras med utflykt till Mjösjöstugan lördag 26 mars klockan 13.00.",
         [("2010-03-26", "trip", "Mjösjöstugan")]),
        ("Föreningens utflykt går till Skuleberget den 15 maj.", [("2010-05-15", "trip", None)]),  # place not next to it
        ("Utflykten till Norrfällsviken blir den 12 juni.", [("2010-06-12", "trip", "Norrfällsviken")]),
        # look-alikes: no proper place; a trip told of the past is no event
        ("Vi gör en utflykt till skogen den 12 juni.", [("2010-06-12", "trip", None)]),
        ("Utflykten till Mjösjöstugan genomfördes den 26 februari.", []),
        ("Höstfesten hålls i Mjösjöstugan den 2 oktober.", [("2010-10-02", "other", "Mjösjöstugan")]),
    ],
)
def test_excursion_is_a_trip(said: str, events: list[tuple[str, str, str | None]]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n12. Budget\n\nBudgeten fastställdes.\n"))
    assert [(e.date, e.kind.value, e.venue) for e in got.events] == events
