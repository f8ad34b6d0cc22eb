"""The body meeting once more on the item's matter: the matter comes back (planner.extract.items).

Informal minutes say "Vi ska ha ett till möte om det", "Vi får ta ett nytt möte kring detta",
"Gruppen träffas igen om frågan": the matter comes back, when the sentence does not say (or at the
month it names). Look-alikes: a meeting in a while ("Vi ses igen om två veckor"), one with someone
else ("ett nytt möte om det med kommunen"), one already held ("Vi hade ett till möte om det").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Vi ska ha ett till möte om det.", None),
    ("Vi får ta ett nytt möte kring detta.", None),
    ("Vi behöver ytterligare ett möte om budgeten i maj.", "2021-05"),
    ("Gruppen träffas igen om frågan.", None),
    ("Vi bokar ett extra möte angående lokalfrågan.", None),
    ("Vi har ett nytt möte om årets budget.", None),
    ("Vi kommer att ha ytterligare ett styrelsemöte om stadgarna.", None),
])
def test_meeting_again_on_the_matter_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.RETURNS
    assert f.when == when


@pytest.mark.parametrize("sentence", [
    "Vi ses igen om två veckor.",
    "Vi träffas igen om en månad.",
    "Vi hade ett till möte om det i går.",
    "Vi ska ha ett nytt möte om det med kommunen.",
    "Gruppen har haft ett möte med kommunen om det.",
    "Ett nytt möte med leverantören bokas in.",
    "Arbetsgruppen träffades igen om frågan i januari.",
])
def test_other_meetings_are_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


_MINUTES = """Protokoll sektionsmöte 2011-05-22

Närvarande: Ida, Carolina, Jonas

1. Mötet öppnas

2. Lokalen
Vi har diskuterat vad vi vill göra med lokalen men inte kommit fram till något. Vi ska ha ett till möte om det.

3. Mötet avslutas
"""


def test_item_whose_matter_gets_another_meeting_is_carried(tmp_path: Path) -> None:
    path = tmp_path / "sektion.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    status = {i["number"]: i["status"] for i in out["items"]}
    assert status["2"] == "returns"
    assert [(c["from_item"], c["reason"], c["when"]) for c in out["carry"]] == [("2", "returns", None)]
