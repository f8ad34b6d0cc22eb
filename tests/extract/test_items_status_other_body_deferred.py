"""Another body's past deferral is its news, not the item's fate (planner.extract.items `classify`).

"Kommunstyrelsen bordlade ärendet", "Regionfullmäktige återremitterade ärendet till regionstyrelsen", "Ärendet
bordlades av kommunstyrelsen", "Regeringen har skjutit upp beslutet": a past deferral whose doer is another body (a
compound of a body's kind, or one of words.OTHER_DOERS), named as its subject right before the verb or after "av",
tells what that body did; nothing is put off or brought back here. Look-alikes that keep their fate: the body itself
by its bare kind ("Styrelsen bordlade frågan", "Nämnden återremitterade ärendet till förvaltningen", "Fullmäktige
återremitterade ärendet ..."), a deferral with no doer named ("Bordlade valet av ..."), "av" naming a cause or a
person ("bordlades av tidsskäl", "av ordföranden"), and a present deferral.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2022 = date(2022, 3, 15)


@pytest.mark.parametrize("sentence", [
    "Kommunstyrelsen bordlade ärendet.",
    "Regionfullmäktige återremitterade ärendet till regionstyrelsen.",
    "Förbundsstyrelsen bordlade frågan vid sitt senaste möte.",
    "Socialnämnden bordlade ärendet i avvaktan på utredningen.",
    "Ärendet bordlades av kommunstyrelsen.",
    "Ärendet återremitterades av kommunfullmäktige.",
    "Riksdagen har bordlagt propositionen.",
    "Kommunstyrelsens arbetsutskott har också återremitterat ärendet.",
])
def test_other_bodys_past_deferral_is_no_fate(sentence: str) -> None:
    assert classify(sentence, MARCH_2022) is None


@pytest.mark.parametrize(("sentence", "status"), [
    ("Styrelsen bordlade frågan.", ItemStatus.POSTPONED),
    ("Nämnden återremitterade ärendet till förvaltningen.", ItemStatus.RETURNS),
    ("Fullmäktige återremitterade ärendet till kommunstyrelsen.", ItemStatus.RETURNS),
    ("Bordlade valet av förslag till studeranderepresentant.", ItemStatus.POSTPONED),
    ("Ärendet bordlades av tidsskäl.", ItemStatus.POSTPONED),
    ("Ärendet bordlades av ordföranden.", ItemStatus.POSTPONED),
    ("Kommunstyrelsens förslag bordläggs till nästa möte.", ItemStatus.POSTPONED),
])
def test_own_or_undone_deferral_keeps_its_fate(sentence: str, status: ItemStatus) -> None:
    found = classify(sentence, MARCH_2022)
    assert found is not None and found.status is status
