"""An association's board named in the indefinite genitive is written as the association and its board, the
form the golds use: "Protokoll Fört vid Helsingborgs konstförenings styrelsemöte" -> "Helsingborgs
konstförening, styrelsen" (was "Helsingborgs konstförenings styrelse"), "SSKFs styrelse" -> "SSKF, styrelsen".

Look-alikes: a definite genitive is the name as written ("Kulturrådets styrelse", "Regionförbundets
styrelse", "Föreningen Nordens styrelse", "Sektionens styrelse"), another body's board ("Bolagets styrelse").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import Found, association_comma_board
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "board"),
    [
        ("Helsingborgs konstförenings styrelse", "Helsingborgs konstförening, styrelsen"),
        ("St Lundby Samhällsförenings styrelse", "St Lundby Samhällsförening, styrelsen"),
        ("SSKFs styrelse", "SSKF, styrelsen"),
        ("Falkens scoutkårs styrelse", "Falkens scoutkår, styrelsen"),
        ("Östersunds Motorbåtsklubbs styrelse", "Östersunds Motorbåtsklubb, styrelsen"),
        # look-alikes
        ("Kulturrådets styrelse", None),
        ("Regionförbundets styrelse", None),
        ("Föreningen Nordens styrelse", None),
        ("Sektionens styrelse", None),
        ("Bolagets styrelse", None),
        ("Helsingborgs konstförenings styrelse och revisorer", None),
    ],
)
def test_association_comma_board(value: str, board: str | None) -> None:
    found = association_comma_board(Found(value, 0, len(value)))
    assert (found.value if found is not None else None) == board


def test_title_gives_association_and_board() -> None:
    text = ("Protokoll Fört vid Helsingborgs konstförenings styrelsemöte den 9 januari 2008 kl. 18.00\n\n"
            "Närvarande: Sofia Orre, Staffan Sommelius, Kjell Östlund\n\n1. Mötets öppnande\nMötet öppnades.\n"
            "2. Val av mötesfunktionärer\nTill ordförande valdes SO.\n")
    assert extract_text(minutes_from_text(text)).meeting.body == "Helsingborgs konstförening, styrelsen"
