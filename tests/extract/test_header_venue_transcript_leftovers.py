"""A place read from a flattened transcript of a municipal cover page keeps what was lost around it: the
clock word of a lost time before it, the weekday of a lost date or a cut "Omfattning" label after it."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, tidied_venue


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kl Tekniska nämndens Sessionssal Omfattning", "Tekniska nämndens Sessionssal"),
        ("kl. Stadshuset, Borås", "Stadshuset, Borås"),
        ("Sammanträdesrummet KS-salen, Kommunhuset, Motala Tisdag", "Sammanträdesrummet KS-salen, Kommunhuset, Motala"),
        ("Kommunhuset, Sunne, onsdagen", "Kommunhuset, Sunne"),
        ("Rådhuset Paragrafer", "Rådhuset"),
        # look-alikes: a place whose name holds such words elsewhere; a clock with its digits is no lost one
        ("Klockargården, Sunne", "Klockargården, Sunne"),
        ("Lördagsskolan, Kil", "Lördagsskolan, Kil"),
        ("Tisdagsklubbens lokal", "Tisdagsklubbens lokal"),
        ("Omfattningsrummet, Stadshuset", "Omfattningsrummet, Stadshuset"),
    ],
)
def test_transcript_leftovers_around_the_place(value: str, expected: str) -> None:
    got = tidied_venue(Found(value, 0, len(value)))
    assert got is not None and got.value == expected
