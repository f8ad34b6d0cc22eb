"""An activity resumed is not a matter taken up again (planner.extract.items).

"Speciellt glädjande upplevde de närvarande att föreningen igen kan återuppta traditionen med att bjuda
invånarna ... på kaffe och kaka på Palmsöndagen den 10 april": a tradition resumed on a date, not the
item coming back then. An active "återuppta" takes up the matter itself only when its object is the
matter ("återuppta diskussionen i mars"); the passive "Frågan återupptas efter sommaren" stays a return.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify

FEBRUARY_2022 = date(2022, 2, 24)


@pytest.mark.parametrize("sentence", [
    ("Speciellt glädjande upplevde de närvarande att föreningen igen kan återuppta traditionen med att bjuda "
     "invånarna på serviceboendet på kaffe och kaka på Palmsöndagen den 10 april."),
    "Vi ska återuppta träningen den 10 april.",
    "Klubben kan återuppta verksamheten i mars.",
])
def test_activity_resumed_is_not_a_return(sentence: str) -> None:
    assert classify(sentence, FEBRUARY_2022) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Vi kan återuppta diskussionen i mars.", "2022-03"),
    ("Styrelsen beslutar att återuppta frågan i april.", "2022-04"),
    ("Frågan återupptas efter sommaren.", None),
])
def test_matter_taken_up_again_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, FEBRUARY_2022)
    assert f is not None and f.status.value == "returns" and f.when == when
