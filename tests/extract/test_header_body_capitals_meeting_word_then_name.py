"""A title of a meeting word and the organisation's capitalised name gives the organisation with the body or kind
the word names, the meeting word written in capitals as a heading often is: "STYRELSEMÖTE Fältbiologerna" ->
"Fältbiologerna, styrelsen", "ÅRSMÖTE Hörneå Bygdegårdsförening" -> "Hörneå Bygdegårdsförening, årsmöte". Not read:
a name that is itself a body, a weekday or a document word, or a meeting word that names no body or kind."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("STYRELSEMÖTE Fältbiologerna", "Fältbiologerna, styrelsen"),
        ("STYRELSEMÖTE Äso Skagern", "Äso Skagern, styrelsen"),
        ("ÅRSMÖTE Hörneå Bygdegårdsförening", "Hörneå Bygdegårdsförening, årsmöte"),
        ("ÅRSSTÄMMA Skrea Åstorp Vägförening", "Skrea Åstorp Vägförening, årsstämma"),
        ("MEDLEMSMÖTE Villaföreningen Rosen", "Villaföreningen Rosen, medlemsmöte"),
        ("Styrelsemöte Äso Skagern", "Äso Skagern, styrelsen"),
        # look-alikes: a body's name; a weekday; a document word; a meeting word that names nothing
        ("STYRELSEMÖTE Kommunstyrelsen", "STYRELSEMÖTE Kommunstyrelsen"),
        ("STYRELSEMÖTE Tisdag", "STYRELSEMÖTE Tisdag"),
        ("STYRELSEMÖTE Protokoll", "STYRELSEMÖTE Protokoll"),
        ("MÖTE Fältbiologerna", "MÖTE Fältbiologerna"),
    ],
)
def test_capitals_meeting_word_then_name(title: str, expected: str) -> None:
    assert body_of_title(title) == expected


def test_title_under_site_frame_gives_the_association() -> None:
    text = ("faltbiologerna.se\n\nSTYRELSEMÖTE Fältbiologerna\n\nSnesudden, Lappland 6 augusti 2012\n\n"
            "Närvarande: Marina Widén, Pontus Johansson\n\n1. Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Fältbiologerna, styrelsen"
