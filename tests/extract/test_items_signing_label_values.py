"""The value under a header label for the signing ("Justeringens plats:" / "Fredag den 9 februari 2024 -
Digital justering", "Justeringens tid:" / "Måndag 12 februari kl 10") is no heading.

A web page sets out the front page's labels and values as paragraphs; a value stands alone over the
next label like a heading over its text. Look-alike: an item about the signing further down
("Justering av protokollet" over its text) stays.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll från direktionens sammanträde den 6 februari 2024.\n\n"
ITEMS = ("Val av justerare\n\nAgneta Sörensson (M) utses att justera dagens protokoll som justeras fredag.\n\n"
         "Sammanträdesdatum 2024\n\nFöreligger nytt förslag från beredningen om sammanträdesdatum under 2024.\n\n")


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize(("label", "value"), [
    ("Justeringens plats:", "Fredag den 9 februari 2024 - Digital justering"),
    ("Justeringens tid:", "Måndag 12 februari kl 10 på förbundets kansli"),
])
def test_signing_label_value_is_no_heading(label: str, value: str) -> None:
    text = (HEAD + f"Utses att justera:\n\nAgneta Sörensson (M)\n\n{label}\n\n{value}\n\n"
            "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på förbundets hemsida.\n\n" + ITEMS)
    assert _titles(text) == ["Val av justerare", "Sammanträdesdatum 2024"]


def test_signing_item_stays() -> None:
    text = HEAD + ITEMS + "Justering av protokollet\n\nProtokollet justeras digitalt fredag den 9 februari 2024.\n\n"
    assert _titles(text)[-1] == "Justering av protokollet"
