"""A one-word formality run in after the paragraph before it, its number lost in copying.

"239 Val av protokolljusterare samt justeringsdatum ... beslutades ske den 17 december
Föredragningslista Föredragningslista, daterad , godkändes. 241 Landstingsdirektörens rapport ...":
paragraph 240 kept its title and lost its number. Where exactly one number is missing between two
headings, a one-word formality ('Föredragningslista', 'Dagordning', 'Protokollsjustering') after a
lower-case word, a digit or a stop and before a capital is that paragraph, unnumbered. Look-alikes:
no gap, a gap of two, and the word in lower case inside a sentence add nothing.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = (
    "Landstingsstyrelsen\n\nTranskript\n\n1 PROTOKOLL 1(18) Landstingets kansli LS 9/2012 Landstingsstyrelsen Tid "
    "Tisdagen den 11 december, kl Plats Närvarande ledamöter Oden, Växjö Suzanne Frank (M), ordförande Lena "
    "Karlsson (C), första vice ordf.\n\n"
)


def _page(first: int, formality: str, second: int) -> str:
    return (
        f"2 2(18) Ordförande Suzanne Frank inledde mötet med att tacka ekonomidirektören. {first} Val av protokolljusterare samt justeringsdatum Att jämte ordföranden justera dagens "
        f"protokoll utsågs Anna Fransson. Justering av protokollet beslutades ske den 17 december {formality}"
        f" godkändes. {second} Landstingsdirektörens rapport att notera informationen till protokollet. "
        "Direktören inledde med att presentera den nya ekonomidirektören.\n"
    )


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_HEAD + text))
    return [(h.number, h.title[:20]) for h in heads]


@pytest.mark.parametrize(
    ("formality", "title"),
    [
        ("Föredragningslista Föredragningslista, daterad ,", "Föredragningslista"),
        ("Dagordning Dagordningen", "Dagordning"),
        ("Protokollsjustering Protokollet", "Protokollsjustering"),
    ],
)
def test_formality_fills_a_gap_of_one(formality: str, title: str) -> None:
    assert _heads(_page(239, formality, 241)) == [
        ("239", "Val av protokolljust"),
        (None, title),
        ("241", "Landstingsdirektören"),
    ]


@pytest.mark.parametrize(
    ("first", "formality", "second"),
    [
        (239, "Föredragningslista Föredragningslista, daterad ,", 240),  # no gap
        (239, "Föredragningslista Föredragningslista, daterad ,", 242),  # a gap of two
        (239, "och föredragningslista Föredragningslistan", 241),  # lower case, inside a sentence
    ],
    ids=["no-gap", "gap-of-two", "lower-case"],
)
def test_no_formality_heading(first: int, formality: str, second: int) -> None:
    assert [number for number, _ in _heads(_page(first, formality, second))] == [str(first), str(second)]
