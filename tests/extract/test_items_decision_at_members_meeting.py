"""A decision said to be taken at the members' meeting to come passes the matter on to that meeting.

"Beslut på nästa årsmöte.", "Beslutet fattas av kommande stämma.", "Beslut i frågan tas vid kommande
föreningsstämma.": the body that writes the minutes does not decide; the annual (members') meeting
will. The item is referred there.

Look-alikes: a decision taken at a members' meeting in the past ("Beslut togs på årsmötet", "Enligt
beslut på förra årsmötet", "Beslut på årsmötet 2021 var att ..."), a decision at this body's own next
meeting (it comes back), a standing rule with no word of the future ("Beslut tas på årsmötet"), and a decision noun that is not the sentence's subject refer nothing.
"""

from __future__ import annotations

import pytest

from planner.extract.items import classify


@pytest.mark.parametrize(
    ("sentence", "status", "body"),
    [
        ("Beslut på nästa årsmöte.", "referred", "årsmötet"),
        ("Beslutet fattas av kommande stämma.", "referred", "stämman"),
        ("Beslut i frågan tas vid kommande föreningsstämma.", "referred", "föreningsstämman"),
        ("Beslut tas på nästa årsmöte.", "referred", "årsmötet"),
        ("Beslut fattas på nästa kongress.", "referred", "kongressen"),
        ("Beslut på kommande medlemsmöte.", "referred", "medlemsmötet"),
        # look-alikes
        ("Beslut togs på årsmötet.", None, None),
        ("Beslut tas på årsmötet.", None, None),
        ("Beslutet fattades av stämman i fjol.", None, None),
        ("Beslut på årsmötet 2021 var att höja avgiften.", None, None),
        ("Enligt beslut på förra årsmötet höjs avgiften.", None, None),
        ("Beslutet på årsmötet var enhälligt.", None, None),
        ("Beslut om vilken logga står som en punkt för kommande stämma.", None, None),
        ("Beslut på nästa styrelsemöte.", "returns", None),
    ],
)
def test_decision_at_members_meeting(sentence: str, status: str | None, body: str | None) -> None:
    found = classify(sentence)
    assert (found.status.value if found else None, found.body if found else None) == (status, body)
