"""Lettered matters under a grouping heading, run in on a long line: "25. Övriga frågor a) Ny ledamot
b) Inbjudan c) Sommarlovsaktiviteter d) Gruppchatt e) Rådets aktiviteter 26. Nästa sammanträde".

"Övriga frågor" only groups separate matters, so its lettered points are the items, each numbered
by its letter, as on lines of their own. Look-alikes: letters under an ordinary heading ("5.
Budget a) Drift b) Investeringar") are that item's parts, and one letter alone is no list.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Ungdomsrådet 2019-04-10 Ärendelista 21. Rådets struktur och kommunens organisation 22. Beslut som fattas om "
         "barn och unga utan föregående dialog 23. Safe Space Malmö 24. Lupp 2018 ")
_TAIL = (" 26. Nästa sammanträde Nästa sammanträde hålls i maj i kommunhuset och alla ledamöter är välkomna att "
         "delta. Ordföranden tackade för visat intresse och förklarade mötet avslutat. Vid protokollet Anna Berg, "
         "justeras Bo Ek.\n")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_lettered_matters_under_a_grouping_heading() -> None:
    text = _HEAD + "25. Övriga frågor a) Ny ledamot b) Inbjudan c) Sommarlovsaktiviteter d) Gruppchatt" + _TAIL
    assert _headings(text)[4:] == [("a", "Ny ledamot"), ("b", "Inbjudan"), ("c", "Sommarlovsaktiviteter"),
                                   ("d", "Gruppchatt"), ("26", "Nästa sammanträde")]


def test_letters_under_an_ordinary_heading_stay_its_parts() -> None:
    text = _HEAD + "25. Budget a) Drift b) Investeringar" + _TAIL
    assert [n for n, _ in _headings(text)] == ["21", "22", "23", "24", "25", "26"]


def test_one_letter_is_no_list() -> None:
    text = _HEAD + "25. Övriga frågor a) Ny ledamot" + _TAIL
    assert [n for n, _ in _headings(text)] == ["21", "22", "23", "24", "25", "26"]
