"""Numbered points under a parent that only groups them are the items ("8. Kommande aktiviteter" / "8.1
Styrelseutbildning 14-15/3" / "8.2 Vårens föreläsningsserie"; "3. Meddelanden från talmannen" / "3.1 Valet till
Europaparlamentet"; "7. Övriga och brådskande frågor" / "7.1 ...").

The schema makes sub-points items instead of their parent when the parent merely groups separate matters. A
grouping word followed by whom the matters come from ("Meddelanden från talmannen", "Information från kansliet")
groups as "Meddelanden" alone does. Look-alikes that keep their parent: a matter split in parts ("Information om
budgeten" / "Drift" / "Investeringar"), the election of officers ("Val av mötesfunktionärer" / "Val av ordförande"),
and a parent naming one matter ("Ekonomi").
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_DOC = """Protokoll fört vid styrelsemöte 2015-03-11

1. Mötet öppnas
Ordföranden förklarade mötet öppnat.

2. Föregående mötesprotokoll
Protokollet lades till handlingarna.

3. {parent}

3.1 {first}
Louise informerade om schemat och boendet under helgen.

3.2 {second}
Styrelsen fortsatte samtalet om temat för hösten.

4. Mötet avslutas
Ordföranden tackade och avslutade mötet.
"""


def _numbers(parent: str, first: str, second: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(_DOC.format(parent=parent, first=first, second=second)))
    return [h.number for h in heads]


@pytest.mark.parametrize("parent", [
    "Kommande aktiviteter",
    "Meddelanden från talmannen",
    "Övriga och brådskande frågor",
    "Övrig information",
    "Information från kansliet",
    "Rapporter från arbetsgrupperna",
])
def test_points_under_a_grouping_parent_are_the_items(parent: str) -> None:
    assert _numbers(parent, "Styrelseutbildning 14-15/3", "Vårens föreläsningsserie") == ["1", "2", "3.1", "3.2", "4"]


@pytest.mark.parametrize(("parent", "first", "second"), [
    ("Information om budgeten", "Driftbudget", "Investeringsbudget"),
    ("Val av mötesfunktionärer", "Val av mötesordförande", "Val av mötessekreterare"),
    ("Ekonomi", "Resultatrapport", "Likviditet"),
    ("Aktiviteter för ungdomar i kommunen", "Sommarläger", "Simskola"),
])
def test_a_matter_keeps_its_parent(parent: str, first: str, second: str) -> None:
    assert _numbers(parent, first, second) == ["1", "2", "3", "4"]
