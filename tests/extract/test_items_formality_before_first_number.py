"""A formality that opens minutes right before the first item's number, its own number lost.

"Förteckning över styrelsens ärenden den 16 december Fastställande av dagordning 208 Aktuella frågor för
regional utveckling 209 Aktuella trafikeringsfrågor ...": the first entry lost its number 207; its title,
a formality of more than one word capitalised as written, stands right before 208. A lone label word
("Ärendelista 26 ...") labels the list, and a number before the first heading's keeps it as it is.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_ENTRIES = ("208 Aktuella frågor för regional utveckling 209 Aktuella trafikeringsfrågor av strategisk karaktär "
            "210 Redogörelse för det ekonomiska läget 211 Regionaltågsystem Krösatåg tilldelningsbeslut "
            "212 Länstransportplan 2010 återkoppling")


def _heads(before: str) -> list[tuple[str | None, str]]:
    text = ("Protokoll\n\nTranskript\n\n1 Regionförbundet södra Småland Protokoll från förbundsstyrelsens "
            "sammanträde den 16 december 2009 Närvarande Anna Andersson, ordförande\n\n"
            f"2 Förteckning över styrelsens ärenden den 16 december {before}{_ENTRIES}\n")
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize("title", ["Fastställande av dagordning", "Val av justerare", "Mötets öppnande"])
def test_formality_before_the_first_number_is_the_first_item(title: str) -> None:
    heads = _heads(title + " ")
    assert heads[0] == (None, title)
    assert heads[1][0] == "208"


@pytest.mark.parametrize("before", ["Ärendelista ", "Dagordning ", "den nya dagordningen ", ""])
def test_no_formality_added(before: str) -> None:
    heads = _heads(before)
    assert heads[0][0] == "208"


def test_formality_after_a_number_of_its_own_is_no_lost_one() -> None:
    heads = _heads("punkt 1. Fastställande av dagordning ")
    assert heads[0][0] == "208"
