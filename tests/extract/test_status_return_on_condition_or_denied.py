"""A return told only on a condition or denied puts nothing on a later agenda (planner.extract.items).

"Om det blir aktuellt återkommer vi i frågan", "Om bidraget beviljas, återkommer styrelsen med en
plan", "Ordföranden återkommer inte i frågan", "Nämnden behöver inte återkomma i ärendet": the
return word stands in a clause opened by "om"/"ifall" or beside a negation. Look-alikes that stay
returns: "om" as a preposition ("Frågan om bidraget återkommer i maj"), "om" after the return verb
("återkommer till nämnden om kostnaden"), "om möjligt", "inte förrän i maj", and a plain return.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Om det blir aktuellt återkommer vi i frågan.",
    "Om det behövs återkommer förvaltningen till nämnden.",
    "Om bidraget beviljas, återkommer styrelsen med en plan.",
    "Om förvaltningen återkommer med nytt förslag tas ärendet upp igen.",
    "Ifall kommunen svarar återkommer ordföranden med besked.",
    "Kassören har fått svar, men om banken ändrar villkoren återkommer hon.",
    "Om inget nytt framkommer återkommer vi inte i frågan.",
    "Ordföranden återkommer inte i frågan.",
    "Frågan kommer inte att återkomma.",
    "Nämnden behöver inte återkomma i ärendet.",
    "Ärendet återremitteras inte.",
])
def test_return_on_condition_or_denied_is_none(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Frågan om bidraget återkommer i maj.", "2021-05"),
    ("Förvaltningen återkommer till nämnden om kostnaden i maj.", "2021-05"),
    ("Förvaltningen får i uppdrag att om möjligt återkomma till nästa möte.", "next"),
    ("Ordföranden återkommer inte förrän i maj med förslaget.", "2021-05"),
    ("Vi undersöker om det går och återkommer på nästa möte.", "next"),
    ("Förvaltningen får i uppdrag att utreda om lokalen räcker och återkomma till nämnden.", None),
    ("Styrelsen återkommer i ärendet.", None),
    ("Ärendet återremitteras.", None),
])
def test_plain_return_stays_a_return(sentence: str, when: str | None) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)
