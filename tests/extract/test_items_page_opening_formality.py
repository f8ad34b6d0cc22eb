"""A formality that opens a stored copy's page line after the page's mark, its number lost with the page's
head: "... 51. Val av justeringsperson ..." then "Sida 2/ Föregående protokoll Protokollet från föregående
möte ...". It is an item without a number.

Look-alikes: a page line that opens with ordinary text ("Sida 2/ Protokollet lades till handlingarna"),
or with a formality word inside a sentence ("Sida 2/ Föregående protokoll godkändes ..." before a
lower-case word) adds no item.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'Protokoll vid Samförvaltning Fiske\n\nDownload "Protokoll vid Samförvaltning Fiske 2013-11-21"\n\nTranskript\n\n'
PAGE_1 = ("1 PROTOKOLL Sida 1/ Protokoll vid Samförvaltning Fiske på Länsstyrelsen i Jönköping 48. Mötets öppnande "
          "Beslut: Ordförande förklarade mötet öppnat. 49. Förslag till dagordning Beslut: Dagordningen fastställd. "
          "50. Val av justeringsperson Förslag Ingvar Torsholen. Beslut: Ingvar Torsholen valdes.\n\n")


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_formality_opening_a_page_is_an_item() -> None:
    text = COPY + PAGE_1 + ("2 Sida 2/ Föregående protokoll Protokollet från föregående möte är justerat och "
                            "utlagt på hemsidan.\n")
    assert _heads(text)[-1] == (None, "Föregående protokoll")
    assert [n for n, _ in _heads(text)] == ["48", "49", "50", None]


def test_ordinary_page_opening_adds_nothing() -> None:
    for page in ("2 Sida 2/ Protokollet lades till handlingarna efter genomgång.\n",
                 "2 Sida 2/ Föregående protokoll godkändes och lades till handlingarna.\n"):
        assert [n for n, _ in _heads(COPY + PAGE_1 + page)] == ["48", "49", "50"]
