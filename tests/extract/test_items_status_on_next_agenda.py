"""The matter put on the next meeting's agenda comes back then (planner.extract.items).

"Punkten förs upp på dagordningen för nästa möte", "Lokalfrågan läggs till på nästa mötes
dagordning", "Budgeten sätts upp på agendan för nästa möte": a placing verb, then the next meeting's
agenda. The item returns at the next meeting (under "Nästa möte" or "Övrigt" it is a topic announced
there). Look-alikes: the agenda itself as a thing ("Dagordningen för nästa möte skickas ut"),
comments on it ("Synpunkter på dagordningen för nästa möte ..."), and none placed ("Inga frågor
sätts upp ...").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Punkten förs upp på dagordningen för nästa möte.",
    "Budgeten sätts upp på agendan för nästa möte.",
    "Lokalfrågan läggs till på nästa mötes dagordning.",
    "Frågan förs upp på nästa dagordning.",
    "Budgeten står på dagordningen för nästa möte.",
    "Ärendet tas med på föredragningslistan för nästa sammanträde.",
])
def test_matter_on_the_next_agenda_returns(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


@pytest.mark.parametrize("sentence", [
    "Synpunkter på dagordningen för nästa möte lämnas till ordföranden.",
    "Dagordningen för nästa möte skickas ut.",
    "Inga frågor sätts upp på dagordningen för nästa möte.",
])
def test_nothing_placed_on_the_next_agenda(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. Lokaler
Diskussion om nya lokaler. Lokalfrågan läggs till på nästa mötes dagordning.

3. Övrigt
Trafiksäkerheten vid skolan sätts upp på agendan för nästa möte.

4. Mötet avslutas
"""


def test_matters_put_on_the_next_agenda_are_carried(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert {i["number"]: i["status"] for i in out["items"]}["2"] == "returns"
    assert [(c["from_item"], c["reason"], c["when"]) for c in out["carry"]] == [
        ("2", "returns", "next"), ("3", "announced", "next")]
