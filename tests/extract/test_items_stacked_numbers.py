"""A PDF's text that gives an agenda's column of numbers first ("1." / "2." / "3.") and then its
column of titles, one a line in the same order: the k-th number heads the k-th title.

Look-alikes: a column of numbers without as many titles after it, numbers that do not count
up by one, and two numbers alone are no such column.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _titles(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    # The numbers of the first points stacked, their texts after them; the later points written as usual.
    (("Protokoll, Styrelsemöte nr 2, 22 april 2015\nNärvarande: Anna Berg, Bo Ek.\n1.\n2.\n3.\n"
     "Mötet öppnades av ordförande Anna Berg\nBo Ek valdes att justera dagens protokoll\n"
     "Särskilda pågående styrelseprojekt\nLämplig dag för styrelsemöten diskuterades.\n"
     "4. Inkomna skrivelser\nInga skrivelser hade inkommit.\n5. Skyttekommittén\nInköp diskuterades.\n"),
     [("1", "Mötet öppnades av ordförande Anna Berg"), ("2", "Bo Ek valdes att justera dagens protokoll"),
      ("3", "Särskilda pågående styrelseprojekt"), ("4", "Inkomna skrivelser"), ("5", "Skyttekommittén")]),
    # A whole agenda stacked under its label.
    (("Styrelsemöte 17 februari 2015\nDagordning:\n1.\n2.\n3.\n4.\nMötets öppnande\n"
     "Godkännande av dagordning\nÅrsbokslut\nMötet avslutas\n\nMötet öppnades. Bokslutet gicks igenom.\n"),
     [("1", "Mötets öppnande"), ("2", "Godkännande av dagordning"), ("3", "Årsbokslut"), ("4", "Mötet avslutas")]),
])
def test_stacked_numbers_head_the_titles_after_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize("text", [
    # Numbers that skip: a table's figures, not a column of item numbers.
    "Styrelsemöte 17 februari 2015\nResultat:\n1.\n3.\n5.\nMötets öppnande\nÅrsbokslut\nMötet avslutas\n",
    # Too few lines after the column to name every number (the text ends).
    "Styrelsemöte 17 februari 2015\nDagordning:\n1.\n2.\n3.\nMötets öppnande\n",
    # Lines after the column that are numbers or blank: no titles.
    "Styrelsemöte 17 februari 2015\nKassa:\n1.\n2.\n3.\n\n120 kr\n300 kr\n",
])
def test_no_stacked_column(text: str) -> None:
    assert not any(number is not None for number, _ in _titles(text))
