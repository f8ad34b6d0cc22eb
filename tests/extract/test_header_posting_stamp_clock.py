"""A web page's posting stamp on its own head line ("18.08.2017 kl. 10:35", another day than the meeting's)
gives no start: the clock the minutes state for the meeting's day does."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: Anna Ek, Per Lind, Eva Berg\n\n1. Mötet öppnas\n\n2. Agendan godkänns\n"


@pytest.mark.parametrize(
    ("head", "start"),
    [
        (("Styrelsemöte 15.8.2017\n\n18.08.2017 kl. 10:35\n\nProtokoll för styrelsemöte 15.8.2017 kl. 17.30 på "
         "skolans gård."), "17:30"),
        (("Styrelsemöte 2019-03-04\n\n2019-03-06 kl 08.12\n\nProtokoll fört vid styrelsemöte 2019-03-04 kl. 18.00 i "
         "klubbstugan."), "18:00"),
        # look-alikes: the stamp on the meeting's own day; a later date line naming the meeting's day without a year
        ("Styrelsemöte 15.8.2017\n\n15.08.2017 kl. 18:00\n\nProtokoll för styrelsemöte 15.8.2017 på skolans gård.",
         "18:00"),
        (("Protokoll 2012-08-21 Protokoll föräldraråd 20 augusti kl. 18.30\n\nDokumentnamn\nProtokoll\nDatum\n"
         "2012-08-21\nProtokoll föräldraråd 20 augusti kl. 18.30 Expeditionen"), "18:30"),
    ],
)
def test_posting_stamp_gives_no_start(head: str, start: str) -> None:
    assert extract_meeting(minutes_from_text(head + _TAIL))[0].start == start
