"""A stored copy's flattened page runs the whole head and the first items into one long line; the sentence
opening the meeting gives the start there too: "1.1 Mötets öppnande Lloyd Baltz förklarade mötet öppnat klockan
18:25 och hälsade alla välkomna", "Ordföranden öppnade sammanträdet kl. 13.05", "Mötet öppnades kl 19.00".
Look-alikes: an opening sentence with no clock, a clock elsewhere in the line, the next meeting's opening."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = ("1 Protokoll nummer 2 för den 04/ Styrelsemöte nr. 2 Närvarande: Olof Bjälkvall, kassör John Lundhgren "
         "Johan Nyllet Nylin Erland Nylund Leo Borg Mats Heden 1 Inledande formalia 1.1 Mötets öppnande ")
_TAIL = " 1.2 Fastställande av röstlängd notera 8 av 9 ur styrelsen närvarar och är därmed beslutsmässigt.\n"


def _start(sentence: str) -> str | None:
    return extract_meeting(minutes_from_text("Styrelsemöte 2013-04-04\n\n" + _HEAD + sentence + _TAIL))[0].start


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Lloyd Baltz förklarade mötet öppnat klockan 18:25 och hälsade alla välkomna", "18:25"),
        ("Ordföranden öppnade sammanträdet kl. 13.05 och hälsade alla välkomna", "13:05"),
        ("Mötet öppnades kl 19.00 av ordföranden", "19:00"),
        # look-alikes
        ("Lloyd Baltz förklarade mötet öppnat och hälsade alla välkomna", None),
        ("Lloyd Baltz förklarade mötet öppnat. Bussen går kl 18.25 från stationen", None),
        ("Lloyd Baltz förklarade mötet öppnat. Nästa möte öppnas kl 18.00 i lokalen", None),
    ],
)
def test_opening_sentence_clock_in_long_line(sentence: str, start: str | None) -> None:
    assert _start(sentence) == start
