"""Paragraph numbers of three digits run in with their stop, numbered on over a year's meetings.

"... Ej närvarade: 132. Mötets öppnande Vice ordförande LP öppnar mötet. 133. Godkännande av dagordningen
Dagordningen godkändes. 134. Val av justerare LB valdes till justerare. ...": a copy that lost its line
breaks. Three such numbers or more counting up by one make the items; a sum or a count with a stop after it
(" ".join(["Styrelsen diskuterade läget i föreningen."] * 6) + " Kostnaden blev 250. Styrelsen ...") makes no run, nor do two numbers alone.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_OPEN = ("PROTOKOLL STYRELSEMÖTE 4 DECEMBER 2016 Närvarande: Lotta Persson (LP) vice ordf., Johanna Sandelin (JS) "
         "kassör, Linnea Bergman (LB) Ej närvarade: ")
_ITEMS = ("132. Mötets öppnande Vice ordförande LP öppnar mötet. 133. Godkännande av dagordningen Dagordningen "
          "godkändes. 134. Val av justerare LB valdes till justerare. 135. Föregående protokoll Protokoll från "
          "oktober godkändes bortsett från småjusteringar som korrigeras innan protokollet läggs ut på hemsidan.")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text + "\n"))
    return [h.number for h in heads]


def test_three_digit_paragraphs_run_in() -> None:
    heads, _ = find_headings(minutes_from_text(_OPEN + _ITEMS + "\n"))
    assert [(h.number, h.title) for h in heads][:2] == [("132", "Mötets öppnande"), ("133", "Godkännande av dagordningen")]
    assert [h.number for h in heads] == ["132", "133", "134", "135"]


def test_sums_and_two_numbers_make_no_run() -> None:
    assert not {"250", "300", "301"} & set(_numbers(
        _OPEN + "Kostnaden blev 250. Styrelsen beslutar att betala. Hyran är 300. Nästa år höjs den. "
        "Medlemmarna är 301. Alla får kallelse. " + " ".join(["Styrelsen diskuterade läget i föreningen."] * 6)))
    assert not {"132", "133"} & set(_numbers(
        _OPEN + "132. Mötets öppnande Vice ordförande LP öppnar mötet. 133. Godkännande av dagordningen "
        "Dagordningen godkändes. " + " ".join(["Styrelsen diskuterade läget i föreningen."] * 6)))
