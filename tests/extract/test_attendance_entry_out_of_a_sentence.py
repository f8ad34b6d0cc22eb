"""A sentence run on after a list, its subject a name and a comma: "... Jonas Andersson, Länsstyrelsen Fet kursiv
stil markerar beslut/uppdrag Ulrica Adelbris, projektledare ESF-projektet Effektiv miljötillsyn, adjungerades
till dagens styrgruppsmöte." was read as one more entry, the clause of a passive verb in the past as its
organisation. Such an entry is no attendee of the list.

Look-alikes: organisations and roles ("Länsstyrelsen", "adjungerad", "ledamot i styrelsen", "verksamhetsledare
för projektet") stay entries.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _in_a_sentence


@pytest.mark.parametrize(
    ("org", "sentence"),
    [
        ("adjungerades till dagens styrgruppsmöte", True),
        ("valdes till ordförande", True),
        ("utsågs till justerare", False),  # (no passive in -des/-tes: left to the other rules)
        ("anmäldes av styrelsen", True),
        # look-alikes
        ("Länsstyrelsen", False),
        ("adjungerad", False),
        ("ledamot i styrelsen", False),
        ("verksamhetsledare för projektet", False),
        ("Helsingborgs miljökontor", False),
    ],
)
def test_in_a_sentence(org: str, sentence: bool) -> None:
    assert _in_a_sentence(Person("Ulrica Adelbris", 0, 15, organisation=org)) is sentence
