"""A board meeting's title naming the association after a preposition gives the association and its board:
"Styrelsemöte i DHR-Värmland" -> "DHR-Värmland, styrelsen" (the body was the whole title).

Look-alikes: a place after "i" ("Styrelsemöte i Stadshuset"), another body after "med" ("Styrelsemöte med
valberedningen"), people ("Styrelsemöte med Anna Ek och Per Bo"), a lower-case phrase ("Styrelsemöte med beslutsrätt"), a person's home after "hos".
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import Found, board_of_named_association
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "board"),
    [
        ("Styrelsemöte i DHR-Värmland", "DHR-Värmland, styrelsen"),
        ("Styrelsemöte med Falkens scoutkår.", "Falkens scoutkår, styrelsen"),
        ("Extra styrelsemöte för Tolo SK", "Tolo SK, styrelsen"),
        ("Styrelsemöte i Renålandets byförening", "Renålandets byförening, styrelsen"),
        # look-alikes
        ("Styrelsemöte i Stadshuset", None),
        ("Styrelsemöte i Lerum", None),
        ("Styrelsemöte med Valberedningen", None),
        ("Styrelsemöte med beslutsrätt", None),
        ("Styrelsemöte hos Anna Berg", None),
        ("Årsmöte i DHR-Värmland", None),
        ("Styrelsemöte med Anna Ek och Per Bo", None),
        ("Styrelsemöte med Lars Lindberg", None),
    ],
)
def test_board_of_named_association(value: str, board: str | None) -> None:
    found = board_of_named_association(Found(value, 0, len(value)))
    assert (found.value if found is not None else None) == board


def test_title_names_association() -> None:
    text = ("Styrelsemöte i DHR-Värmland\nLördagen den 30:e maj 2015.\nKleveträffen Skoghall\nNärvarande:\n"
            "Sven-Gustaf Nilsson\nOla Mörkhammar\n§ 26 Mötets öppnande\nMötet öppnades av ordförande.\n"
            "§ 27 Förslag till dagordning\nDagordningen godkändes.\n")
    assert extract_text(minutes_from_text(text)).meeting.body == "DHR-Värmland, styrelsen"
