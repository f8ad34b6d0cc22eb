""""Frågan tas upp efter sommaruppehållet", "Vi tar upp budgeten senare under året": a matter taken up again after a
break of the body's own or later in the year (LATER_TIMES, read by the taken-up-later rule of
planner.extract.items `classify`) comes back, `when` null. Look-alikes: the same words told in the past ("togs upp
efter sommaruppehållet"), an activity that resumes ("Verksamheten startar igen efter sommaruppehållet"), and a
plain statement with no verb of taking up."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 19)


@pytest.mark.parametrize("sentence", [
    "Frågan tas upp efter sommaruppehållet.",
    "Frågan tas upp efter årsskiftet.",
    "Vi tar upp budgeten senare under året.",
    "Ärendet behandlas efter sommarlovet.",
    "Vi återkommer i frågan efter julledigheten.",
])
def test_taken_up_after_a_break_returns(sentence: str) -> None:
    found = classify(sentence, MAY_2021)
    assert found is not None and found.status is ItemStatus.RETURNS and found.when is None


@pytest.mark.parametrize("sentence", [
    "Ärendet togs upp efter sommaruppehållet.",
    "Verksamheten startar igen efter sommaruppehållet.",
    "Lokalen är stängd efter årsskiftet.",
    "Kansliet har semester efter sommaruppehållet.",
    "Frågan behandlades senare under året.",
])
def test_no_return_after_a_break(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None
