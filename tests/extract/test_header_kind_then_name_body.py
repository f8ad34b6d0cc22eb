"""A title of a meeting word and then the organisation's name: "Styrelsemöte Äso Skagern" names the
board of Äso Skagern ("Äso Skagern, styrelsen"); "Årsmöte Sågtäktens Bygdegårdsförening" the
association's annual meeting ("Sågtäktens Bygdegårdsförening, årsmöte"). A name that is itself a body
("Styrelsemöte Kommunstyrelsen"), a document word, a person or a meeting word that names no body stays.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import body_of_title
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Styrelsemöte Äso Skagern", "Äso Skagern, styrelsen"),
        ("Styrelsemöte Göteborgs Fältrittklubb", "Göteborgs Fältrittklubb, styrelsen"),
        ("Styrelsemöte Hembygdsförening", "Hembygdsförening, styrelsen"),
        ("Årsmöte Sågtäktens Bygdegårdsförening", "Sågtäktens Bygdegårdsförening, årsmöte"),
        ("Medlemsmöte Figeholms Båtklubb", "Figeholms Båtklubb, medlemsmöte"),
        # unchanged
        ("Styrelsemöte Kommunstyrelsen", "Styrelsemöte Kommunstyrelsen"),
        ("Styrelsemöte Socialnämnden", "Styrelsemöte Socialnämnden"),
        ("Styrelsemöte Protokoll", "Styrelsemöte Protokoll"),
        ("Möte Anna Berg", "Möte Anna Berg"),  # "möte" names no body
        ("Styrelsemöte i Figeholms båtklubb", "Styrelsen i Figeholms båtklubb"),
        ("Styrelsemöte Tisdag", "Styrelsemöte Tisdag"),
    ],
)
def test_body_of_kind_then_name(title: str, body: str) -> None:
    assert body_of_title(title) == body


def test_general_meeting_of_board_run_association_stays_next_meeting() -> None:
    """ "Nästa möte: Årsmötet den 20e mars." under "Styrelsemöte Hembygdsförening": the association's board
    meets its members next, so it stays the next meeting with the body read as "Hembygdsförening, styrelsen"."""
    text = ("110228\n\nStyrelsemöte Hembygdsförening\n\nNärvarande:\n\nChrister, Ulf, Tomas.\n\n1. Årsmötet\n\n"
            "Förberedelser diskuterades.\n\n2. Nästa möte\n\nNästa möte: Årsmötet den 20e mars.\n\nMötet avslutas\n")
    got = extract_text(minutes_from_text(text))
    assert got.meeting.body == "Hembygdsförening, styrelsen"
    assert got.next_meeting == "2011-03-20"
