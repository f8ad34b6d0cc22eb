"""A place label whose value is the place and then the clock: "Plats Restaurang Tvåkanten kl. 12.00",
"Plats: Byahuset, kl 19.00-21.00". The clock is the meeting's start (and end, for a range); the
place stays the venue. A place with digits (an address, a date) or a clock in running text is not it.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def times_of(text: str) -> tuple[str | None, str | None, str | None]:
    m = extract_meeting(minutes_from_text(text))[0]
    return m.start, m.end, m.venue


@pytest.mark.parametrize(
    ("head", "start", "end", "venue"),
    [
        ("PROTOKOLL GÖTEBORGS YACHT CLUB 2003-09-11\n\nPlats Restaurang Tvåkanten kl. 12.00\n\nNärvarande Klas Jacobson\n",
         "12:00", None, "Restaurang Tvåkanten"),
        ("Protokoll styrelsemöte 2014-10-13\nPlats: Byahuset, kl 19.00-21.00\nNärvarande: Lena Persson\n",
         "19:00", "21:00", "Byahuset"),
        ("Protokoll styrelsemöte 2019-05-02\nPlats: Klubbstugan klockan 18:30\nNärvarande: Anna Berg\n",
         "18:30", None, "Klubbstugan"),
    ],
)
def test_place_label_then_clock(head: str, start: str, end: str | None, venue: str) -> None:
    got = times_of(head)
    assert got[0] == start
    assert got[1] == end
    assert got[2] is not None and got[2].startswith(venue)


@pytest.mark.parametrize(
    "head",
    [
        # the clock is in a sentence after the place: some other time, not a place label's value
        "Protokoll styrelsemöte 2019-05-02\nPlats: Klubbstugan. Kaffe serveras från kl. 18.00 på altanen i år\n",
        "Protokoll styrelsemöte 2019-05-02\nPlats: Klubbstugan. Kaffe serveras från kl. 18.00\n",
        # no clock at all
        "Protokoll styrelsemöte 2019-05-02\nPlats: Klubbstugan\nNärvarande: Anna Berg\n",
    ],
)
def test_no_start_from_place_label_without_trailing_clock(head: str) -> None:
    assert times_of(head)[0] is None
