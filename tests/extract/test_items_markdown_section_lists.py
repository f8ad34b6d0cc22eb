"""Markdown minutes: the list under the agenda heading holds the items, not the lists of later sections.

"## Dagordning" / "1. Genomför sprint 3 review enl mall" / "2. Gå igenom detta möte ..." / "3. Gå igenom
resultat av användbarhetsanalys", then "## Sprintmål" / "1. Produkt" / "2. Testning 1-2 st" / "3. Analys x1" /
"4. Granskning x2" / "5. Dokumentation (alla)": the second list is that section's content, its 3, 4 and 5
no continuation of the agenda. Minutes without an agenda heading, or whose later list is under the agenda
heading again, read as before.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "# Sprint 4 Planering\n\n## Närvarande\n* Milo Bengtsson (protokoll)\n* Hanna Fellwing\n\n"
_AGENDA = ("1. Genomför sprint 3 review enl mall\n2. Gå igenom detta möte i enlighet med nedanstående punkter\n"
           "3. Gå igenom resultat av användbarhetsanalys\n\n## Product backlog\nTill deadline ska slutinlämning "
           "av projektet ske.\n\n")
_GOALS = "1. Produkt\n2. Testning 1-2 st\n3. Analys x1\n4. Granskning x2\n5. Dokumentation (alla)\n\n"
_TAIL = "## Att ta hänsyn till\n* Victor kommer ha hund!\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_later_sections_list_is_no_continuation() -> None:
    text = _HEAD + "## Dagordning\n" + _AGENDA + "## Sprintmål\n" + _GOALS + _TAIL
    assert _numbers(text) == ["1", "2", "3"]


def test_without_an_agenda_heading_the_lists_read_as_before() -> None:
    text = _HEAD + "## Punkter\n" + _AGENDA + "## Sprintmål\n" + _GOALS + _TAIL
    assert _numbers(text) == _numbers(text.replace("## Sprintmål\n", "## Mål\n"))
    assert "5" in _numbers(text)
