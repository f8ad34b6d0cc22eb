"""A lower-case place after "i"/"på" in the date's own sentence is its venue ("9 December på campus.",
"Kvällsvandring 8 juni 1800, fika på caféet"), read after any named place; one in a later sentence of the
line is not the date's."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2025-11-28\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Hackerkvällar\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("Kommer ha hackerkvällar. 9 December på campus. Vi håller den själva.", "campus"),
        ("Julfika 9 December på caféet, alla välkomna.", "caféet"),
        # look-alikes: a named place wins; a place in the next sentence; no place
        ("Julfika 9 December hos Anna, sedan på caféet.", "hos Anna"),
        ("Julfika 9 December kl 18. Efteråt går vi på caféet.", None),
        ("Julfika 9 December, alla välkomna.", None),
    ],
)
def test_place_noun_in_dates_sentence(said: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n6. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2025-12-09", venue)]
