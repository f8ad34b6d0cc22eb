""""Nästa möte definieras vilka arbetsgrupper som måste bildas" (1008), "Nästa möte diskuteras budgeten", "Nästa gång
tas lokalfrågan upp": the next meeting fronted, then a passive of dealing with something and its subject after it
(V2 order), brings that subject to the next meeting (planner.extract.items `classify`, FRONTED_NEXT_PASSIVES). The
item's own matter comes back (returns); a subject of its own under another title is an announced topic and the item
stays handled (`_taken_up_topic`). Look-alikes: the meeting itself as the subject ("Nästa möte presenteras i
kallelsen", "Nästa möte planeras till den 3 december", "Nästa möte hålls den 17/11", "Nästa möte beslutas
senare"), and a negated passive, which puts the matter off."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

NOV_2013 = date(2013, 11, 10)


@pytest.mark.parametrize("sentence", [
    "Nästa möte definieras vilka arbetsgrupper som måste bildas.",
    "Nästa möte diskuteras budgeten.",
    "Nästa gång tas lokalfrågan upp.",
    "Nästa styrelsemöte behandlas budgeten för 2014.",
    "Nästa möte beslutas om datum för extra stormöte.",
    "Kommande möte gås igenom verksamhetsplanen.",
])
def test_fronted_next_passive_with_subject_returns(sentence: str) -> None:
    found = classify(sentence, NOV_2013)
    assert found is not None and found.status is ItemStatus.RETURNS and found.when == "next"


@pytest.mark.parametrize("sentence", [
    "Nästa möte presenteras i kallelsen.",
    "Nästa möte planeras till den 3 december.",
    "Nästa möte hålls den 17/11.",
    "Nästa möte beslutas senare.",
    "Nästa möte redovisas.",
    "Nästa möte behandlas digitalt via Teams.",
])
def test_meeting_itself_as_subject_is_no_return(sentence: str) -> None:
    assert classify(sentence, NOV_2013) is None


def test_negated_passive_puts_off() -> None:
    found = classify("Nästa gång behandlas inte frågan.", NOV_2013)
    assert found is not None and found.status is ItemStatus.POSTPONED


_MINUTES = """Protokoll styrelsemöte 2013-11-10

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Ekonomi

Kassören redovisar ekonomin.

2. {title}

Vi måste börja jobba med projekteringen. {sentence}

3. Mötet avslutas
"""


@pytest.mark.parametrize(("title", "sentence", "status", "reason"), [
    ("Projektering", "Nästa möte definieras vilka arbetsgrupper som måste bildas.", "handled", "announced"),
    ("Lokaler", "Nästa möte diskuteras budgeten för festen.", "handled", "announced"),
    ("Budget", "Nästa möte diskuteras budgeten.", "returns", "returns"),
    ("Lokalfrågan", "Nästa gång tas lokalfrågan upp.", "returns", "returns"),
    ("Verksamhetsplan", "Nästa styrelsemöte behandlas verksamhetsplanen.", "returns", "returns"),
])
def test_own_matter_returns_other_topic_announced(title: str, sentence: str, status: str, reason: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, sentence=sentence)))
    assert [it.status.value for it in found.items] == ["handled", status, "handled"]
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("2", reason, "next")]
