"""A topic asked for at a later meeting is announced (planner.extract.items).

"Vi önskar en dragning om digitaliseringen på ett kommande möte", "Styrelsen vill ha en redovisning av
ekonomin vid ett senare tillfälle", "Styrelsen efterfrågar en presentation av projektet på mötet i
september": a verb asking (REQUEST_VERBS), then a presentation, report or the like, for a later
meeting: the topic is carried (announced, with its when) and the item stays handled. Look-alikes: no
later meeting ("Vi önskar en presentation av projektet"), a deadline before it ("... innan nästa möte"),
a past meeting ("Anna önskade en redovisning på förra mötet"), and no topic noun after the verb ("Vi
fick en dragning om digitaliseringen och önskar ett nytt möte").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import CarryReason, ItemStatus

HEAD = "Protokoll styrelsemöte 2021-05-26\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
TAIL = "\n\n3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n"


def _read(text: str) -> tuple[ItemStatus, list[tuple[str | None, CarryReason, str | None]]]:
    found = extract_text(minutes_from_text(HEAD + f"2. Verksamhetsplan\n\nLasse redogjorde för läget. {text}" + TAIL))
    item = next(it for it in found.items if it.number == "2")
    return item.status, [(c.from_item, c.reason, c.when) for c in found.carry]


@pytest.mark.parametrize(("text", "when"), [
    ("Vi önskar en dragning om digitaliseringen på ett kommande möte.", None),
    ("Styrelsen vill ha en redovisning av ekonomin vid ett senare tillfälle.", None),
    ("Vi önskar en dragning om digitaliseringen på nästa möte.", "next"),
    ("Styrelsen efterfrågar en presentation av projektet på mötet i september.", "2021-09"),
])
def test_topic_asked_for_is_announced(text: str, when: str | None) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [("2", CarryReason.ANNOUNCED, when)])


@pytest.mark.parametrize("text", [
    "Vi önskar en presentation av projektet.",
    "Vi önskar en dragning innan nästa möte.",
    "Anna önskade en redovisning på förra mötet.",
    "Vi fick en dragning om digitaliseringen och önskar ett nytt möte.",
])
def test_no_topic_asked_for(text: str) -> None:
    assert _read(text) == (ItemStatus.HANDLED, [])
