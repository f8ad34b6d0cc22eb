""""i centrum" after a verb of standing or setting ("musikalen kommer att stå i centrum", "barnen sätts i
centrum") is an idiom, not the place of the dated thing: the place named before the date stands. A
"centrum" or "hemmet" where something is held stays a place.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelseprotokoll 2011-09-05\n\n§ 1 Mötet öppnades.\n\n§ 2 "


def venues(line: str) -> list[str | None]:
    return [e.venue for e in extract_text(minutes_from_text(HEAD + line + "\n")).events]


@pytest.mark.parametrize(("line", "want"), [
    ('Körläger på Sunnerbogården den 29-30 oktober då musikalen "Ängel utan vingar" kommer att stå i centrum.',
     ["Sunnerbogården"]),
    ("Familjedag på Hembygdsgården den 8 oktober där barnen sätts i centrum.", ["Hembygdsgården"]),
    ("Temadag i Församlingshemmet den 12 november då frågan om äldres hälsa ställs i centrum.", ["Församlingshemmet"]),
    ("Seminarium på Biblioteket den 20 oktober där klimatet hamnar i centrum.", ["Biblioteket"]),
    ("Konsert i Domkyrkan den 15 oktober där körsången står i centrum.", ["Domkyrkan"]),
])
def test_idiom_is_no_place(line: str, want: list[str | None]) -> None:
    assert venues(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Julmarknad den 3 december i centrum.", ["centrum"]),
    ("Föreläsning den 3 december i församlingshemmet.", ["församlingshemmet"]),
    ("Medlemsmöte den 3 december på kansliet, där alla är välkomna.", ["kansliet"]),
])
def test_place_nouns_stay(line: str, want: list[str | None]) -> None:
    assert venues(line) == want
