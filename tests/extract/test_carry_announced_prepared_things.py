"""Things a member prepares for a later meeting are announced topics (planner.extract.items).

"Johan gör en noggrann sammanställning av kostnaderna ... till mötet i augusti", "Kassören gör en
översikt av medlemsavgifterna till nästa möte": a compilation, an estimate, an overview or an
evaluation made for a later meeting of the body is a topic carried there, like a report or a
presentation. Look-alikes: one made already ("gjorde", "presenterades vid förra mötet"), one with no
later meeting, or the noun in a finding ("Analysen visar ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement

JUNE_2010 = date(2010, 6, 21)


def _announced(text: str) -> str | None | bool:
    found = announcement(Sentence(text, 0, len(text)), JUNE_2010)
    return False if found is None else found.when


@pytest.mark.parametrize(("sentence", "when"), [
    ("Johan gör en noggrann sammanställning av kostnaderna för framställningen av en plan till mötet i augusti.",
     "2010-08"),
    ("Kassören gör en översikt av medlemsavgifterna till nästa möte.", "next"),
    ("En kostnadsberäkning görs till styrelsemötet i september.", "2010-09"),
    ("Utvärderingen av lägret redovisas vid nästa möte.", "next"),
])
def test_prepared_thing_for_a_later_meeting_is_announced(sentence: str, when: str) -> None:
    assert _announced(sentence) == when


@pytest.mark.parametrize("sentence", [
    "Anna gjorde en sammanställning till mötet i augusti.",
    "Sammanställningen av enkäten presenterades vid förra mötet.",
    "En sammanställning görs av kassören.",
    "Analysen visar att kostnaderna ökar.",
    "Utvärderingen av lägret görs vid mötet i dag.",
])
def test_no_announcement_without_a_later_meeting(sentence: str) -> None:
    assert _announced(sentence) is False
