"""A stored copy's page line whose printed page number is also the number of an item run in further on the same
line ("1 1 SVINNINGE TOMTÄGAREFÖRENING Protokoll fört vid ordinarie föreningsstämma ... Åkersberga 1 Stämmans
öppnande Ordförande ... 2 Val av mötesordförande ..."): only the number the page line opens with is the page's;
the "1" further on is the first item.

Look-alikes: the page numbers themselves ("1 ...", "2 ...", each page line's opening number counting on) stay out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'SVINNINGE TOMTÄGAREFÖRENING\n\nDownload "SVINNINGE TOMTÄGAREFÖRENING"\n\nTranskript\n\n'
PAGE_1 = ("1 1 SVINNINGE TOMTÄGAREFÖRENING Protokoll fört vid ordinarie föreningsstämma med Svinninge "
          "Tomtägareförening på Skåvsjöholms Konferensgård, Åkersberga 1 Stämmans öppnande Ordförande i Svinninge "
          "Tomtägareförening Susanne Bjelke förklarade föreningsstämman öppnad. 2 Val av mötesordförande och "
          "mötessekreterare Stämman valde Curt Hellqvist till mötesordförande. 3 Val av två justeringsmän och "
          "rösträknare Stämman valde Gösta Sköld och Paul Höglander till justeringsmän.\n\n")
PAGE_2 = ("2 2 4 Fastställande av resultat- och balansräkning Kassören förklarade att man tillsammans med revisorerna "
          "gått igenom bokföringen. 5 Ansvarsfrihet för styrelsen Stämmans beviljade styrelsen ansvarsfrihet.\n")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_first_item_after_page_number_is_kept() -> None:
    heads = _headings(COPY + PAGE_1 + PAGE_2)
    assert [n for n, _ in heads] == ["1", "2", "3", "4", "5"]
    assert heads[0] == ("1", "Stämmans öppnande")


@pytest.mark.parametrize("page_1", [
    ("1 1 Protokoll fört vid styrelsemöte Närvarande: Anna Berg, Per Holm och Lisa Ek. "
     "2 Mötets öppnande Ordföranden öppnade mötet. 3 Val av justerare Lisa Ek valdes att justera.\n\n"),
])
def test_printed_page_numbers_stay_out(page_1: str) -> None:
    page_2 = "2 2 4 Ekonomi Kassören redovisade läget. 5 Övriga frågor Inga övriga frågor togs upp.\n"
    heads = _headings(COPY + page_1 + page_2)
    assert [n for n, _ in heads] == ["2", "3", "4", "5"]
