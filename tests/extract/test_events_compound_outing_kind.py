"""An outing named by a compound ("bussutflykt", "dagsutflykten", "båtutflykt") is a trip, as "utflykt"
alone is (planner.extract.events). Look-alikes: a meeting held on the outing day stays a meeting, and a
word that only ends alike without the noun ("flykt") is no outing."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "HBL Seniorer, styrelsemöte 2019-04-15\n\n§ 1. Ordföranden öppnade mötet.\n\n§ 2. "


def kinds(sentence: str) -> dict[str, str]:
    return {e.date: e.kind.value for e in extract_text(minutes_from_text(HEAD + sentence + "\n")).events}


@pytest.mark.parametrize("sentence", [
    "Den 23 maj ordnar föreningen en bussutflykt till Verla bruk i Jaala.",
    "Dagsutflykten till Borgå görs den 23 maj.",
    "Den 23 maj ordnas en båtutflykt i skärgården.",
])
def test_compound_outing_is_a_trip(sentence: str) -> None:
    assert kinds(sentence).get("2019-05-23") == "trip"


@pytest.mark.parametrize("sentence", [
    "Den 23 maj hålls styrelsemöte efter bussutflykten.",
    "Den 23 maj ordnar föreningen en föreläsning om flykten från Estland.",
])
def test_no_trip(sentence: str) -> None:
    assert kinds(sentence).get("2019-05-23") not in (None, "trip")
