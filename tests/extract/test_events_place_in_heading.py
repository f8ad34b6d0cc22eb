"""A heading that says where the things under it are held, a colon closing it ("14. Aktiviteter i
Kvarneket:"), gives the venue of a dated entry below that names none; an entry's own place wins.
Look-alikes: a heading without the colon's list, a body, a month."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll byastämma 2016-04-18\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("said", "venues"),
    [
        (("14. Aktiviteter i Kvarneket:\n\n– Vårstädning blir det den 25 april klockan 18.00\n\n"
         "– Metartävling i Furen den 5 maj klockan 15.00\n"), [("2016-04-25", "Kvarneket"), ("2016-05-05", "Furen")]),
        ("14. Program på Folkets hus:\n\n– Vårstädning blir det den 25 april klockan 18.00\n",
         [("2016-04-25", "Folkets hus")]),
        # look-alikes
        ("14. Aktiviteter i styrelsen:\n\n– Vårstädning blir det den 25 april klockan 18.00\n", [("2016-04-25", None)]),
        ("14. Aktiviteter i Maj:\n\n– Vårstädning blir det den 25 april klockan 18.00\n", [("2016-04-25", None)]),
    ],
)
def test_place_in_heading(said: str, venues: list[tuple[str, str | None]]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n15. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == venues
