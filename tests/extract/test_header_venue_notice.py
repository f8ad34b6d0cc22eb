"""A notice after the place that it is new ("Godby daghem (OBS: Ändrad plats)") is no part of the venue."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, tidied_venue


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Godby daghem (OBS: Ändrad plats)", "Godby daghem"),
        ("Stora salen, OBS! ny lokal", "Stora salen"),
        ("Kommunhuset (ändrad lokal)", "Kommunhuset"),
        ("Sessionssalen (Observera ny mötesplats!)", "Sessionssalen"),
        # look-alikes: a parenthesis that is part of the place; a place word that opens with "Obs"
        ("Kommunhuset (plan 3)", "Kommunhuset (plan 3)"),
        ("Obsidianen, Kulturhuset", "Obsidianen, Kulturhuset"),
        ("Nya lokalen (ny byggnad)", "Nya lokalen (ny byggnad)"),
    ],
)
def test_notice_after_the_place(value: str, venue: str) -> None:
    got = tidied_venue(Found(value, 100, 100 + len(value)))
    assert got is not None
    assert got.value == venue
