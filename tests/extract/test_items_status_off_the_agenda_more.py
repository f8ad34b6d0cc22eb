"""More ways to take the item off the agenda postpone it (planner.extract.items).

"Ärendet dras ur dagordningen", "Ärendet drogs från föredragningslistan", "Ärendet tas från
dagordningen", and the matter with a modal and "utgå" ("Punkten får utgå", "Punkten fick utgå på grund
av tidsbrist"): the item is dropped from this meeting. Look-alikes: "utgå" of a payment ("Ersättning
får utgå med 500 kr", "Arvode ska utgå enligt gällande regler") and "tas från" something that is no
agenda ("Pengarna tas från budgeten").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärendet dras ur dagordningen.", None),
    ("Ärendet drogs från föredragningslistan.", None),
    ("Ärendet tas från dagordningen.", None),
    ("Punkten får utgå.", None),
    ("Punkten fick utgå på grund av tidsbrist.", None),
    ("Informationspunkten ska utgå och tas upp på nästa möte.", "next"),
    ("Ärendet togs ur ärendelistan och tas upp på nästa möte.", "next"),
])
def test_off_the_agenda_postpones(sentence: str, when: str | None) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, when)


@pytest.mark.parametrize("sentence", [
    "Ersättning får utgå med 500 kr.",
    "Arvode ska utgå enligt gällande regler.",
    "Pengarna tas från budgeten.",
])
def test_no_drop(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None
