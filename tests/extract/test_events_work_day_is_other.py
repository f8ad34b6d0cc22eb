"""An association's work day ("Arbetsdag på varvet den 22 april", "presenteras på arbetsdagen den 11/9"):
the members work on their grounds together, an event of kind `other`, no workshop. A workshop word of
its own beside it ("arbetsdag med workshop"), or a planning or theme day, stays a workshop."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Vägföreningens årsmöte 2010-07-18\n\n§ 1. Mötet öppnades.\n\n§ 8. "
TAIL = "\n\n§ 9. Övrigt. Inget.\n"


def kinds(line: str) -> list[str]:
    return [str(e.kind) for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize("line", [
    "Detta kommer presenteras på arbetsdagen den 11/9.",
    "Arbetsdag på varvet den 22 april.",
    "Styrelsen beslutade att använda arbetsdagen den 13/8 för att förbereda festen på plats.",
    "Bojen ska förstärkas. Görs vid arbetsdagen den 22 april.",
])
def test_work_day_is_other(line: str) -> None:
    assert kinds(line) == ["other"]


@pytest.mark.parametrize("line", [
    "Arbetsdag med workshop om hamnen den 22 april.",
    "Planeringsdag för styrelsen den 3 augusti.",
    "Vi har temadag den 3 augusti.",
])
def test_workshop_words_stay_workshop(line: str) -> None:
    assert kinds(line) == ["workshop"]
