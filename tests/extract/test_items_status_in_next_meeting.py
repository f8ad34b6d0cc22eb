""""i nästa möte", as spoken, names the next meeting like "på nästa möte" (planner.extract.items).

"§35 Föregående mötesprotokoll 2017-05-08 / Protokollet har inte skickats ut innan mötet. / Beslut: - vi godkänner
protokollet i nästa möte." (985): the approval goes to the next meeting, but only "till/på/vid nästa" were read.
Whole phrases "i nästa/kommande/nästkommande" + a meeting noun now join RETURNS_WITH_LATER (the approval of
the minutes put off is postponed, as before). Look-alikes: "i nästa vecka", "i nästa steg", "i nästa nummer"
name no meeting; someone taking part ("Anna deltar i nästa möte", "är med i nästa möte") brings nothing back.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

JUNE_2017 = date(2017, 6, 13)


@pytest.mark.parametrize("sentence", [
    "Vi godkänner protokollet i nästa möte.",
    "Frågan tas upp i kommande sammanträde.",
    "Frågan diskuteras vidare i nästa styrelsemöte.",
    "Beslut fattas i nästkommande möte.",
    "Kassören redovisar budgeten i nästa möte.",
    "Vi fortsätter diskussionen i nästa möte.",
])
def test_in_the_next_meeting_returns(sentence: str) -> None:
    f = classify(sentence, JUNE_2017)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


@pytest.mark.parametrize("sentence", [
    "Kassören redovisar i nästa vecka.",
    "Vi går vidare i nästa steg.",
    "Artikeln publiceras i nästa nummer av medlemsbladet.",
    "Anna deltar i nästa möte.",
    "Per är med i nästa möte som adjungerad.",
    "Eva är ordförande i nästa möte.",
])
def test_no_return_in_look_alikes(sentence: str) -> None:
    assert classify(sentence, JUNE_2017) is None


_MINUTES = """Protokoll styrelsemöte 2017-06-13

Närvarande: Anna Berg, Per Holm, Eva Lind

§35 Föregående mötesprotokoll 2017-05-08
Protokollet har inte skickats ut innan mötet.
Beslut:
- vi godkänner protokollet i nästa möte.

§36 Ekonomi
Kassarapporten har skickats ut.
"""


def test_minutes_approval_put_off_to_the_next_meeting() -> None:
    found = extract_text(minutes_from_text(_MINUTES))
    item = next(it for it in found.items if it.number == "35")
    assert (item.status, item.target.when) == (ItemStatus.POSTPONED, "next")
    assert [(c.from_item, c.when) for c in found.carry] == [("35", "next")]
