"""An extra meeting of the body set for the matter brings it back (planner.extract.items `classify`).

"Beslut: Genomföra ett extra digitalt styrelsemöte 210406/210407 med fokus på punkt 8-9", "Styrelsen beslöt hålla
ett extra möte om frågan", "Ett extrainsatt sammanträde hålls den 5 maj för att behandla budgeten": the matter comes
back at that meeting, `when` its day, or its month when the day is one or another ("210406/210407", "6 eller 7
april"). Look-alikes: an extra meeting only discussed or proposed, held already, wanted only if need be, in a while,
negated, with someone else, or another body's. The points such a sentence names together ("punkt 8-9" under 9) share
its fate.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 23)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Beslut: Genomföra ett extra digitalt styrelsemöte 210406/210407 med fokus på punkt 8-9.", "2021-04"),
    ("Styrelsen beslöt hålla ett extra möte om frågan.", None),
    ("Ett extrainsatt sammanträde hålls den 5 maj för att behandla budgeten.", "2021-05-05"),
    ("Vi kallar till ett extra styrelsemöte i april för att diskutera frågan vidare.", "2021-04"),
    ("Beslut: ett extra möte den 6 eller 7 april med fokus på verksamhetsplanen.", "2021-04"),
    ("Ett extra styrelsemöte den 12 april kl 18 angående lokalfrågan bokas.", "2021-04-12"),
    ("Nämnden beslutar att ha ett extramöte om budgeten.", None),
    ("Ett extra telefonmöte hålls den 30 mars där frågan avgörs.", "2021-03-30"),
])
def test_extra_meeting_for_the_matter_returns(sentence: str, when: str | None) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Diskuterade om att ha ett extra möte angående arbetsuppgifterna inom styrelsen.",  # talked of, not set
    "Från ordförande föreslås att utskottet håller ett extra sammanträde den 7 juni, kl 13-15.",  # no matter
    "Vid behov hålls ett extra möte om budgeten.",  # only if need be
    "Ett extra möte om frågan hölls den 3 mars.",  # held already
    "Vi ses på ett extra möte om två veckor.",  # a time, no matter
    "Något extra möte om detta behövs inte.",  # negated
    "Ett extra möte med kommunen om detta bokas.",  # with someone else
    "Kommunstyrelsen håller ett extra sammanträde om budgeten den 5 maj.",  # another body's meeting
    "Föreningen kallar till en extra stämma om stadgarna.",  # the members' meeting, no extra meeting of the body
])
def test_other_extra_meetings_bring_nothing_back(sentence: str) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is None or found.status is not ItemStatus.RETURNS


_MINUTES = """Protokoll 210323
Närvarande: Anna Berg, Per Holm, Eva Lind

1. Mötet öppnas
Ordförande öppnade mötet.

2. Hur kan vi stötta våra lokalföreningar?
se nedan punkt 3.

3. Diskussion om framtiden
Beslut: Genomföra ett extra digitalt styrelsemöte 210406/210407 med fokus på punkt 2-3.

4. Mötet avslutas
"""


def test_points_named_together_share_the_extra_meeting() -> None:
    out = extract_text(minutes_from_text(_MINUTES))
    assert [(i.number, i.status.value, i.target.when) for i in out.items] == [
        ("1", "handled", None), ("2", "returns", "2021-04"), ("3", "returns", "2021-04"), ("4", "handled", None)]
    assert [(c.from_item, c.reason.value, c.when) for c in out.carry] == [
        ("2", "returns", "2021-04"), ("3", "returns", "2021-04")]
