"""The opening heading run in right after the list of those present, with no stop before it.

A stored copy that lost its line breaks runs each unnumbered heading into the text around it; the
headings after a sentence's stop are found by their presenter or as formalities. The first one follows
the list of participants, whose last entry ends with no stop: "... Niklas Nilsson, Näringsdepartementet
Öppnande Inledning, Erik Norrgård Erik hälsade alla välkomna ...". It is the first item. The word in
lower case inside a sentence, or any such word once a heading has been found, is no heading.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_REST = ("Erik hälsade alla välkomna till mötet och förklarade mötet för öppnat. Inventering av övriga frågor "
         "Till övriga frågor anmäldes: - Försäkringar vid cykelskador, Maria Krafft")
_PAGE_2 = ("2 [] 2(5) Godkännande av dagordning Dagordningen godkändes efter tillägget av övriga frågor. "
           "Trafiksäkerhetsläget, Peter Larsson Peter redogjorde för trafiksäkerhetsläget för första tertialet. "
           "Omkomna i samband med fordonsstopp på mötesfri väg, Erik Norrgård Erik redogjorde för ett par händelser.")


def _titles(first_page: str) -> list[str]:
    text = ("Minnesanteckningar från möte nr 147\n\nTranskript\n\n1 [] 1(5) Minnesanteckningar från möte nr 147 "
            "Deltagare: Maria Krafft, Folksam Johan Lindström, NTF Förhindrade: Niklas Nilsson, "
            f"Näringsdepartementet {first_page}\n\n{_PAGE_2}\n")
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize(("opening", "title"), [
    ("Öppnande Inledning, Erik Norrgård " + _REST, "Öppnande"),
    ("Mötets öppnande Erik Norrgård hälsade alla välkomna. " + _REST[_REST.index("Inventering"):], "Mötets öppnande"),
    ("Mötet öppnas Erik hälsade alla välkomna. " + _REST[_REST.index("Inventering"):], "Mötet öppnas"),
])
def test_opening_after_the_list_is_the_first_heading(opening: str, title: str) -> None:
    titles = _titles(opening)
    assert titles[0] == title
    assert titles[1] == "Inventering av övriga frågor"
    assert titles.count(title) == 1


@pytest.mark.parametrize("opening", [
    # lower case inside the text: the chair's words, no heading
    "Erik talade om vägens öppnande Inledningsvis hälsade han alla välkomna. " + _REST[_REST.index("Inventering"):],
    # no opening at all
    "Erik hälsade alla välkomna till mötet. " + _REST[_REST.index("Inventering"):],
])
def test_no_opening_heading_without_the_capitalised_title(opening: str) -> None:
    titles = _titles(opening)
    assert titles[0] == "Inventering av övriga frågor"


def test_opening_after_the_first_heading_is_none() -> None:
    titles = _titles(_REST + " Öppnande Tillfällig cykelbana invigdes i maj.")
    assert titles[0] == "Inventering av övriga frågor"
    assert "Öppnande" not in titles
