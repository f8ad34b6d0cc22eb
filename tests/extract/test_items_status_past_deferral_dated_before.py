"""A deferral told in the past and dated before the meeting is the item's history (planner.extract.items).

Minutes recall how a matter came to this meeting: "Ärendet bordlades vid sammanträdet i februari",
"Ärendet återremitterades av kommunfullmäktige 2020-12-14". The past form of the verb and a date
before the meeting in its clause say what happened then, not the item's fate today (and a month
without its year is no target a year ahead). Look-alikes: the same verbs today ("Ärendet
bordlades."), dated as a target ("bordlades till mötet i februari"), or a date in another clause.
A "till" naming who got the matter back is no target when the meeting it was done at follows
("återremitterades till förvaltningen vid nämndens sammanträde i januari"). A referral decided at an earlier meeting ("Kommunstyrelsen beslutade
den 2 mars att överlämna ärendet till nämnden") is history too; one decided today stays referred.
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
    "Ärendet återremitterades av kommunfullmäktige 2020-12-14.",
    "Ärendet bordlades vid sammanträdet den 10 februari 2021.",
    "Ärendet återremitterades i januari och är nu kompletterat.",
    "Ärendet som bordlades i februari behandlas nu.",
    "Ärendet återremitterades av kommunfullmäktige i december.",
    "Ärendet bordlades på mötet i februari.",
    # a "till" naming who got the matter back is no target when the meeting it was done at follows
    "Ärendet återremitterades till förvaltningen vid nämndens sammanträde i januari.",
    "Ärendet återremitterades till förvaltningen av kommunstyrelsen 2021-01-12.",
    "Ärendet återremitterades till nämnden på sammanträdet den 12 januari.",
    # a bare year right after the verb dates it too
    "Ordföranden berättade att frågan bordlades 2019.",
    "Ärendet återremitterades år 2020 och har sedan vilat.",
    "Motionen remitterades till kommunstyrelsen 2019.",
])
def test_past_deferral_dated_before_the_meeting_is_history(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Ärendet bordlades.", ItemStatus.POSTPONED, None),
    ("Ärendet återremitterades till förvaltningen.", ItemStatus.RETURNS, None),
    ("Ärendet bordlades till mötet i februari.", ItemStatus.POSTPONED, "2022-02"),
    ("Ärendet bordlades till nästa möte den 5 april.", ItemStatus.POSTPONED, "next"),
    ("Ärendet bordlades i väntan på besked från Länsstyrelsen, som väntas i maj.", ItemStatus.POSTPONED, "2021-05"),
    ("Ärendet bordläggs till mötet i februari.", ItemStatus.POSTPONED, "2022-02"),
    ("Frågan bordlades till styrelsemötet i april.", ItemStatus.POSTPONED, "2021-04"),
    ("Ärendet bordlades till sammanträdet den 15 februari.", ItemStatus.POSTPONED, "2022-02-15"),
    # a year that names a thing, lies far from the verb, or is this year's
    ("Frågan bordlades till 2019 års budget.", ItemStatus.POSTPONED, None),
    ("Ärendet återremitterades till förvaltningen för översyn av taxan 2019.", ItemStatus.RETURNS, None),
    ("Ärendet bordlades 2021.", ItemStatus.POSTPONED, None),
    ("Ärendet bordlades i avvaktan på 2020 års bokslut.", ItemStatus.POSTPONED, None),
])
def test_deferral_today_keeps_its_status(sentence: str, status: ItemStatus, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (status, when)


_MINUTES = """Protokoll miljönämnden 2021-03-10

Närvarande: Anna Berg (S), Olle Holm (M), Sara Lind (C)

§ 21 Taxa för tillsyn
Ärendet återremitterades av kommunfullmäktige 2020-12-14. Förvaltningen har nu kompletterat underlaget.
Nämnden beslutar att anta taxan.

§ 22 Detaljplan för Norra hamnen
Ärendet bordlades.
"""


def test_history_of_a_decided_item_is_not_its_status(tmp_path: Path) -> None:
    path = tmp_path / "mn.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert {i["number"]: i["status"] for i in out["items"]} == {"21": "handled", "22": "postponed"}
    assert [c["from_item"] for c in out["carry"]] == ["22"]


@pytest.mark.parametrize("sentence", [
    "Kommunstyrelsen beslutade den 2 mars att överlämna ärendet till nämnden.",
    "Kommunstyrelsen beslutade 2021-02-15 att remittera motionen till nämnden.",
    "Fullmäktige beslöt den 20 januari att överlämna frågan till kultur- och fritidsnämnden.",
])
def test_referral_decided_at_an_earlier_meeting_is_history(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize("sentence", [
    "Styrelsen beslutade att överlämna frågan till årsmötet.",
    "Nämnden beslutade den 10 mars att överlämna ärendet till kommunstyrelsen.",
    "Styrelsen beslutar att överlämna ärendet till kommunstyrelsen senast den 1 april.",
    "Styrelsen beslutade den 10 mars 2021 att överlämna frågan till årsmötet.",
])
def test_referral_decided_today_stays_referred(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.REFERRED
