"""A matter handed on to a later meeting of the body, or not to be dealt with now, is postponed
(planner.extract.items).

"Aktiv Torekov och konsert hänsköts till nästa möte" (886 §11) puts the item off as "skjuts till
nästa möte" does: postponed, to the next meeting, not a matter that returns. "Pistol, ej specificerad,
9x19, kan inte behandlas nu" (881) and "Ärendet kunde inte behandlas på grund av tidsbrist" leave the
item unhandled: postponed, no time said. Look-alikes: "hänskjuta" to a body stays referred ("Frågan
hänsköts till årsmötet"), a topic inside an item handed on stays no fate of the item ("Beträffande
byvandringen hänsköts frågan till styrelsen"), a condition ("innan den kan behandlas") and a plain
"kan inte" about something else say nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

APRIL_2013 = date(2013, 4, 27)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Aktiv Torekov och konsert hänsköts till nästa möte.", "next"),
    ("Hänsköts till nästa möte.", "next"),
    ("Frågan hänskjuts till nästa styrelsemöte.", "next"),
    ("Styrelsen hänsköt frågan till kommande sammanträde.", "next"),
    ("Ärendet hänskjuts till ett senare tillfälle.", None),
    ("- Pistol, ej specificerad, 9x19, kan inte behandlas nu.", None),
    ("Ärendet kunde inte behandlas på grund av tidsbrist.", None),
    ("Punkten kan inte tas upp idag då underlag saknas.", None),
    ("Frågan kan ej avgöras på detta möte.", None),
])
def test_handed_on_or_not_handled_now_is_postponed(sentence: str, when: str | None) -> None:
    f = classify(sentence, APRIL_2013)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, when)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Frågan hänsköts till årsmötet.", "årsmötet"),
    ("Frågan hänsköts till nästa årsmöte.", "årsmöte"),
])
def test_handed_on_to_a_body_stays_referred(sentence: str, body: str) -> None:
    f = classify(sentence, APRIL_2013)
    assert f is not None and f.status is ItemStatus.REFERRED and body in (f.body or "")


@pytest.mark.parametrize("sentence", [
    "Beträffande byvandringen hänsköts frågan till styrelsen.",
    "Kompletterande uppgifter krävs innan den kan behandlas.",
    "Vi kan inte nu ta ställning till hur många som kommer.",
    "Kassören kan inte närvara på mötet i maj.",
])
def test_no_deferral(sentence: str) -> None:
    assert classify(sentence, APRIL_2013) is None
