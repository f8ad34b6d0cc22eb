"""Officials listed under "Övriga:" one or two to a line as "Name title" without a comma, as municipal
boards write them: "Övriga: Ingrid Karlsson miljö- och byggchef" / "Annika Lindström byggnadsinspektör" /
"Daniel Nordström karttekniker Annica Brännmark administratör" / "Jakob Pettersson praktikant". The list
goes on over such lines. Look-alikes: a name followed by a lower-case word that is no official's title
("Anna Ek deltog", "Bo Berg ej"), a member's post ("Bo Berg ersättare"), a sentence."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _name_title_entries
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("line", "entries"), [
    ("Annika Lindström byggnadsinspektör", [("Annika Lindström", "byggnadsinspektör")]),
    ("Ingrid Karlsson miljö- och byggchef", [("Ingrid Karlsson", "miljö- och byggchef")]),
    ("Daniel Nordström karttekniker Annica Brännmark administratör",
     [("Daniel Nordström", "karttekniker"), ("Annica Brännmark", "administratör")]),
    ("Jakob Pettersson praktikant", [("Jakob Pettersson", "praktikant")]),
])
def test_name_then_title(line: str, entries: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in _name_title_entries(line, 0)] == entries


@pytest.mark.parametrize("line", [
    "Anna Ek deltog",  # a verb, no title
    "Bo Berg ej",
    "Bo Berg ersättare",  # a member's post: read by the member lists' rules
    "Beslutet justerades omedelbart",  # a sentence
    "Annika Lindström byggnadsinspektör Per",  # a name left over
])
def test_look_alikes_are_no_officials(line: str) -> None:
    assert _name_title_entries(line, 0) == []


def test_officials_list_goes_on_over_lines() -> None:
    text = ("Protokoll\n\nMyndighetsnämnden\n\nSammanträdesdatum 2013-04-04\n\n"
            "Ledamöter: Thor Lindgren, s, ordförande\nUlf Lundberg, v\n"
            "Övriga: Ingrid Karlsson miljö- och byggchef\nAnnika Lindström byggnadsinspektör\n"
            "Eva Blomgren miljöinspektör\nJakob Pettersson praktikant\nAstrid Edin sekreterare\n"
            "Justeringsdag: 2013-04-10\n\n§ 19 Delgivningar\n\nNoterades.\n")
    names = [p.name for p in extract_meeting(minutes_from_text(text))[0].present]
    assert names == ["Thor Lindgren", "Ulf Lundberg", "Ingrid Karlsson", "Annika Lindström", "Eva Blomgren",
                     "Jakob Pettersson", "Astrid Edin"]
