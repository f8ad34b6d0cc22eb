"""A list entry saying a thing arrives next week announces no topic (planner.extract.items).

Association minutes list orders and deliveries: "T-Shirt / NCPC / Kommer antagligen nästa vecka".
A bare "kommer" with "nästa vecka" and no meeting named is a thing arriving. Look-alikes that still
announce a topic: a meeting named ("Kommer på nästa möte"), a topic noun ("Information kommer nästa
vecka"), a topic that comes up ("Kommer upp igen nästa vecka") and other announcing verbs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import Sentence, announcement

NOVEMBER_2021 = date(2021, 11, 10)


def _announced_in_list(text: str) -> str | None | bool:
    found = announcement(Sentence(text, 0, len(text), 3), NOVEMBER_2021)
    return False if found is None else found.when


@pytest.mark.parametrize("entry", [
    "Kommer antagligen nästa vecka",
    "Kommer nästa vecka.",
    "Tröjorna kommer nästa vecka.",
])
def test_thing_arriving_next_week_is_no_topic(entry: str) -> None:
    assert _announced_in_list(entry) is False


@pytest.mark.parametrize("entry", [
    "Budgeten kommer nästa möte.",
    "Information kommer nästa vecka.",
    "Kommer upp igen nästa vecka",
    "Presenteras nästa vecka",
    "Kommer på nästa möte",
    "Kommer att tas upp nästa vecka",
])
def test_topic_for_the_next_meeting_is_still_announced(entry: str) -> None:
    assert _announced_in_list(entry) == "next"


_MINUTES = """Styrelsemöte 2021-11-10

Närvarande: Anna, Erik, Lisa

1. Mötets öppnande

2. T-shirts
- LiTHe Kod
  - Finns att hämta på godsmottagningen
- NCPC
  - Kommer antagligen nästa vecka

3. Mötets avslutande
"""


def test_delivery_in_a_list_is_not_carried(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.md"
    path.write_text(_MINUTES, encoding="utf-8")
    assert extract_minutes(path).to_json()["carry"] == []
