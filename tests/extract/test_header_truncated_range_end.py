"""A range whose end lost its minutes after the colon gives no end: "Beslutande Roger Hansson 8:15-11: Kerstin
Gadde" (a docplayer transcript drops the digits after a colon); the end was read as 11:00.

Look-alikes: a whole range, a range closing a sentence with a full stop, whole hours after "kl", a range
before a comma.
"""

from __future__ import annotations

import pytest

from planner.extract.header import find_time_range


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Beslutande Roger Hansson 8:15-11: Kerstin Gadde", None),
        ("Tid 13:00-16: Plats Stadshuset", None),
        ("Tid 13.00-16: Plats Stadshuset", ("13:00", "16:00")),
        # look-alikes
        ("Beslutande Roger Hansson 8:15-11:30 Kerstin Gadde", ("08:15", "11:30")),
        ("Mötet pågick kl 15-16.", ("15:00", "16:00")),
        ("kl 13-16: Stadshuset", ("13:00", "16:00")),
        ("kl 8.15-11.00, Kommunhuset", ("08:15", "11:00")),
    ],
)
def test_truncated_range_end(text: str, hours: tuple[str, str] | None) -> None:
    found = find_time_range(text)
    assert (None if found is None else (found[0].value, found[1].value)) == hours
