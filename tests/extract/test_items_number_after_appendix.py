"""On a stored copy's page line, the next item's number right after the appendix the item before ends with.

"... Verksamhetsberättelsen godkändes av mötet. Bilaga 1 8 Ekonomiska rapporter 2013/2015, fastställande
... Mariane Olofsson kommenterade ...": the item's text ends with "Bilaga 1" and no stop, and 8 is the next
item. The appendix's own number before a capitalised word ("Bilaga 12 Budget 2016") is none.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_PAGE_1 = ("Protokoll Årsmöte Dag: Onsdagen den 6 maj 2015 Plats: Post Hotel Göteborg 6 Fråga om årsmötets behöriga "
           "utlysande Kallelse till årsmötet skickades ut den 21 april 2015. 7 Styrelsens verksamhetsberättelse för "
           "2013/2015 Sid 1 (14)")


def _numbers(page_2: str) -> list[str | None]:
    text = f"Protokoll Årsmöte\n\nTranskript\n\n1 {_PAGE_1}\n\n2 {page_2}\n"
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_number_after_the_appendix_is_the_next_item() -> None:
    numbers = _numbers("Verksamhetsberättelsen godkändes av mötet. Bilaga 1 8 Ekonomiska rapporter 2013/2015, "
                       "fastställande resultat- o balansräkning Mariane Olofsson kommenterade de ekonomiska "
                       "rapporterna. 9 Revisionsberättelse 2013/2015 Revisionsberättelsen lästes upp och godkändes.")
    assert numbers == ["6", "7", "8", "9"]


def test_the_appendix_number_itself_is_none() -> None:
    numbers = _numbers("Verksamhetsberättelsen godkändes av mötet, se Bilaga 12 Budget 2016 med kommentarer från "
                       "kassören. 8 Revisionsberättelse 2013/2015 Revisionsberättelsen lästes upp och godkändes.")
    assert "12" not in numbers
