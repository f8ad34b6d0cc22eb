"""A sentence that tells how the body keeps its papers at every meeting carries nothing.

"Minnesanteckningar kommer att skrivas vid varje möte" / "Kallelsen skickas ut en vecka före varje
sammanträde": the meeting's own records and notices, done each time, are the body's routine, not a matter
put on the next agenda. Look-alikes: a matter put on every meeting ("Styrelsen beslutar att kolla
verksamhetsplanen varje möte", "Ekonomin ska följas upp vid varje sammanträde") and the agenda given a
standing point still come back at the next meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows


def _minutes(sentence: str) -> str:
    return ("Protokoll fört vid styrelsemöte 2019-02-11\n\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n"
            "1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
            f"2. Rådets arbetsformer\n\nOrdföranden informerar om hur arbetet i rådet ska bedrivas. {sentence}\n\n"
            "3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize("sentence", [
    "Minnesanteckningar kommer att skrivas vid varje möte.",
    "Minnesanteckningarna ska skickas ut efter varje möte.",
    "Protokoll förs vid varje sammanträde.",
    "Kallelsen skickas ut en vecka före varje sammanträde.",
    "Handlingarna ska finnas på webben inför varje möte.",
    "Mötesprotokollet justeras vid varje möte av två ledamöter.",
])
def test_papers_at_every_meeting_carry_nothing(sentence: str) -> None:
    items, carry = item_rows(_minutes(sentence), "2019-02-11")
    assert [(n, st) for n, _, st, _ in items] == [("1", "handled"), ("2", "handled"), ("3", "handled")]
    assert carry == []


@pytest.mark.parametrize("sentence", [
    "Styrelsen beslutar att kolla verksamhetsplanen varje möte.",
    "Ekonomin ska följas upp vid varje sammanträde.",
    "Protokoll från arbetsgrupperna ska vara en stående punkt.",
])
def test_matter_at_every_meeting_comes_back(sentence: str) -> None:
    _items, carry = item_rows(_minutes(sentence), "2019-02-11")
    assert [(f, r) for f, _, r in carry] == [("2", "returns")]
