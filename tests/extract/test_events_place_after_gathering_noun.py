"""Right after a date, a gathering's noun and its place's name without a preposition give the venue, as
notes write them: "Skifte 22/6 hybridmöte Tingvalla med bättre hörbarhet", "12 maj medlemsträff Folkets
Hus, kl 18". Look-alikes: a body or a person after the noun, a month, a lower-case word."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2021-05-04\n\nNärvarande: Anna Berg, Olle Ek\n\n6. Presidentskifte\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("Skifte 22/6 hybridmöte Tingvalla med bättre hörbarhet och med vinlotteri.", "Tingvalla"),
        ("Den 22/6 medlemsträff Folkets Hus, kl 18.", "Folkets Hus"),
        ("Sommarfest 22/6 grillfest Hagaparken och sedan dans.", "Hagaparken"),
        # look-alikes
        ("Skifte 22/6 hybridmöte Styrelsen med bättre hörbarhet.", None),
        ("Skifte 22/6 hybridmöte Anna med bättre hörbarhet.", None),
        ("Skifte 22/6 hybridmöte med bättre hörbarhet.", None),
        ("Skifte 22/6 hybridmöte Juni med vinlotteri.", None),
    ],
)
def test_place_after_gathering_noun(said: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n7. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2021-06-22", venue)]
