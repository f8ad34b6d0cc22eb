"""A matter set for another body's next meeting is not carried (planner.extract.items).

An arbetsutskott writing "frågan tas upp vid styrelsens nästa sammanträde" sends the matter on to
the board; the utskott's own next meeting, or the board's own minutes saying the same, keep it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.items import for_other_body_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("sentence", "body"), [
    ("Arbetsutskottet beslutar att frågan tas upp vid styrelsens nästa sammanträde.", "Arbetsutskottet"),
    ("Ärendet tas upp på kommunstyrelsens nästa sammanträde.", "Kommunstyrelsens arbetsutskott"),
    ("Frågan behandlas vid nämndens nästa möte.", "Beredningsgruppen"),
    ("Förslaget lyfts på regionstyrelsens kommande sammanträde.", "Styrelsen"),
    ("Informationen lämnas vid fullmäktiges nästa sammanträde.", "Kommunstyrelsen"),
])
def test_other_body_meeting_is_not_carried(sentence: str, body: str) -> None:
    assert for_other_body_meeting(sentence, (0, len(sentence)), body)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Frågan tas upp vid styrelsens nästa sammanträde.", "Styrelsen"),
    ("Frågan tas upp vid styrelsens nästa sammanträde.", "Kommunstyrelsen"),
    ("Ärendet tas upp på nämndens nästa möte.", "Miljö- och byggnadsnämnden"),
    ("Ärendet tas upp på utskottets nästa möte.", "Kommunstyrelsens arbetsutskott"),
    ("Frågan tas upp vid nästa sammanträde.", "Arbetsutskottet"),
    ("Anna redovisar vid nästa möte.", "Arbetsutskottet"),
    ("Frågan tas upp vid styrelsens nästa sammanträde.", "Protokoll 12 mars"),
    ("Punkten tas upp vid Annas nästa möte med rektor.", "Elevrådet"),
])
def test_own_or_unknown_meeting_stays_carried(sentence: str, body: str) -> None:
    assert not for_other_body_meeting(sentence, (0, len(sentence)), body)


def test_no_span_keeps_the_carry() -> None:
    assert not for_other_body_meeting("Frågan tas upp vid styrelsens nästa sammanträde.", None, "Arbetsutskottet")


MINUTES = """{body}
Protokoll 2008-11-18

§ 1 Kommunledningsresa
{body_subject} beslutar att frågan om resan tas upp vid {owner} nästa sammanträde, samt att lägga informationen till handlingarna.

§ 2 Ekonomisk rapport
Rapporten läggs till handlingarna.
"""


@pytest.mark.parametrize(("body", "owner", "carried"), [
    ("Arbetsutskottet", "styrelsens", False),
    ("Styrelsen", "styrelsens", True),
])
def test_minutes_carry_only_their_own_next_meeting(body: str, owner: str, carried: bool) -> None:
    text = MINUTES.format(body=body, body_subject=body, owner=owner)
    out = extract_text(minutes_from_text(text)).to_json()
    assert out["meeting"]["body"] == body
    assert bool(out["carry"]) is carried
