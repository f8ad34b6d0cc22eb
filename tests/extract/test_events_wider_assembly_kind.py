"""A wider organisation's assembly named in the minutes of a local body is a gathering, kind "other", not this
body's "meeting": "b) Från Länsförbundet Länsstämman hålls 14 maj i Ockelbo.", "Distriktsstämman äger rum 20
mars".

When the sentence names another body's meeting (`_foreign_meeting`) and that meeting is a "stämma" of a level
(`_WIDER_ASSEMBLY`: läns-, distrikts-, förbunds-, riks-, regions-, divisions-), the kind is "other". Before, the
meeting noun made it a meeting.

Look-alikes: the body's own next meeting ("Nästa styrelsemöte 14 maj") stays a meeting, and so does another
body's plain meeting ("Kommunstyrelsen sammanträder 14 maj" is no assembly).
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 17 januari 2011\n\nProtokoll från styrelsemöte\n\n2. Aktuellt\n"


def _kinds(body: str) -> list[str]:
    doc = minutes_from_text(HEAD + body)
    meeting, _ = extract_meeting(doc)
    events, _, _ = extract_events(doc, meeting, [], [])
    return [e.kind.value for e in events]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("b) Från Länsförbundet Länsstämman hålls 14 maj i Ockelbo. Intresserade kan anmäla sig till Sven.\n",
         ["other"]),
        ("Distriktsstämman hålls den 20 mars i Uddevalla.\n", ["other"]),
        # look-alikes
        ("Nästa styrelsemöte hålls 14 maj hos Sven.\n", ["meeting"]),
    ],
)
def test_wider_assembly_kind(body: str, kinds: list[str]) -> None:
    assert _kinds(body) == kinds
