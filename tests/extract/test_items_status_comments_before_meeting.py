"""Comments asked for before a later meeting bring the matter back at that meeting (planner.extract.items).

"7. Organisationen UPS / Förslaget till organisationen för UPS har skickats ut till samtliga styrelsemedlemmar
som ombeds komma med synpunkter inför styrelsemötet den 25 augusti." (363): the proposal comes back on 25
August. Comment nouns ("synpunkter", "kommentarer", "input", "inspel", ...), within four words "inför", then
the body's meeting with its date, or the next meeting: here "inför nästa möte" is that meeting, not a deadline
before it. Look-alikes: comments given before this meeting ("Åke lämnade synpunkter inför mötet men deltog
inte"), a meeting already past ("inför mötet den 3 maj"), another body's meeting ("inför kommunfullmäktiges
sammanträde den 12 juni"), and no comments to come ("Inga synpunkter framfördes").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Förslaget skickas till ledamöterna, som ombeds komma med synpunkter inför styrelsemötet den 25 augusti.",
     "2021-08-25"),
    ("Synpunkter på utkastet lämnas inför nästa möte.", "next"),
    ("Ledamöterna ombeds skicka kommentarer på texten inför sammanträdet den 9 juni.", "2021-06-09"),
    ("Alla uppmanas att lämna input inför kommande möte.", "next"),
    ("Inspel till strategin tas emot inför mötet den 15 september.", "2021-09-15"),
])
def test_comments_before_a_later_meeting_return(sentence: str, when: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Åke lämnade synpunkter inför mötet men deltog inte.",
    "Kommentarer till Anna inför mötet den 3 maj.",
    "Synpunkter inför kommunfullmäktiges sammanträde den 12 juni.",
    "Inga synpunkter framfördes på anteckningarna.",
    "Synpunkter på förslaget lämnas till Anna senast den 10 juni.",
])
def test_no_later_meeting_for_the_comments(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None


_MINUTES = """Protokoll styrelsemöte 2021-05-26

Närvarande: Anna Berg, Per Holm, Eva Lind

7. Organisationen UPS

Förslaget till organisationen för UPS har skickats ut till samtliga styrelsemedlemmar som ombeds komma med
synpunkter inför styrelsemötet den 25 augusti.

8. Mötets avslutande

Ordföranden avslutade mötet.
"""


def test_item_returns_on_the_meetings_day() -> None:
    found = extract_text(minutes_from_text(_MINUTES))
    item = next(it for it in found.items if it.number == "7")
    assert (item.status, item.target.when) == (ItemStatus.RETURNS, "2021-08-25")
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("7", "returns", "2021-08-25")]
