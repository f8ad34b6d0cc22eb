"""Attendance layouts and phrases of unseen minutes, read by general rules (SCHEMA.md: present/absent).

Each case is a short passage written the way real minutes put it, not a copied document.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Attendee
from planner.extract.text import minutes_from_text


def _lists(text: str) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(minutes_from_text(text))[0]
    return [p.name for p in meeting.present], [p.name for p in meeting.absent]


def _people(text: str) -> tuple[Attendee, ...]:
    return extract_meeting(minutes_from_text(text))[0].present


# A substitute is present; the member replaced was called but not there: absent, unless listed present.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Beslutande\nSten-Ove Danielsson, s, ordförande\nBirgitta Bolin, s, ersätter Åke Nyhlén, s\n\n§ 1 Upprop",
         ["Sten-Ove Danielsson", "Birgitta Bolin"], ["Åke Nyhlén"]),
        ("Närvarande:\nDiana Laitinen (S), tgj ers för Eva-Lena Österljung (S)\nBo Berg (M)\n\n§ 1 Upprop",
         ["Diana Laitinen", "Bo Berg"], ["Eva-Lena Österljung"]),
        # the member replaced is listed present too (came later): not absent
        ("Närvarande:\nAnna Ek (S) ersätter Bo Berg (S)\nBo Berg (S)\n\n§ 1 Upprop", ["Anna Ek", "Bo Berg"], []),
        # listed absent already: once
        ("Närvarande:\nAnna Ek (S) ersätter Bo Berg (S)\n\nFrånvarande:\nBo Berg (S)\n\n§ 1 Upprop",
         ["Anna Ek"], ["Bo Berg"]),
        # one word is no name to add
        ("Närvarande:\nAnna Ek, ersättare för ordföranden\nBo Berg\n\n§ 1 Upprop", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_replaced_member_is_absent(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
