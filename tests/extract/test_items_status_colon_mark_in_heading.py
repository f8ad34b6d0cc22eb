"""A postponement after a colon closing an item's heading marks the item (planner.extract.items).

Short minutes mark dropped points in the heading itself: "6. Valberedning: Utgår", "4. Ekonomi:
bordlagd", "Hemsidan: bordläggs till nästa möte", as they do in brackets or after a dash. The title
is what stands before the colon. Look-alikes: a colon before a name or a sum paid out ("Val av
ordförande: Anna Berg", "Ersättning: utgår enligt avtal"), and text run in after a colon that says
something else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes

_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. {heading}

3. Mötet avslutas
"""


def _item(tmp_path: Path, heading: str) -> tuple[str, str, str | None]:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES.format(heading=heading), encoding="utf-8")
    item = next(i for i in extract_minutes(path).to_json()["items"] if i["number"] == "2")
    return item["title"], item["status"], item["target"]["when"]


@pytest.mark.parametrize(("heading", "title", "when"), [
    ("Valberedning: Utgår", "Valberedning", None),
    ("Ekonomi: bordlagd", "Ekonomi", None),
    ("Lokalfrågan: Utgick", "Lokalfrågan", None),
    ("Hemsidan: bordläggs till nästa möte", "Hemsidan", "next"),
])
def test_postponement_after_a_colon_marks_the_item(tmp_path: Path, heading: str, title: str, when: str | None) -> None:
    assert _item(tmp_path, heading) == (title, "postponed", when)


@pytest.mark.parametrize("heading", [
    "Val av ordförande: Anna Berg",
    "Ersättning: utgår enligt avtal",
    "Ekonomi: kassören redovisar",
])
def test_other_text_after_a_colon_is_no_mark(tmp_path: Path, heading: str) -> None:
    assert _item(tmp_path, heading)[1] == "handled"
