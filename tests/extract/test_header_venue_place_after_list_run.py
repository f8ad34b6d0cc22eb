"""A flattened head may put the attendance list in the place's field, the place and town closing the run before
the hours: "Plats och tid: Närvarande: Kent Eklund Siv Nilsson ... Övriga Byavångshemmet, Tomelilla kl.
12:30-15:45". The venue is the place and town, never the names. Look-alikes: a run with no "Place, Town" at its
end gives no venue; a venue that opens with no list label is left alone."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, place_ending_list_run
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("Närvarande: Kent Eklund Siv Nilsson Philip Ohlsson Lars Carlstedt Övriga Byavångshemmet, Tomelilla",
         "Byavångshemmet, Tomelilla"),
        ("Beslutande Anna Ek (S), Per Lind (M)", None),  # a list only
        ("Närvarande: Kent Eklund Siv Nilsson", None),
    ],
)
def test_place_ending_list_run(value: str, place: str | None) -> None:
    got = place_ending_list_run(Found(value, 0, len(value)))
    assert (got.value if got else None) == place


def test_list_run_in_place_field() -> None:
    text = ("Plats och tid: Närvarande: Kent Eklund Siv Nilsson Philip Ohlsson Lars Carlstedt Hanna Karin Persson Leif "
            "Norlin Agneta Arvidsson Bengt Andersson Anita Larsson Övriga Byavångshemmet, Tomelilla kl. 12:30-15:45 "
            "Onslunda pensionärsförening (PRO)\n\n1. Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == "Byavångshemmet, Tomelilla"
