"""A stray letter typed right after a note's closing bracket: "Allan Förberg (till pkt8)m, Maria Thorsell".

A slip of the keyboard leaves one lower-case letter glued after the bracket of a person's note, before the comma
to the next entry or at the end of the line; the line was then read as no list at all and its persons lost. The
letter is dropped. Look-alikes: a word after a bracket ("(S) ordförande"), two letters glued ("(S)ab") and a
letter after a bracket inside a line ("(S)m Bo") stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_STRAY_LETTER_AFTER_NOTE
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll fört vid styrelsemöte 17 mars 1999\n\n"
_TAIL = "\n\nÖppnande och val av sekreterare\nPer Thelander sekreterare för dagens möte\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande: Henrik Widstrand, Kim Murisoja, Anders Westerberg,\n\n"
          "Allan Förberg (till pkt8)m, Maria Thorsell, Erik Josephson\n\n"
          "Bo Bethge, Peter Björkdahl, Tomas Brolin"),
         ["Henrik Widstrand", "Kim Murisoja", "Anders Westerberg", "Allan Förberg", "Maria Thorsell",
          "Erik Josephson", "Bo Bethge", "Peter Björkdahl", "Tomas Brolin"]),
        ("Närvarande: Anna Holm, Bo Berg (från § 3)n, Karin Ek (S)j",
         ["Anna Holm", "Bo Berg", "Karin Ek"]),
    ],
)
def test_stray_letter_after_note(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL)[0] == present


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Allan Förberg (till pkt8)m, Maria Thorsell", ")m,"),
        ("Karin Ek (S)j", ")j"),
        ("Karin Ek (S) ordförande, Bo Berg", None),  # a word after the bracket
        ("Karin Ek (S)ab, Bo Berg", None),  # two letters
        ("Karin Ek (S)m Bo Berg", None),  # a letter inside the line
    ],
)
def test_stray_letter_found(text: str, found: str | None) -> None:
    m = _RX_STRAY_LETTER_AFTER_NOTE.search(text)
    assert (text[m.start() - 1: m.end() + (1 if text[m.end():m.end() + 1] == "," else 0)] if m else None) == found
