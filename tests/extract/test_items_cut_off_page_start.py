"""A stored copy cut off in the first word of its next page: that short line is no item.

"3 Sammanträdesprotokoll Sida 3 (24) 25 Ändring av dagordningen Ärendebeskrivning ..." is the last whole
page line, and the copy ends with "4 Samm": the next page's number and its running header cut off, too
short to be read as a page line. It is no item "4 Samm", and the lone paragraph 25 stays the one item.
A short line whose number is not the next page's stays read.
"""

from __future__ import annotations

from planner.extract.items import _drop_page_noise, _numbered_candidates, find_headings
from planner.extract.text import minutes_from_text

_PAGE_1 = ("Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Möller, klockan Beslutande Tony Hansson "
           "(S) ordförande Gabriel Barjosef (S) ledamot Lena Wöhlecke (M) 1:e vice ordförande")
_PAGE_2 = ("Sammanträdesprotokoll Sida 2 (24) Bevis om anslag Protokollet har justerats. Justeringen har "
           "tillkännagivits genom anslag. Underskrift Sabina Lindell")
_PAGE_3 = ("Sammanträdesprotokoll Sida 3 (24) 25 Ändring av dagordningen Ärendebeskrivning Ordföranden föreslår "
           "att ärendet om utbildningskrav utgår från dagordningen. Beslut - beslutar i enlighet med ordförandens "
           "förslag.")


def _copy(last: str) -> str:
    return f"Sammanträdesprotokoll\n\nTranskript\n\n1 {_PAGE_1}\n\n2 {_PAGE_2}\n\n3 {_PAGE_3}\n\n{last}\n"


def _numbers(text: str) -> list[str]:
    doc = minutes_from_text(text)
    return [c.number for c in _drop_page_noise(doc, _numbered_candidates(doc)) if c.weight > 0]


def test_next_pages_cut_start_is_no_item() -> None:
    text = _copy("4 Samm")
    assert "4" not in _numbers(text)
    heads, _ = find_headings(minutes_from_text(text))
    assert [(h.number, h.title) for h in heads] == [("25", "Ändring av dagordningen")]


def test_a_short_line_of_another_number_stays() -> None:
    assert "7" in _numbers(_copy("7 Övrigt"))

