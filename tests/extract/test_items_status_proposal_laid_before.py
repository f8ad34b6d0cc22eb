"""A proposal laid before a later meeting brings the matter back then (planner.extract.items).

"Gruppen ska lägga fram ett förslag till beslut till styrelsemötet den 29 november" and "Redaktionsgruppen ska
lägga fram ett slutgiltigt utkast till den 24 november som sedan ska textbehandlas på styrelsemötet den 29
november" (914): the matter comes back at that meeting, with its date, not the deadline for the draft before it.
"lägga fram" / "lägger fram" / "läggs fram" join the verbs of RETURNS_WITH_LATER: a next or later meeting, or a
meeting named with its date, after them. Look-alikes: the past ("lade fram sitt förslag på mötet den 3
oktober"), no meeting ("lägger fram budgeten", "senast den 24 november"), and the members' meeting, another
body ("lägger fram förslaget till årsmötet den 12 mars").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

OCTOBER_2020 = date(2020, 10, 22)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Gruppen ska lägga fram ett förslag till beslut till styrelsemötet den 29 november.", "2020-11-29"),
    (("Redaktionsgruppen ska lägga fram ett slutgiltigt utkast till den 24 november som sedan ska behandlas på "
      "styrelsemötet den 29 november."), "2020-11-29"),
    ("Förslaget läggs fram på styrelsemötet i december.", "2020-12"),
    ("Valberedningen lägger fram sitt förslag på nästa möte.", "next"),
    ("Arbetsgruppen ska lägga fram ett reviderat förslag vid ett senare möte.", None),
    ("Kassören ska lägga fram en ny budget till mötet den 3 december.", "2020-12-03"),
])
def test_proposal_laid_before_a_later_meeting_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, OCTOBER_2020)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Valberedningen lade fram sitt förslag på mötet den 3 oktober.",
    "Kassören lägger fram budgeten.",
    "Gruppen ska lägga fram ett förslag senast den 24 november.",
    "Styrelsen lägger fram förslaget till årsmötet den 12 mars.",
    "Ordföranden har lagt fram ett förslag som diskuterades.",
])
def test_no_later_meeting_no_return(sentence: str) -> None:
    assert classify(sentence, OCTOBER_2020) is None


_MINUTES = """Protokoll styrelsemöte 2020-10-22

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Inför årsmötet

En ansvarsgrupp valdes som ska förbereda årsmötet. Gruppen ska lägga fram ett förslag till beslut till
styrelsemötet den 29 november.

2. Mötets avslutande

Ordföranden avslutade mötet.
"""


def test_item_returns_to_the_dated_meeting() -> None:
    found = extract_text(minutes_from_text(_MINUTES))
    item = next(it for it in found.items if it.number == "1")
    assert (item.status, item.target.when) == (ItemStatus.RETURNS, "2020-11-29")
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("1", "returns", "2020-11-29")]
