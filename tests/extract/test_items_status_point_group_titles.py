"""Under an item that groups points of one kind, a matter said to come back is one point's topic, announced.

"5§ Beslutspunkter" with "• Styrelseberättelse." and "• Inkomna motioner eller förslag från medlemmar." under it,
then "Adam får i uppdrag att ... återkomma till styrelsen med förslag till åtgärd" (894): the heading only says
what kind of points follow (decisions, information, discussion, current matters); the sentence carries the
snow-clearing question (announced) and the item is handled, as under "Övriga frågor" or "Rapporter". Look-alikes:
a title naming one matter ("Beslut om snöröjning", "Aktuella frågor för regional utveckling" is kept whole, and
"Information om budgeten") still returns when the text says the matter comes back.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import status_and_carry

_MINUTES = """Protokoll styrelsemöte 2010-07-22

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Mötets öppnande

Ordföranden öppnade mötet.

2. {title}

Styrelseberättelsen gicks igenom och godkändes. Det har kommit klagomål på snöröjningen. {text}

3. Mötets avslutande

Ordföranden avslutade mötet.
"""


def _read(title: str, text: str) -> tuple[str, list[tuple[str, str | None]]]:
    return status_and_carry(_MINUTES.format(title=title, text=text), "2")


_BACK = "Adam får i uppdrag att ta reda på andra möjligheter och att därefter återkomma till styrelsen med förslag."
_NEXT = "Frågan tas upp igen på nästa möte."


@pytest.mark.parametrize(("title", "text", "when"), [
    ("Beslutspunkter", _BACK, None),
    ("Beslutsärenden", _NEXT, "next"),
    ("Informationsärenden", _NEXT, "next"),
    ("Övriga informationsärenden", _BACK, None),
    ("Diskussionsfrågor", _NEXT, "next"),
    ("Aktuella frågor", _NEXT, "next"),
    ("Pågående ärenden:", _BACK, None),
])
def test_point_group_announces_the_topic(title: str, text: str, when: str | None) -> None:
    assert _read(title, text) == ("handled", [("announced", when)])


@pytest.mark.parametrize(("title", "text", "when"), [
    ("Beslut om snöröjning", _BACK, None),
    ("Aktuella frågor för regional utveckling", _NEXT, "next"),
    ("Information om budgeten", _NEXT, "next"),
    ("Snöröjning", _NEXT, "next"),
])
def test_one_matter_still_returns(title: str, text: str, when: str | None) -> None:
    assert _read(title, text) == ("returns", [("returns", when)])


@pytest.mark.parametrize("title", ["Beslutspunkter", "Informationsärenden"])
def test_nothing_to_come_back_carries_nothing(title: str) -> None:
    assert _read(title, "Adam kontaktar entreprenören.") == ("handled", [])
