"""A topic to be presented once something is ready is announced for a later meeting (planner.extract.items).

"Detaljer kring detta undersöks och presenteras närmre så snart det finns ett konkretiserat
förslag", "Resultatet redovisas när utredningen är klar": the topic goes on a later agenda, no time
said, and the item stays handled. Look-alikes: the same verbs in the past ("presenterades när den
var klar"), inside this meeting ("under mötet"), in the active voice of a report given today
("Kassören redovisar läget när ..."), or without a condition.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import Sentence, announcement

OCTOBER_2020 = date(2020, 10, 19)


def _announced(text: str) -> str | None | bool:
    found = announcement(Sentence(text, 0, len(text)), OCTOBER_2020)
    return False if found is None else found.when


@pytest.mark.parametrize("sentence", [
    "Detaljer kring detta undersöks och presenteras närmre så snart det finns ett konkretiserat förslag.",
    "Resultatet redovisas när utredningen är klar.",
    "Förslaget presenteras så snart underlaget är färdigt.",
    "Enkätsvaren delges när de är klara.",
    "Kostnaderna rapporteras när det finns en offert.",
])
def test_topic_presented_when_ready_is_announced(sentence: str) -> None:
    assert _announced(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Rapporten presenterades när den var klar.",
    "Rapporten presenterades i januari när utredningen var klar.",
    "Budgeten redovisas under mötet när det finns tid.",
    "Kassören redovisar läget när det finns nya siffror.",
    "Resultatet presenteras i tabell 3.",
])
def test_no_announcement_without_a_later_presentation(sentence: str) -> None:
    assert _announced(sentence) is False


_MINUTES = """Protokoll styrelsemöte 2020-10-19

Närvarande: Aime, Alice, Jonas

§1. Mötets öppnande

§2. Konserter
Det finns initiativ inom styrelsen att undersöka hur konserter kan genomföras. Detaljer kring detta undersöks och presenteras närmre så snart det finns ett konkretiserat förslag.

§3. Mötets avslutande
"""


def test_topic_carried_from_a_handled_item(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert {i["number"]: i["status"] for i in out["items"]}["2"] == "handled"
    assert [(c["from_item"], c["reason"], c["when"]) for c in out["carry"]] == [("2", "announced", None)]
