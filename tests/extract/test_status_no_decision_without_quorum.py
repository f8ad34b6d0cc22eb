""""Inget beslut fattades, då för få ledamöter var på plats": no decision for want of a quorum is a matter put off
(planner.extract.items).

A phrase of words.NO_DECISION_TAKEN and one of words.QUORUM_LACKING in one sentence make the item postponed. A bare
"Inget beslut fattades" (an information item), a quorum found, or a quorum lacking with a decision taken say nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2017 = date(2017, 3, 15)


@pytest.mark.parametrize("sentence", [
    ("Fullmäktige diskuterade förslaget till ändringar i stadgan, men inget beslut fattades i frågan, då för få "
    "ledamöter var på plats för att fullmäktige skulle kunna behandla stadgeändringar."),
    "Beslut kunde inte fattas eftersom styrelsen inte var beslutsmässig.",
    "Punkten kunde inte behandlas då mötet ej var beslutsmässigt.",
    "Styrelsen kunde inte fatta beslut då den inte var fulltalig.",
    "Inga beslut kan fattas eftersom mötet inte är beslutsmässigt.",
    "Något beslut kunde inte tas på grund av för få närvarande ledamöter.",
])
def test_no_decision_for_want_of_quorum_is_postponed(sentence: str) -> None:
    found = classify(sentence, MARCH_2017)
    assert found is not None and found.status is ItemStatus.POSTPONED


@pytest.mark.parametrize("sentence", [
    "Inget beslut fattades.",
    "Informationen noteras, inget beslut fattades.",
    "Mötet konstaterades vara beslutsmässigt.",
    "Styrelsen var beslutsmässig och beslutade att anta budgeten.",
    "Inga beslut behövdes i ärendet.",
])
def test_no_decision_alone_or_quorum_found_says_nothing(sentence: str) -> None:
    assert classify(sentence, MARCH_2017) is None
