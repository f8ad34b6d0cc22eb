"""The heading that opens a stored copy's next page may stand after the page's number and its short running head:
"2 HJÄLMARENS VATTENVÅRDSFÖRBUND 6. SEMINARIUM I" after items 1-5 run in on the first page line. Look-alikes: the
next number inside a sentence ("2 Styrelsen beslutade. Se 4. Program") or after a word that refers to it
("Bilaga 4. Seminarium") adds nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_PAGE = ("1 HJÄLMARENS VATTENVÅRDSFÖRBUND Protokoll NÄRVARANDE Ingegerd Oberg Magnus Arretlod Bert Elisson Leif "
         "Skeppstedt Sven-Erik Pettersson. 1. MÖTETS ÖPPNANDE Ordförande Ingegerd Oberg förklarade mötet öppnat. 2. "
         "VAL AV JUSTERINGSMAN Leif Skeppstedt valdes som justeringsman. 3. FÖREGÅENDE PROTOKOLL Föregående protokoll "
         "läggs till handlingarna. Lennart informerar styrelsen om förbundets ekonomi som är god och stabil i år.")


def _numbers(tail: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text("Styrelsemöte 29 maj 2012\n\nTranskript\n\n" + _PAGE + tail))
    return [h.number for h in heads]


@pytest.mark.parametrize("tail", ["\n\n2 HJÄLMARENS VATTENVÅRDSFÖRBUND 4. SEMINARIUM I\n",
                                  "\n\n2 HJÄL ARENS 4. Seminarium om fisket\n"])
def test_next_item_after_the_page_head(tail: str) -> None:
    assert _numbers(tail) == ["1", "2", "3", "4"]


@pytest.mark.parametrize("tail", ["\n\n2 Styrelsen beslutade. Se 4. Seminarium\n",
                                  "\n\n2 HJÄLMARENS Bilaga 4. Seminarium\n"])
def test_no_next_item_after_the_page_head(tail: str) -> None:
    assert _numbers(tail) == ["1", "2", "3"]
