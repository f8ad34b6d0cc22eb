"""A topic to come at a meeting to come, its noun between "kommande"/"senare" and the meeting, is an
announced carry and the item stays handled: "Disorna uppmanas spara tidningen inför en kommande diskussion
vid månadsmöte till hösten" (when None: a season), "en senare genomgång på styrelsemötet i september".
Look-alikes: no meeting, a past meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import CarryReason, ItemStatus

HEAD = "Protokoll fört vid månadsmötet onsdagen den 19 maj 2021\n\n1. Upprop\n\nUpprop förrättades.\n\n"
TAIL = "\n\n3. Avslutning\n\nOrdföranden avslutade mötet.\n"


def _read(text: str) -> tuple[ItemStatus, list[tuple[str | None, CarryReason, str | None]]]:
    found = extract_text(minutes_from_text(HEAD + f"2. Tidningen\n\nBirgitta tackade för texten. {text}" + TAIL))
    item = next(it for it in found.items if it.number == "2")
    return item.status, [(c.from_item, c.reason, c.when) for c in found.carry]


@pytest.mark.parametrize(("text", "when"), [
    ("Disorna uppmanas spara tidningen inför en kommande diskussion vid månadsmöte till hösten.", None),
    ("Vi sparar frågan till en senare genomgång på styrelsemötet i september.", "2021-09"),
])
def test_upcoming_topic_is_announced(text: str, when: str | None) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [("2", CarryReason.ANNOUNCED, when)])


@pytest.mark.parametrize("text", [
    "Disorna uppmanas spara tidningen inför en kommande diskussion med kommunen.",
    "Vi hade en kommande diskussion vid förra mötet.",
    "Vi fick en kommande diskussion vid förra mötet till livs.",
])
def test_upcoming_topic_look_alikes(text: str) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [])
