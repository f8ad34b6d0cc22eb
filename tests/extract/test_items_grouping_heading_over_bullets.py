"""A grouping heading ("Övrigt") over a bullet list is the last item, after other headings.

A short web summary of a meeting ends with "Övrigt" and its points as bullets ("• Styrelsen
ställer in nästa styrelsesammanträde 19 oktober."). A standalone line over bullets usually leads
into them and is no heading; one that groups separate matters (words.GROUPING_TITLES) is, once
two headings are taken. Look-alikes: an ordinary line over bullets, and "Övrigt" over bullets
as the first heading of a text.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEADINGS = """Styrelsesammanträdet 2022-09-21

Förbundet hade ett styrelsesammanträde den 21 september. Här kan du läsa en kort summering om besluten.

Styrelsen gav följande beslut

Styrelsen beslutade att skriva en viljeinriktning om att delta i kommande socialfondsprojekt.

Styrelsen gav följande uppdrag

Se över insatskatalogen och arbetsgruppen inför kommande verksamhetsplanering av 2023.

"""

_BULLETS = """{line}

  • Styrelsen ställer in nästa styrelsesammanträde 19 oktober.
  • Förbundet planerar för en gemensam årsavslutning 13 december.
"""


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize("line", ["Övrigt", "Övriga frågor", "Meddelanden", "Rapporter"])
def test_grouping_heading_over_bullets_is_an_item(line: str) -> None:
    assert _titles(_HEADINGS + _BULLETS.format(line=line))[-1] == line


@pytest.mark.parametrize("line", ["Styrelsen vill påminna om följande", "Kommande datum"])
def test_other_lines_over_bullets_are_not(line: str) -> None:
    assert _titles(_HEADINGS + _BULLETS.format(line=line)) == [
        "Styrelsen gav följande beslut",
        "Styrelsen gav följande uppdrag",
    ]


def test_grouping_heading_first_is_not_taken_over_bullets() -> None:
    text = "Styrelsesammanträdet 2022-09-21\n\n" + _BULLETS.format(line="Övrigt")
    assert "Övrigt" not in _titles(text)
