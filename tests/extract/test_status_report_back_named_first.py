"""A report back named first in its sentence, then when: the matter comes back then (planner.extract.items).

"Återrapportering sker i maj", "Återrapport till nämnden i oktober", "Återrapportering på nämndens
sammanträde i juni": municipal minutes often give the report back as a noun with no verb or a present
one. Look-alikes: one made already ("Återrapportering skedde i februari"), one with no time
("Återrapportering sker löpande"), one that tells what it reports from ("Återrapport från mars"), and
the noun inside a sentence about something else.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from tests.extract.item_rows import item_rows

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Återrapportering sker i maj.", "2021-05"),
    ("Återrapportering till nämnden i maj.", "2021-05"),
    ("Återrapport i oktober.", "2021-10"),
    ("Återrapportering på nämndens sammanträde i juni.", "2021-06"),
    ("Ny återrapportering i maj.", "2021-05"),
    ("Återrapportering till nämnden sker den 12 maj 2021.", "2021-05-12"),
    ("Återrapportering till nästa möte.", "next"),
])
def test_report_back_named_first_returns(sentence: str, when: str) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Återrapportering skedde i februari.",
    "Återrapporteringen var bra och gav nämnden en tydlig bild av läget 2020.",
    "Återrapportering sker löpande.",
    "Återrapport från mars.",
    "Återrapportering av internkontroll 2020.",
    "Ärendet innehåller en återrapportering från maj.",
])
def test_no_report_back_to_come(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


def test_item_with_report_back_in_may_returns() -> None:
    text = ("Protokoll socialnämnden 2021-03-10\n\n§ 12 Internkontroll 2021\nNämnden godkänner planen. "
            "Återrapportering sker i maj.\n\n§ 13 Delegationsbeslut\nRedovisningen godkänns.\n")
    items, carry = item_rows(text, "2021-03-10")
    assert [(n, s, w) for n, _, s, w in items] == [("12", "returns", "2021-05"), ("13", "handled", None)]
    assert carry == [("12", "2021-05", "returns")]
