"""A leisure activity opening a sentence that says it starts ("Lättgympan startar nu på torsdag den 8 september",
"Vattengympan börjar den 6 oktober") is a session to come, kind other, no milestone (planner.extract.events).
Look-alikes: a project that starts stays a milestone ("Bygget startar den 8 september")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Intresseföreningen Svanen, medlemsmöte 2022-09-05\n\n§1. Mötet öppnades.\n\n§2. "


def kinds(sentence: str) -> dict[str, str]:
    return {e.date: e.kind.value for e in extract_text(minutes_from_text(HEAD + sentence + "\n")).events}


@pytest.mark.parametrize(("sentence", "day"), [
    ("Lättgympan startar nu på torsdag den 8 september.", "2022-09-08"),
    ("Vattengympan börjar den 6 oktober.", "2022-10-06"),
    ("Boulen startar den 8 september på planen.", "2022-09-08"),
])
def test_activity_start_is_other(sentence: str, day: str) -> None:
    assert kinds(sentence).get(day) == "other"


def test_project_start_stays_milestone() -> None:
    assert kinds("Bygget startar den 8 september.").get("2022-09-08") == "milestone"
