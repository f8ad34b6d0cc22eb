"""Item rules learned from municipal minutes (round 8, items helper).

A copy cut off after its first pages, each page one long line, keeps the meeting's paragraphs only in the table
of contents, each entry coded by the body's letters before its number ("INNEHÅLLSFÖRTECKNING KF 107 Besked om
... KF 108 Presentation ..."). Look-alikes: codes without a contents label before them, or entries whose numbers
do not count up, stay out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = ("KOMMUN PROTOKOLL Sammanträde den 5 september 2011 i Rådhussalen. Fullmäktige består av 51 ledamöter "
          "jämte ersättare enligt den på nästföljande sida återgivna förteckningen. Justering Fullmäktige utser "
          "Anna Berg och Eva Holm att jämte ordföranden justera protokollet på kommunkansliet. Sammanträdet pågår "
          "kl 17.00 19.00. Vid protokollet Justerat\n")
_PAGE = "KOMMUN PROTOKOLL {code} 6 194 {label} "
_ENTRIES = ("{code} {n0} Besked om fyllnadsval i fullmäktige (efter Camilla Andersson, S) {code} {n1} Presentation "
            "av samhällsbyggnadschef Peter Persson {code} {n2} Räddningschefen informerar om kommunens "
            "krisledningsplan {code} {n3} Motion att få fler att cykla {code} {n4} Motion om bidrag för vård av "
            "anhörig {code} {n5} Motion om minskat svinn av livsmedel i kommunens kök {code} {n6} Taxor och avgifter "
            "2012 för turistverksamheten {code} {n7} Avgifter för hamnen\n")


def _text(code: str, first: int, label: str = "INNEHÅLLSFÖRTECKNING", step: int = 1) -> str:
    numbers = {f"n{k}": first + k * step for k in range(8)}
    return _FRONT + _PAGE.format(code=code, label=label) + _ENTRIES.format(code=code, **numbers)


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("text", "numbers"), [
    (_text("KF", 107), ["107", "108", "109", "110", "111", "112", "113", "114"]),
    (_text("KS", 115), ["115", "116", "117", "118", "119", "120", "121", "122"]),
    (_text("AU", 43, label="Innehållsförteckning"), ["43", "44", "45", "46", "47", "48", "49", "50"]),
    (_text("SN", 139, label="Ärendeförteckning:"), ["139", "140", "141", "142", "143", "144", "145", "146"]),
    (_text("BUN", 21, label="Register"), ["21", "22", "23", "24", "25", "26", "27", "28"]),
])
def test_coded_contents_on_a_long_line(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize("text", [
    # no contents label before the codes: a page's running text, not a list of the paragraphs
    _text("KF", 107, label="Beslut fattades"),
    # the numbers count down: not a list of the meeting's paragraphs
    _text("KF", 150, step=-5),
])
def test_coded_look_alikes_stay_out(text: str) -> None:
    assert not [n for n in _numbers(text) if n and n.isdecimal() and int(n) >= 100]
