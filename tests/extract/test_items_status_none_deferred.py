"""A clause saying no matter was deferred gives no status (planner.extract.items).

Council and board minutes report on their tabled matters: "Inga ärenden bordlades", "Inget ärende
utgick från dagordningen", "Ingen av punkterna bordlades", "Inga ärenden återremitterades". A
no-word opens the clause of the deferring verb and names what none of was deferred. Look-alikes:
the verb in a clause of its own after one with a no-word ("Inga synpunkter kom in och ärendet
bordlades"), a no-word later in the sentence, and words that merely start like one ("Ingenjören").
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
    "Inga ärenden bordlades.",
    "Inget ärende bordlades.",
    "Inga ärenden utgår.",
    "Inget ärende utgick från dagordningen.",
    "Inga frågor bordlades vid dagens sammanträde.",
    "Inga bordlagda ärenden fanns.",
    "Ingen av punkterna bordlades.",
    "Inga ärenden återremitterades.",
    "Inte några ärenden bordlades.",
])
def test_none_deferred_gives_no_status(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "status"), [
    ("Ärendet bordlades, inga fler frågor.", ItemStatus.POSTPONED),
    ("Inga synpunkter kom in och ärendet bordlades.", ItemStatus.POSTPONED),
    ("Ingen kunde närvara och punkten utgår.", ItemStatus.POSTPONED),
    ("Ingen föredragande fanns på plats varför ärendet bordlades.", ItemStatus.POSTPONED),
    ("Ingenjörens förslag bordlades.", ItemStatus.POSTPONED),
    ("Inga beslut fattades och ärendet återremitterades till förvaltningen.", ItemStatus.RETURNS),
])
def test_deferral_in_its_own_clause_still_counts(sentence: str, status: ItemStatus) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is status


_MINUTES = """Protokoll kommunfullmäktige 2021-03-10

Närvarande: Anna Berg (S), Olle Holm (M), Sara Lind (C)

§ 1 Val av justerare

§ 2 Fastställande av dagordning
Dagordningen fastställdes. Inga ärenden bordlades.

§ 3 Budget 2022
Fullmäktige antar budgeten.
"""


def test_report_of_no_deferral_leaves_the_item_handled(tmp_path: Path) -> None:
    path = tmp_path / "kf.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert all(i["status"] == "handled" for i in out["items"])
    assert out["carry"] == []
