"""Going to a named place on a date: "§3. Åke och de styrelseledamöter som har möjlighet att följa med, åker till
Växjö för att titta på Playsight torsdag 4/9 klockan 16.30." (a tennis club's board).

A travel verb with "till" and a place's capital (`_TRAVEL_TO_PLACE`) makes the date a trip to that place; before,
no trip cue stood in the sentence ("resa", "besök", "utflykt" are the nouns) and it was "other" at "Playsight".

Look-alikes: going to a meeting ("åker till årsmötet"), a paper sent to a named body ("skickas till Region
Kalmar"), and a travel verb without a place ("åka med") keep their kinds.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte Kalmar TK 2014-08-28\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (("§3. Åke och de styrelseledamöter som har möjlighet att följa med, åker till Växjö för att titta på "
          "Playsight torsdag 4/9 klockan 16.30.\n"), "trip"),
        ("Vi reser till Visby den 3 oktober för att se på banorna.\n", "trip"),
        ("Styrelsen åker upp till Östersund 12 oktober.\n", "trip"),
        # look-alikes
        ("Ordföranden åker till årsmötet i förbundet den 3 oktober.\n", "meeting"),
        ("Ansökan skickas till Region Kalmar den 3 oktober.\n", "deadline"),
        ("Alla som vill åka med anmäler sig till Anna. Medlemsträff den 3 oktober.\n", "meeting"),
    ],
)
def test_travel_to_place_is_trip(body: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + body))
    assert [e.kind.value for e in got.events] == [kind]


def test_trip_goes_to_the_place_named() -> None:
    body = ("§3. Åke och de styrelseledamöter som har möjlighet att följa med, åker till Växjö för att titta på "
            "Playsight torsdag 4/9 klockan 16.30.\n")
    (event,) = extract_text(minutes_from_text(HEAD + body)).events
    assert (event.venue, event.start) == ("Växjö", "16:30")
