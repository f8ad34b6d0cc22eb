"""A web page's title naming the minutes and their date ("Direktionens protokoll 6 februari 2024") is no item.

Near the top of the text (within its first three lines) a line with a date written out and a word
ending in "protokoll" (as one ending in "möte" or "sammanträde" already did) is the document's
title. Look-alike: an item about an earlier meeting's minutes further down ("Föregående protokoll
12 januari 2024" over its text) stays.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

ITEMS = ("Val av justerare\n\nAgneta Sörensson (M) utses att justera dagens protokoll som justeras fredag.\n\n"
         "Sammanträdesdatum 2024\n\nFöreligger nytt förslag från beredningen om sammanträdesdatum under 2024.\n\n")


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize("title", ["Direktionens protokoll 6 februari 2024", "Styrelseprotokoll 12 mars 2019"])
def test_protocol_title_is_no_item(title: str) -> None:
    text = f"Gå till innehåll\n\n{title}\n\nProtokoll från sammanträdet den 6 februari 2024 i Klippan.\n\n" + ITEMS
    assert _titles(text) == ["Val av justerare", "Sammanträdesdatum 2024"]


def test_earlier_minutes_item_stays() -> None:
    text = ("Gå till innehåll\n\nProtokoll från sammanträdet den 6 februari 2024 i Klippan.\n\n" + ITEMS
            + "Föregående protokoll 12 januari 2024\n\nProtokollet godkändes och lades till handlingarna.\n\n")
    assert _titles(text)[-1] == "Föregående protokoll 12 januari 2024"
