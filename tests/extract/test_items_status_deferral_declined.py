"""A deferral moved or voted on but not decided leaves the item decided today (planner.extract.items).

Council and committee minutes record motions to send a matter back or table it, and their fate:
"Yrkandet om återremiss avslogs", "Ordföranden ställer proposition på om ärendet ska avgöras idag
eller återremitteras och finner att ärendet ska avgöras idag", "Styrelsen beslutade att inte
bordlägga ärendet", and a member's motion "Anna Svensson (S) yrkar att ärendet återremitteras",
whose fate the decision tells. None of these is the item's status. Look-alikes: the chair finding for
sending it back, a motion granted ("bifaller yrkandet om återremiss"), and plain decisions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)
_PUT_TO_VOTE = "Ordföranden ställer proposition på om ärendet ska avgöras idag eller {defer} och finner att ärendet ska {found}."


@pytest.mark.parametrize("sentence", [
    _PUT_TO_VOTE.format(defer="bordläggas", found="avgöras idag"),
    _PUT_TO_VOTE.format(defer="återremitteras", found="avgöras idag"),
    "Kommunfullmäktige beslutar att avslå yrkandet om återremiss.",
    "Nämnden avslår yrkandet om återremiss.",
    "Yrkandet om återremiss avslogs.",
    "Yrkandet om bordläggning faller.",
    "Styrelsen beslutade att inte bordlägga ärendet.",
    "Ärendet återremitteras inte.",
    "Anna Svensson (S) yrkar att ärendet återremitteras.",
    "Lars Berg (M) yrkar på bordläggning av ärendet.",
])
def test_deferral_not_decided_gives_no_status(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "status"), [
    (_PUT_TO_VOTE.format(defer="återremitteras", found="återremitteras"), ItemStatus.RETURNS),
    ("Nämnden bifaller yrkandet om återremiss.", ItemStatus.RETURNS),
    ("Nämnden beslutar att återremittera ärendet.", ItemStatus.RETURNS),
    ("Ärendet återremitteras till förvaltningen för komplettering.", ItemStatus.RETURNS),
    ("Styrelsen beslutar att bordlägga ärendet till nästa möte.", ItemStatus.POSTPONED),
    ("Ärendet bordläggs.", ItemStatus.POSTPONED),
])
def test_deferral_decided_still_counts(sentence: str, status: ItemStatus) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is status


_MINUTES = """Protokoll kommunstyrelsen 2021-03-10

Närvarande: Anna Svensson (S), Lars Berg (M), Eva Lind (C)

§ 12 Val av justerare

§ 13 Detaljplan för Norra hamnen
Yrkanden
Lars Berg (M) yrkar att ärendet återremitteras till förvaltningen.
Propositionsordning
Ordföranden ställer proposition på om ärendet ska avgöras idag eller återremitteras och finner att ärendet ska avgöras idag.
Beslut
Kommunstyrelsen antar detaljplanen.

§ 14 Budget 2022
Kommunstyrelsen beslutar att återremittera ärendet till ekonomiavdelningen.
"""


def test_rejected_motion_leaves_the_item_handled(tmp_path: Path) -> None:
    path = tmp_path / "ks.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    status = {i["number"]: i["status"] for i in out["items"]}
    assert status == {"12": "handled", "13": "handled", "14": "returns"}
    assert [(c["from_item"], c["reason"]) for c in out["carry"]] == [("14", "returns")]
