"""A town after the place read after "på"/"hos", the sentence ending there or the hour following, goes
with it: "Nästa möte den 9 november 2010 kl. 18.00 hos Peter Johansson i Näshult." Look-alikes: a
month, a lower-case word, a town that opens a clause."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll arbetsgruppens möte den 19 oktober 2010\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("8. Nästa möte den 9 november 2010 kl. 18.00 hos Peter Johansson i Näshult.", "hos Peter Johansson i Näshult"),
        ("8. Nästa möte den 9 november 2010 på Vängåvan i Nyhem, kl 19.", "Vängåvan i Nyhem"),
        # look-alikes
        ("8. Nästa möte den 9 november 2010 hos Peter Johansson i kväll.", "hos Peter Johansson"),
        ("8. Nästa möte den 9 november 2010 på Kulturhuset i November.", "Kulturhuset"),
        ("8. Nästa möte den 9 november 2010 på Vängåvan i Nyhem ska vi ta upp vägen.", "Vängåvan"),
    ],
)
def test_place_in_town(said: str, venue: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2010-11-09", venue)]
