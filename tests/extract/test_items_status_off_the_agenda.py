"""The matter taken off the agenda in other words than "utgår" is postponed (planner.extract.items).

"Ärendet lyftes från dagordningen", "Punkten togs bort från föredragningslistan", "Ärende 6
plockas bort från dagordningen" (said under the agenda's own item): the matter is dropped from
this meeting. The matter is the subject, or there is none ("Tas bort från dagordningen."); a word,
an attachment or a file taken off the agenda's text drops nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärendet lyftes från dagordningen.", None),
    ("Punkten togs bort från dagordningen.", None),
    ("Ärendet tas bort från föredragningslistan.", None),
    ("Ärendet plockades bort från dagordningen.", None),
    ("Ärendet lyfts ur ärendelistan.", None),
    ("Tas bort från dagordningen.", None),
    ("Punkten lyftes från agendan och tas upp på nästa möte.", "next"),
    ("Informationen om bygget lyftes från agendan.", None),
])
def test_matter_taken_off_the_agenda_is_postponed(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.POSTPONED
    assert f.when == when


@pytest.mark.parametrize("sentence", [
    "Ordet preliminär togs bort från dagordningen.",
    "Bilagan togs bort från föredragningslistan.",
    "Dagordningen lyfts fram som ett gott exempel.",
    "Styrelsen lyfte frågan om dagordningens form.",
])
def test_other_things_off_the_agenda_are_no_postponement(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. Ändring av dagordningen
Ordföranden föreslår att ärende 4 lyfts från dagordningen. Styrelsen beslutar enligt förslaget.

3. Ekonomi
Kassören redovisar läget.

4. Policy för lokaluthyrning

5. Mötet avslutas
"""


def test_point_named_off_the_agenda_under_the_agenda_item(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    status = {i["number"]: i["status"] for i in out["items"]}
    assert status["4"] == "postponed"
    assert status["2"] == "handled"
    assert [c["from_item"] for c in out["carry"]] == ["4"]
