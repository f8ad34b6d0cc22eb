"""Minutes whose word processor lost every number to "1." and whose points are told in sentences (" 1.
Ordföranden öppnar mötet, Jörgen Andersson valdes till ordförande för stämman. ...", " 1. Mats Berglund valdes
till sekreterare för stämman."): where no other number stands anywhere, each such paragraph is a point, the
first one too, in the order written.

Look-alikes: where other numbers stand ("2. Arvode till revisorn ...": proposals inside an
item, or a slip "2."), the sentences numbered "1." stay text as before.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

TOLD = """Vilshärads Vägförening årsmötesprotokoll 2015-03-30

 1. Ordföranden öppnar mötet,  Jörgen Andersson valdes till ordförande för stämman. Närvarande vid stämman var ca 12 personer samt mötesordförande och styrelsen.

 1. Mats Berglund valdes till sekreterare för stämman.

 1. Dag Andersson och Karl Johannisson valdes till justeringsmän.

 1. Ordförande går igenom verksamhetsberättelse, som godkänns. Revisorn går igenom revisionsberättelse, som godkänns.

 1. Mötet beslutar om ansvarsfrihet för styrelsen.

 1. Arvoden till styrelsen bestäms till 35000kr per år brutto. Beloppet att fördelas inom styrelsen.
"""

def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


def test_points_told_in_sentences_are_all_items() -> None:
    titles = _titles(TOLD)
    assert len(titles) == 6
    assert titles[0].startswith("Ordföranden öppnar mötet")


def test_sentences_among_other_numbers_stay_text() -> None:
    text = TOLD + "\n 2. Arvode till revisorn bestäms till 1500kr per år brutto enligt styrelsens förslag.\n"
    titles = _titles(text)
    assert not any(t.startswith(("Ordföranden öppnar mötet", "Arvoden till styrelsen")) for t in titles)
