"""The meeting adjourned for a while is a break, not a matter put off.

"Måndagen den 23 februari 2009 ... klockan 18.30-22.00 Sammanträdet ajournerades klockan 20.15-20.30" (a
council's front page, often run into the text before the first item) and "... varefter sammanträdet
ajournerades för överläggningar i de politiska grupperna": the meeting itself pauses, so nothing is
postponed or carried. Look-alike: the item's own matter adjourned ("Punkten ajourneras", "Frågan
ajournerades till nästa möte") is postponed.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows


def _minutes(sentence: str) -> str:
    return ("Protokoll fört vid kommunfullmäktiges sammanträde 2009-02-23\n\n"
            "Närvarande: Anna Berg, Karl Ek, Lars Holm\n\n"
            "1. Sammanträdets öppnande\n\nOrdföranden öppnade sammanträdet.\n\n"
            f"2. Budgetuppföljning\n\nBudgetuppföljningen redovisades. {sentence}\n\n"
            "3. Sammanträdets avslutande\n\nOrdföranden avslutade sammanträdet.\n")


@pytest.mark.parametrize("sentence", [
    "Måndagen den 23 februari 2009 i sessionssalen, klockan 18.30-22.00 Sammanträdet ajournerades klockan 20.15-20.30.",
    "Tisdagen den 3 mars kl 09.00 Mötet ajournerades kl 10.05-10.20.",
    "Ärendet föredrogs, varefter sammanträdet ajournerades för överläggningar i de politiska grupperna.",
    "Under behandlingen av ärendet ajournerades sammanträdet klockan 14.00-14.15.",
    "Beslutet fattades sedan mötet ajournerades 10 minuter.",
    "Ärendet diskuterades och förhandlingarna ajournerades för lunch.",
])
def test_meeting_adjourned_is_a_break(sentence: str) -> None:
    items, carry = item_rows(_minutes(sentence), "2009-02-23")
    assert [(n, st) for n, _, st, _ in items] == [("1", "handled"), ("2", "handled"), ("3", "handled")]
    assert carry == []


@pytest.mark.parametrize("sentence", ["Punkten ajourneras.", "Frågan ajournerades till nästa möte."])
def test_matter_adjourned_is_postponed(sentence: str) -> None:
    items, carry = item_rows(_minutes(sentence), "2009-02-23")
    assert [(n, st) for n, _, st, _ in items][1] == ("2", "postponed")
    assert [(f, r) for f, _, r in carry] == [("2", "postponed")]
