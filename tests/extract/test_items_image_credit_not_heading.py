"""A web page's picture credit is no item heading.

A board's news page about a meeting keeps the credit under its picture ("Bild av sentavio från
Freepik", "Foto: Anna Berg") as a short line standing alone before the text, where it was read
as the first standalone heading. Look-alikes: headings that only start with the letters
("Bildningsförbundets ansökan") or speak of a picture as their matter ("Bildspel från
studieresan" is kept, as is "Fotbollsplanen").
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_DOC = """Styrelsesammanträdet 2022-09-21

{line}

Förbundet hade ett styrelsesammanträde den 21 september. Här kan du läsa en kort summering om besluten.

Styrelsen gav följande beslut

Styrelsen beslutade att skriva en viljeinriktning om att delta i kommande socialfondsprojekt.

Styrelsen gav följande uppdrag

Se över insatskatalogen och arbetsgruppen inför kommande verksamhetsplanering av 2023.
"""


def _titles(line: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(_DOC.format(line=line)))
    return [h.title for h in heads]


@pytest.mark.parametrize(
    "line",
    [
        "Bild av sentavio från Freepik",
        "Foto: Anna Berg",
        "Bild: Mostphotos",
        "Fotograf Per Ek",
        "Photo by Ann Lee",
    ],
)
def test_picture_credit_is_no_heading(line: str) -> None:
    assert _titles(line) == ["Styrelsen gav följande beslut", "Styrelsen gav följande uppdrag"]


@pytest.mark.parametrize(
    "line", ["Bildningsförbundets ansökan", "Fotbollsplanen", "Bildspel från studieresan"]
)
def test_other_headings_are_kept(line: str) -> None:
    assert _titles(line)[0] == line
