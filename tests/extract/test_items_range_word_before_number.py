"""A number after a range word is the paragraphs a member attended, never an item's number.

A stored transcript runs the front page's attendance into one line: "Kjell Gustafsson (C), t o m 13
Annelill Davidsson (C) ersättare för Kjell Gustafsson, fr.o.m. 14 Eva Johnsson ...". The numbers
after "t o m" / "fr.o.m." (and their spellings "t.o.m.", "fr o m", "tom", "from") count up by one
before capitalised names, but are no items: the page's real item ("4 Val av protokolljusterare
...") is. Look-alikes: the same numbers after other words stay candidates, and words that merely
end in the letters ("Atom", "custom") are no range words.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_TRANSCRIPT = """Protokoll Landstingsstyrelsen 2011-02-01

Transkript

1 1(23) Landstingsstyrelsen Tid Tisdagen den 1 februari 2011 Plats Föreläsningssalen Närvarande \
ledamöter Suzanne Frank (M), ordf. Lena Karlsson (C) Anna Fransson (S) Göran Giselsson (M) Pernilla \
Sjöberg (M) Kjell Gustafsson (C), {before} 13 Annelill Davidsson (C) ersättare för Kjell Gustafsson, \
{after} 14 Eva Johnsson (KD) Yngve Filipsson (FP) Sekreterare Marianne Hammarström

2 2(23) 4 Val av protokolljusterare samt justeringsdatum Att jämte ordföranden justera dagens \
protokoll utsågs Anna Fransson. Justering av protokollet beslutades ske den 3 februari.
"""


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("t o m", "fr.o.m."),
        ("t.o.m.", "fr o m"),
        ("tom", "from"),
        ("T o m", "Fr.o.m"),
        ("t o m §", "fr.o.m. §"),
    ],
)
def test_range_numbers_on_a_transcript_page_are_no_items(before: str, after: str) -> None:
    assert _headings(_TRANSCRIPT.format(before=before, after=after)) == [
        ("4", "Val av protokolljusterare samt justeringsdatum")
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("och", "med"),  # no range word: a run of numbers before capitalised names
        ("Atom", "custom"),  # words that only end in the letters
    ],
)
def test_other_words_before_the_numbers_leave_them(before: str, after: str) -> None:
    assert [n for n, _ in _headings(_TRANSCRIPT.format(before=before, after=after))] == ["13", "14"]
