"""The next meeting named with its day, hour and place, then what it is about, announces that topic.

"Nästa styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak förberedelser
inför årsmötet": the topic is announced for the next meeting, from the item the sentence stands in.
Look-alikes: "avser" with who intends right after it ("Nästa möte avser vi hålla i maj") and a next meeting
named with no topic carry nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows


def _minutes(sentence: str) -> str:
    return ("Protokoll fört vid styrelsemöte 2017-09-20\n\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n"
            "1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
            f"2. Nästa möte\n\n{sentence}\n\n"
            "3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize("sentence", [
    ("Nästa styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak förberedelser "
     "inför årsmötet."),
    "Nästa möte hålls den 12 oktober kl. 18.00 i klubbstugan och avser budgeten för 2018.",
    "Nästa sammanträde den 5 november i kommunhuset kommer att avse verksamhetsplanen.",
    "Nästa styrelsemöte äger rum tisdagen den 10 oktober 2017 kl 19.00 hos Anna och ägnas åt budgeten.",
    "Nästa möte den 12 oktober kl 18:00 i Folkets hus, lokal 3, kommer att handla om trafiksäkerhet.",
    "Nästa möte blir 2017-10-12 i bystugan och ska avse val av revisorer.",
])
def test_next_meeting_about_a_topic_announces_it(sentence: str) -> None:
    items, carry = item_rows(_minutes(sentence), "2017-09-20")
    assert [(n, st) for n, _, st, _ in items] == [("1", "handled"), ("2", "handled"), ("3", "handled")]
    assert [(f, r) for f, _, r in carry] == [("2", "announced")]


@pytest.mark.parametrize("sentence", [
    "Nästa möte avser vi hålla i slutet av oktober.",
    "Nästa styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan.",
    "Nästa möte avser styrelsen att hålla den 12 oktober.",
])
def test_next_meeting_without_topic_carries_nothing(sentence: str) -> None:
    _items, carry = item_rows(_minutes(sentence), "2017-09-20")
    assert carry == []
