"""A general meeting handing a matter to the board, the board named after the noun (planner.extract.items).

"Efter diskussion ger mötet mandat till styrelsen att ge förslag till ny prislista" in a members'
meeting refers the item to the board, as "ger mötet styrelsen mandat" does. Look-alikes: the board's
own minutes, a mandate given to someone else ("mandat till ombuden"), and a mandate the board had.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text

ITEMS = (
    " 1. Till mötesordförande väljs Erik.\n 2. Till justerare väljs Linus\n 3. Lokalen:\n"
    "  Kostnadsläget har ökat. {sentence}\n"
    " 4. Loppisstädning:\n  Mia meddelar Kulturhuset beslutet.\n"
)


def _statuses(title: str, sentence: str) -> list[tuple]:
    text = title + "\n\nNärvarande: Erik W, Anna L\n\n" + ITEMS.format(sentence=sentence)
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date=None))
    assert carry == []
    return [(i.number, i.status, i.target.body) for i in items]


@pytest.mark.parametrize("sentence", [
    "Efter diskussion ger mötet mandat till styrelsen att ge förslag till ny prislista att gälla från och med nästa år.",
    "Mötet gav mandat till styrelsen att besluta om hyran.",
    "Årsmötet ger mandat åt styrelsen att utreda saken vidare.",
    "Stämman gav fullmakt till styrelsen att teckna avtal.",
])
@pytest.mark.parametrize("title", ["Protokoll från medlemsmöte 5 september", "Extra årsmöte 2019-04-27"])
def test_mandate_to_the_board_refers(title: str, sentence: str) -> None:
    assert _statuses(title, sentence) == [
        ("1", ItemStatus.HANDLED, None), ("2", ItemStatus.HANDLED, None),
        ("3", ItemStatus.REFERRED, "styrelsen"), ("4", ItemStatus.HANDLED, None),
    ]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Styrelsemöte 2016-04-17", "Mötet ger mandat till styrelsen att besluta om hyran."),
    ("Protokoll från medlemsmöte 5 september", "Mötet ger mandat till ombuden att besluta på plats."),
    ("Protokoll från medlemsmöte 5 september", "Styrelsen hade mandat att besluta om hyran."),
])
def test_no_referral(title: str, sentence: str) -> None:
    assert all(s is ItemStatus.HANDLED for _, s, _ in _statuses(title, sentence))
