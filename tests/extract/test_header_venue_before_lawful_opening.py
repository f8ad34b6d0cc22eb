"""A Finland-Swedish notice's flattened head line runs the place on into the agenda, whose opening item by its
running number is "laglighet och beslutförhet": "Sammanträdestid Onsdag kl Sammanträdesplats Kommunkansliet,
sammanträdesrummet 367 Konstatera laglighet och beslutförhet 368 Protokolljusterare". The place ends before the
item. Look-alikes: a number in the place, "laglighet" in a later item's words or with nothing before it."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, lawful_opening_item
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kommunkansliet, sammanträdesrummet 367 Konstatera laglighet och beslutförhet 368 Protokolljusterare",
         "Kommunkansliet, sammanträdesrummet"),
        ("Kommungården Ärendets nummer Ärende 114. LAGLIGHET OCH BESLUTFÖRHET 115. PROTOKOLLJUSTERING",
         "Kommungården Ärendets nummer Ärende"),
        ("Stadshuset 1 Sammanträdets laglighet och beslutförhet", "Stadshuset"),
        # look-alikes
        ("Kommunhuset, rum 367", None),
        ("Kommunhuset 5 Beslutets laglighet prövas", None),
        ("1 Konstatera laglighet och beslutförhet", None),
    ],
)
def test_lawful_opening_item(value: str, expected: str | None) -> None:
    cut = lawful_opening_item(value)
    assert (value[:cut] if cut is not None else None) == expected


def test_place_before_opening_item() -> None:
    text = ("Protokoll 2010-12-01\n"
            "FINSTRÖMS KOMMUN PROTOKOLL Utfärdat den Nr KOMMUNSTYRELSEN 20/10 Sammanträdestid Onsdag kl Sammanträdesplats "
            "Kommunkansliet, sammanträdesrummet 367 Konstatera laglighet och beslutförhet 368 Protokolljusterare\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == "Kommunkansliet, sammanträdesrummet"
