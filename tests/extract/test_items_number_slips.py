"""A stray accent typed between an item's number and its title ("§ 4.´Styrelsen avslutade ...",
"3 `Val av justerare"): the title starts after it.

Look-alikes: a line that starts with an accent-quoted word and no number is no item.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte onsdagen den 14/8 2013 kl. 21.30.\n\n"


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + "§ 1 Öppnande\nOrdföranden öppnade.\n\n§ 2. Justerare\nAnna valdes.\n\n"
     "§ 3 Konstituering\nStyrelsen konstituerade sig.\n\n§ 4.´Mötets avslutande\nOrdföranden tackade.\n",
     [("1", "Öppnande"), ("2", "Justerare"), ("3", "Konstituering"), ("4", "Mötets avslutande")]),
    (HEAD + "1. Öppnande\nOrdföranden öppnade.\n\n2. `Val av justerare\nAnna valdes.\n\n"
     "3. Ekonomi\nKassören rapporterade.\n",
     [("1", "Öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi")]),
])
def test_stray_accent_after_the_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _heads(text) == expected


def test_accent_quoted_line_without_number_is_no_item() -> None:
    text = HEAD + "1. Öppnande\nOrdföranden öppnade.\n´Kassan´ redovisades.\n\n2. Ekonomi\nKassören rapporterade.\n"
    assert _heads(text) == [("1", "Öppnande"), ("2", "Ekonomi")]
