"""A basis for a decision still to be prepared brings the decision back to the body (planner.extract.items).

"90 Profilkläder ... Att ge informationskonsulenten i uppdrag att ... ta fram ett övergripande förslag på
profilkläder ... En kostnadskalkyl ska tas fram för att ge styrelsen underlag för beslut om hur arbetet ska gå
vidare" (751): the board is to decide later, so the item returns (no time said). A preparing verb in the
present or infinitive ("tas fram", "ta fram", "tar fram", "arbetas fram"), then within four words "underlag
för beslut" or "beslutsunderlag". Look-alikes: what is already there ("Förvaltningen har tagit fram ett
beslutsunderlag", the label "Beslutsunderlag: Tjänsteskrivelse ..."), and a basis for another body's decision
("underlag för beslut i kommunfullmäktige", "till årsmötet").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2011 = date(2011, 5, 15)


@pytest.mark.parametrize(("sentence", "when"), [
    ("En kostnadskalkyl ska tas fram för att ge styrelsen underlag för beslut om hur arbetet ska gå vidare.", None),
    ("Kansliet tar fram ett beslutsunderlag till nästa möte.", "next"),
    ("Kansliet får i uppdrag att ta fram beslutsunderlag till styrelsemötet i juni.", "2011-06"),
    ("Arbetsgruppen ska arbeta fram ett underlag för beslut.", None),
    ("Ordföranden tar fram underlag till beslut om lokalen till mötet den 8 juni.", "2011-06-08"),
    ("Ett förslag med kostnader tas fram som underlag inför beslut i höst.", None),
])
def test_decision_basis_to_prepare_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MAY_2011)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Förvaltningen har tagit fram ett beslutsunderlag.",
    "Beslutsunderlag: Tjänsteskrivelse 2011-04-02.",
    "Förvaltningen ska ta fram underlag för beslut i kommunfullmäktige.",
    "Styrelsen tar fram ett beslutsunderlag till årsmötet.",
    "Beslutsunderlaget togs fram av kansliet i april.",
])
def test_no_decision_to_come(sentence: str) -> None:
    assert classify(sentence, MAY_2011) is None


_MINUTES = """Styrelseprotokoll 2011-05-15

Närvarande: Anna Berg, Per Holm, Eva Lind

89 Riksidrottsmötet

Genomgång av propositioner och motioner.

90 Profilkläder

Pikétröjor har tagits fram. Att ge Anna i uppdrag att ta fram ett förslag på profilkläder. En kostnadskalkyl ska
tas fram för att ge styrelsen underlag för beslut om hur arbetet ska gå vidare.

91 Mötets avslutande

Ordföranden avslutade mötet.
"""


def test_item_returns_without_a_time() -> None:
    found = extract_text(minutes_from_text(_MINUTES))
    item = next(it for it in found.items if it.number == "90")
    assert (item.status, item.target.when) == (ItemStatus.RETURNS, None)
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("90", "returns", None)]
