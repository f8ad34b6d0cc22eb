"""A stored copy's page lines that each open with their own page's printed number ("1 1 Medlemsmöte
februari 2014 Deltagare: ... 1 Mötet öppnades ... 2 Roland Esaiasson ...", "2 2 I februari lanserades
appen ..."): the numbers count the pages, not items, when the first page's first item is numbered "1"
again further on.

Look-alikes: page lines that open with items whose numbers go on across pages ("1 Mötets öppnande ...
2 Val av justerare ...", "3 Ekonomi ...") keep them; a copy whose first page holds no second "1" keeps
its page-opening numbers.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'Medlemsmöte februari 2014\n\nDownload "Medlemsmöte 13-14 februari 2014"\n\nTranskript\n\n'
PAGE_1 = ("1 1 Medlemsmöte februari 2014 Deltagare: Maria Ehrenberg, Regionbibliotek Halland Katinka Borg, "
          "Länsbibliotek Jönköping Förhinder Anna Ring, Jämtlands Läns Bibliotek 1 Mötet öppnades av ordförande, "
          "Maria Ehrenberg som hälsade välkommen. 2 Roland Esaiasson, generaldirektör för MTM Roland Esaiasson "
          "presenterade aktualiteter från MTM och lyfte frågan om utvecklingsområden.\n\n")
PAGE_2 = ("2 2 I februari lanserades appen Legimus. 20 % av låneströmmarna har flyttat till appen. "
          "3 Ekonomi Kassören redovisade läget och budgeten godkändes av mötet.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_counted_page_numbers_are_no_items() -> None:
    assert _numbers(COPY + PAGE_1 + PAGE_2) == ["1", "2", "3"]


def test_items_opening_pages_stay() -> None:
    text = COPY + ("1 1 Mötets öppnande Ordföranden öppnade mötet och hälsade alla välkomna till dagens möte. "
                   "2 Val av justerare Anna Berg valdes att justera protokollet.\n\n"
                   "2 3 Ekonomi Kassören redovisade läget och budgeten godkändes av mötet.\n")
    assert _numbers(text) == ["1", "2", "3"]
