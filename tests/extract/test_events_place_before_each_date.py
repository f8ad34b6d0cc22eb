"""Two dated things in one sentence, each place written right before its own date: "ombud till distriktets
årsmöte i Svartå 21.3 och förbundets vårmöte i Ekenäs 18.4", "Möte i Lund 3 maj, i Malmö 5 maj". The place
after the first date stands before the second and is that one's.

Look-alikes: one place before the date and one after it with no date following (the first holds); a place
after the date only."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "venues"),
    [
        ("Vi ska delta i årsmötet i Svartå den 21 mars och vårmötet i Ekenäs den 18 april.",
         [("2022-03-21", "Svartå"), ("2022-04-18", "Ekenäs")]),
        ("Möte i Lund 3 maj, i Malmö 5 maj.", [("2022-05-03", "Lund"), ("2022-05-05", "Malmö")]),
        ("Styrelsen träffas i Kalmar den 3 maj och i Växjö den 7 juni.",
         [("2022-05-03", "Kalmar"), ("2022-06-07", "Växjö")]),
        ("Kursen hålls i Umeå den 2 april och i Luleå den 9 april.",
         [("2022-04-02", "Umeå"), ("2022-04-09", "Luleå")]),
        ("Träffarna blir i Borås 4 maj, i Alingsås 11 maj.", [("2022-05-04", "Borås"), ("2022-05-11", "Alingsås")]),
        # look-alikes
        ("Nästa möte den 3 maj i Malmö.", [("2022-05-03", "Malmö")]),
        ("Nästa möte den 3 maj på Stadshotellet i Lund.", [("2022-05-03", "Stadshotellet i Lund")]),
    ],
)
def test_place_before_each_date(body: str, venues: list[tuple[str, str]]) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [(e.date, e.venue) for e in got.events] == venues
