"""Lines set in under a less indented line hang under it as bullets under their head ("- Extra Stormöte!"
over its sub-points), and the head tells what they are (a meeting). A long paragraph of prose above lines
that a copy sets in by one blank is no such head: its words ("efter mötet") do not make "20 april kördag
i Mariasalen" a meeting of the body.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import EventKind, Meeting
from planner.extract.text import minutes_from_text

_PROSE = ("En arbetsgrupp bildades 22/1 bestående av Martin, Lars, Elisabeth och Olle (Olle tillfrågades efter "
          "mötet och tackade ja) för att hitta en ny dirigent. Elisabeth och Annika har en klasskompis som är "
          "försiktigt intresserad. Martin har pratat med Kia på Körförbundet.\n")


def kinds(text: str) -> list[tuple[str, EventKind]]:
    events, _, _ = extract_events(minutes_from_text(text), Meeting(body=None, date="2024-02-07"), [], [])
    return [(e.date, e.kind) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protokoll\n\n§ 1\nAktiviteter\n" + _PROSE + " 20 april kördag i Mariasalen med egen träning.\n"
         " 30 april, valborg på Älvsjö Gamla IP (Håkan och Martin)\n",
         [("2024-04-20", EventKind.OTHER), ("2024-04-30", EventKind.OTHER)]),
        # look-alike: a short head of bullets that names a meeting still makes them meetings
        ("Protokoll\n\n§ 1\nAktiviteter\n- Extra styrelsemöte\n   - 20 april\n", [("2024-04-20", EventKind.MEETING)]),
    ],
)
def test_prose_paragraph_is_no_parent(text: str, expected: list[tuple[str, EventKind]]) -> None:
    assert kinds(text) == expected
