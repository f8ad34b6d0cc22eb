"""A paragraph that opens its line with the number the run-in items lack, written with the same stop.

A copy that lost most of its line breaks runs "132. Mötets öppnande ... 133. ... 136. Styrelsens
sammansättning ..." together on one line and keeps a break before "137. Rapporter Redovisning av ...":
both are written "N.", so the paragraph numbered right after the last run-in item is the next item. A
paragraph with a number that does not follow on stays out.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_LINE = ("PROTOKOLL STYRELSEMÖTE 4 DECEMBER 2016 Närvarande: Lotta Persson (LP) vice ordf., Linnea Bergman (LB) "
         "Ej närvarade: 132. Mötets öppnande Vice ordförande LP öppnar mötet. 133. Godkännande av dagordningen "
         "Dagordningen godkändes. 134. Val av justerare LB valdes till justerare. 135. Föregående protokoll "
         "Protokoll från oktober godkändes bortsett från småjusteringar som korrigeras. 136. Styrelsens "
         "sammansättning fram till årsmötet Tidigare ordförande har avsagt sig ordförandeskapet och styrelsen "
         "beslutar att fortsätta arbetet fram till årsmötet.")
_NEXT = ("Rapporter Redovisning av delegationsbeslut o Inga delegationsbeslut Administration o Inget speciellt att "
         "rapportera. Ekonomi o Resultatet efter november är ej klart men vi går mot minusresultat som tidigare "
         "rapporterat. " * 3)


def _numbers(number: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(f"{_LINE}\n{number}. {_NEXT}\n"))
    return [h.number for h in heads]


def test_next_number_opening_a_line_goes_on() -> None:
    assert _numbers("137") == ["132", "133", "134", "135", "136", "137"]


def test_a_number_not_following_on_stays_out() -> None:
    assert _numbers("12") == ["132", "133", "134", "135", "136"]
