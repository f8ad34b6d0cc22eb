"""A meeting portal's page that kept one numbered heading ("•   1" / "Justering") and whose other bullets are
the text's paragraphs, no other bullet list to read: that one heading is the item.

Look-alikes: two number bullets or more are a list of their own, and a page of prose bullets without a
number bullet has no numbered item.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

BODY = (" • Förslag till föredragningslista har upprättats. \n\n"
        "  Information från Digitala Västerbotten 2023-12-05. \n  Deltog från Patientnämnden gjorde:\n"
        "  Gunnar Viklund\n  Hanna Lundin Jernberg\n\n  Bilagor\n")


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_lone_number_bullet_is_the_item() -> None:
    assert _heads("•   1\n\n  Justering\n\n" + BODY) == [("1", "Justering")]


def test_prose_bullets_without_number_give_no_numbered_item() -> None:
    assert all(n is None for n, _ in _heads("  Justering\n\n" + BODY))
