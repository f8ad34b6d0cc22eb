"""A meeting whose day is set by another meeting ("konstituerande sammanträde efter årsmötet", "styrelsemöte
direkt efter årsmötet") is the body's own meeting, not the other one's: under "Kommande sammanträden" it is
the next meeting. A sentence that is about the other meeting alone stays another body's.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte 2013-11-25\n\n§ 1 Mötet öppnades.\n\n§ 2 Övrigt. Inget.\n\n"


def next_meeting(lines: str) -> str | None:
    return extract_text(minutes_from_text(HEAD + lines + "\n")).next_meeting


@pytest.mark.parametrize(("lines", "want"), [
    (("§ 3 Kommande sammanträden;\n\nMåndagen den 13 januari konstituerande sammanträde efter årsmötet.\n\n"
     "Måndagen den 3 februari kl. 12.00."), "2014-01-13"),
    (("§ 3 Kommande sammanträden\n\n14 januari 2014 styrelsemöte direkt efter årsmötet\n\n"
     "3 februari 2014 styrelsemöte"), "2014-01-14"),
    (("§ 3 Kommande sammanträden\n\n14 januari 2014 konstituerande möte i anslutning till årsmötet\n\n"
     "3 februari 2014 styrelsemöte"), "2014-01-14"),
    ("§ 3 Nästa möte\n\nNästa styrelsemöte hålls efter årsmötet den 14 januari 2014.", "2014-01-14"),
    (("§ 3 Kommande sammanträden\n\n14 januari 2014 styrelsemöte innan årsmötet\n\n"
     "3 februari 2014 styrelsemöte"), "2014-01-14"),
])
def test_meeting_set_by_another_is_the_bodys(lines: str, want: str) -> None:
    assert next_meeting(lines) == want


@pytest.mark.parametrize("lines", [
    # the other meeting alone, no own meeting before it
    "§ 3 Årsmöte\n\nÅrsmötet hålls den 14 januari 2014 i församlingshemmet.",
    "§ 3 Förbundet\n\nEfter årsmötet den 14 januari 2014 blir det kaffe.",
    "§ 3 Förbundet\n\nFörbundsstämman efter årsmötet den 14 januari 2014 har inte bestämts.",
])
def test_the_other_meeting_alone_is_no_next_meeting(lines: str) -> None:
    assert next_meeting(lines) is None
