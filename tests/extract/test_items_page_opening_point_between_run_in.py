"""A stored copy whose points run in on its page lines ("... 1. Godkännande av föredragningslista. Föreliggande
förslag ... godkändes. 2. Val av justerare. Till justerare valdes Ove Viktorsson. 1"), where the next page line
opens with its page number and a point ("2 3. Meddelanden. Monica informerade ... 4. Information från ..."):
the point opening the page, written like the rest, is the one missing between its run-in neighbours.

Look-alikes: a numbered line that does not fit between them ("2 1. Viljan att ...", a list inside an item) stays
out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'GÖTA ÄLVS VATTENVÅRDSFÖRBUND\n\nDownload "GÖTA ÄLVS VATTENVÅRDSFÖRBUND"\n\nTranskript\n\n'
PAGE_1 = ("1 GÖTA ÄLVS VATTENVÅRDSFÖRBUND PROTOKOLL fört vid sammanträde med styrelsen Tid: Fredagen den 8 mars 2013, "
          "kl. 13:00 Plats: Gårdavägen 2 i Göteborg Närvarande: Cecilia Dalman Eek, ordf. Evalotta Stolt, v. ordf. "
          "1. Godkännande av föredragningslista. Föreliggande förslag till föredragningslista godkändes. "
          "2. Val av justerare. Till justerare valdes Ove Viktorsson. 1\n\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_point_opening_page_fills_gap() -> None:
    page_2 = ("2 3. Meddelanden. Monica informerade om att en webbkamera är beställd till Garn-stationen. "
              "Upphandlingen av kontrollprogrammet är nu klar. 4. Information från vattenvårdsförbundet. "
              "Sekreteraren informerade om arbetet.\n")
    assert _numbers(COPY + PAGE_1 + page_2) == ["1", "2", "3", "4"]


@pytest.mark.parametrize("page_2", [
    ("2 1. Viljan att samverka ska stärkas enligt förslaget. Upphandlingen är nu klar. "
     "4. Information från vattenvårdsförbundet. Sekreteraren informerade om arbetet.\n"),
])
def test_number_out_of_place_stays_out(page_2: str) -> None:
    assert _numbers(COPY + PAGE_1 + page_2) == ["1", "2", "4"]
