"""A web page's numbered list that starts again at 1 after its last item (" 6. Övriga frågor", its bullets,
then " 1. Nästa möte" / " 1. Mötet avslutas"): the entries after the break are items, numbered as written.

Look-alikes: a list nested deeper than the items (proposals, questions), a list under a line that leads into it
("... beslutar:"), entries written as sentences, and the agenda's titles read again under it stay out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


HEAD = ("Protokoll från styrelsemöte\n\nNärvarande: Anna Berg, Bo Ek och Cecilia Dahl\n\n"
        " 1. Mötets öppnande\n 2. Val av justerare\n  – Bo Ek valdes.\n 3. Ekonomi\n  – Ekonomin är god.\n"
        " 4. Övriga frågor\n  • Sommarfesten 27/8.\n  • Hemsidan, någonting nytt?\n   – Inget nytt.\n")
FIRST = [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi"), ("4", "Övriga frågor")]


@pytest.mark.parametrize(("tail", "expected"), [
    (" 1. Nästa möte\n  – Nästa möte blir den 4/10 kl 18:00.\n 1. Mötet avslutas\n",
     [("1", "Nästa möte"), ("1", "Mötet avslutas")]),
    (" 1. När skall nästa möte hållas?\n  – Den 4/10.\n",
     [("1", "När skall nästa möte hållas?")]),
    (" 1. Lägesrapport landsbygdsutveckling\n  Anna deltog den 23 november i en utvärdering.\n",
     [("1", "Lägesrapport landsbygdsutveckling")]),
    (" 1. Kommande aktiviteter\n  Vi planerar en städdag.\n 2. Mötets avslutande\n",
     [("1", "Kommande aktiviteter"), ("2", "Mötets avslutande")]),
    (" 1. Mötets avslutande\n\nVid pennan\nBo Ek\n",
     [("1", "Mötets avslutande")]),
    # not items: a nested list, a led-in list, sentences, the agenda read again
    ("  1. Styrelsen godkänner avsägelsen.\n  2. Styrelsen begär ny sammanräkning.\n", []),
    ("Styrelsen beslutar:\n 1. Att Anna kallar till möte\n 2. Att Bo skriver inbjudan\n", []),
    (" 1. Ordföranden tackade alla för visat intresse. Mötet avslutades kl 20.\n", []),
    (" 1. Mötets öppnande\n  Anna öppnade mötet.\n 2. Val av justerare\n  Bo valdes.\n", []),
])
def test_items_after_the_list_starts_again(tail: str, expected: list[tuple[str | None, str]]) -> None:
    assert _items(HEAD + tail) == FIRST + expected
