"""A matter weighed again, or a meeting called on it, comes back when the sentence says when (planner.extract.items).

As "Frågan tas upp igen i augusti": "Frågan utvärderas igen i september", "Ordningen ses över på nytt i
höst", "Kallande till möte i frågan längre fram", "Styrelsen kallar till ett nytt möte i frågan i höst"
return. Look-alikes: no time said ("Frågan utvärderas igen och mötet beslutar"), a meeting called on
another matter ("kallar till möte om midsommarfesten"), and a call to this meeting ("Kallelse till mötet
skickades ut i tid").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2020 = date(2020, 3, 23)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Kallande till möte i frågan längre fram.", None),
    ("Inget ställningstagande till detta ännu. Kallande till möte i frågan längre fram.", None),
    ("Styrelsen kallar till ett nytt möte i frågan i höst.", None),
    ("Kallelse till möte i ärendet kommer senare.", None),
    ("Frågan utvärderas igen i september.", "2020-09"),
    ("Ordningen ses över på nytt i höst.", None),
    ("Avgiften utvärderas på nytt längre fram.", None),
])
def test_weighed_again_or_met_on_later_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2020)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Frågan utvärderas igen och mötet beslutar att behålla avgiften.",
    "Styrelsen kallar till möte om midsommarfesten i juni.",
    "Kallelse till mötet skickades ut i tid.",
    "Kallelse till möte i frågan skickades ut.",
    "Verksamheten utvärderades under året.",
])
def test_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2020) is None
