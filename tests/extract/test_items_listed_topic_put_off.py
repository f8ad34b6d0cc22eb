"""A point of a bullet list that puts off a topic of its own: the item is handled, the topic carried.

Under "3. Gå igenom resultat av användbarhetsanalys", among the to-do points: "* Skjuter upp diskussion om
Kompetenser vs Avdelning till ett senare skede, eftersom det inte är en prioritering." The results were gone
through; that one topic is put off and goes on a later agenda. A point that puts off the item's own matter
("Skjuter upp användbarhetsanalysen"), or "frågan", or a sentence outside a list, puts off the item.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text

_POINTS = ("* När användaren är inne på någon sida ska den aktiva sidan markeras i sidomenyn\n"
           "* Ikonen \"i\" är tvetydlig.\n* Länkar bör stylas\n")


def _read(text: str) -> tuple[ItemStatus, list[str | None]]:
    minutes = ("Protokoll 2016-04-12\n\n1. Genomför sprint 3 review enl mall\n\nReview genomfördes.\n\n"
               "2. Gå igenom resultat av användbarhetsanalys\n\nVi gick igenom resultaten.\n\n"
               f"{text}\n\n3. Övrigt\n\nInget övrigt.\n")
    items, carry, _ = extract_items(minutes_from_text(minutes), Meeting(date="2016-04-12"))
    return items[1].status, [c.from_item for c in carry]


@pytest.mark.parametrize("point", [
    "* Skjuter upp diskussion om Kompetenser vs Avdelning till ett senare skede, eftersom det inte är en prioritering.",
    "* Bordlägger frågan om färgsättning i kalendern till nästa sprint.",
])
def test_listed_topic_put_off_leaves_the_item_handled(point: str) -> None:
    status, carry = _read(_POINTS + point)
    assert status is ItemStatus.HANDLED
    assert "2" in carry


@pytest.mark.parametrize("text", [
    # the item's own matter
    _POINTS + "* Skjuter upp genomgången av användbarhetsanalysen till nästa möte.",
    # "frågan": the item itself
    _POINTS + "* Skjuter upp frågan till ett senare skede.",
    # not in a list of points
    "Skjuter upp diskussion om Kompetenser vs Avdelning till ett senare skede.",
])
def test_the_item_itself_put_off(text: str) -> None:
    status, _ = _read(text)
    assert status is ItemStatus.POSTPONED
