"""A deferral or return told only on a condition or as need be puts nothing on a later agenda (planner.extract.items).

"Om tiden inte räcker flyttas punkten till nästa möte", "Skulle underlaget saknas bordläggs frågan", "Vid behov
återkommer förvaltningen", "Förvaltningen återkommer i frågan vid behov", "Skulle det behövas tas frågan upp på
nästa möte": a clause opened by a condition word (words.RETURN_CONDITIONS, a subject and a verb after it) running on
to the fate (or "Skulle ..." first in the sentence, words.INVERTED_CONDITIONS), or a need (words.NEED_CONDITIONS) in
the fate's own clause, is a contingency, not the item's fate.
Look-alikes that keep their fate: "om" as a preposition ("Frågan om bidraget bordläggs", "Om detta fattas beslut vid
styrelsemötet i september"), "om möjligt", a need that belongs to another clause ("Frågan bordläggs och tas upp
vid behov på nästa möte"), and "skulle" as a modal after "och" or "att".
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2022 = date(2022, 3, 15)


@pytest.mark.parametrize("sentence", [
    "Om tiden inte räcker flyttas punkten till nästa möte.",
    "Ifall ingen kandidat finns skjuts valet upp till nästa möte.",
    "Skulle underlaget saknas bordläggs frågan.",
    "Om styrelsen inte hinner, skjuts punkten till nästa möte.",
    "Vid behov bordläggs ärendet.",
    "Vid behov återkommer förvaltningen.",
    "Förvaltningen återkommer i frågan vid behov.",
    "Vid eventuella förändringar återkommer kansliet till styrelsen.",
    "Skulle det behövas tas frågan upp på nästa möte.",
    "Om det blir aktuellt tas frågan upp på nästa möte.",
    "I händelse av att bidraget uteblir återkommer ordföranden med ett nytt förslag.",
])
def test_fate_only_on_a_condition_is_none(sentence: str) -> None:
    assert classify(sentence, MARCH_2022) is None


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Frågan om bidraget bordläggs.", ItemStatus.POSTPONED, None),
    ("Om detta fattas beslut vid styrelsemötet i september.", ItemStatus.RETURNS, "2022-09"),
    ("Om möjligt tas frågan upp på nästa möte.", ItemStatus.RETURNS, "next"),
    ("Frågan bordläggs och tas upp vid behov på nästa möte.", ItemStatus.POSTPONED, "next"),
    ("Punkten flyttas till nästa möte eftersom tiden inte räckte.", ItemStatus.POSTPONED, "next"),
    ("Förvaltningen återkommer med ett förslag i maj.", ItemStatus.RETURNS, "2022-05"),
    # "skulle" after "och" or "att" is a modal, no condition
    ("Kansliet tog på sig frågan och skulle sedan återkomma med ett förslag.", ItemStatus.RETURNS, None),
    ("Styrelsen enades om att man skulle ta upp frågan igen på nästa möte.", ItemStatus.RETURNS, "next"),
])
def test_fate_without_a_condition_stands(sentence: str, status: ItemStatus, when: str | None) -> None:
    found = classify(sentence, MARCH_2022)
    assert found is not None and (found.status, found.when) == (status, when)
