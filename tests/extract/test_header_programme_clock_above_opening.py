"""A programme's clock on a line of its own just above the meeting's opening ("Tid" / "Ämne" / "Föredragande" /
"8:00" / "(5 min)" / "Sammanträdets öppnande och formalia", a flattened three-column table): the start. Look-alikes:
no clock above the opening, a date line above it, a point's number ("1.25"), a clock further up."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = "Regionala utvecklingsnämnden 2023-04-05\n\nProgram/tidsplan\nTid\nÄmne\nFöredragande\n"
_TAIL = "\nOrdföranden\nAjournering\n8:05\n(50 min)\nInformation om projektansökningsprocessen\nKatarina Molin\n"


@pytest.mark.parametrize(
    ("rows", "start"),
    [
        ("8:00\n(5 min)\nSammanträdets öppnande och formalia", "08:00"),
        ("13.00\nMötets öppnande", "13:00"),
        ("Kl. 09:30\n(10 min)\nSammanträdets öppnande", "09:30"),
        ("18:30\n\nMötets öppnande och val av justerare", "18:30"),
        # look-alikes
        ("Anna Ek\nMötets öppnande", None),
        ("(5 min)\nMötets öppnande", None),
        ("2023-04-05\nMötets öppnande", None),
        ("1.25\nMötets öppnande", None),
        ("8:00\nInledning\nOrdföranden\nVal av justerare\nMötets öppnande", None),
    ],
)
def test_programme_clock_above_the_opening(rows: str, start: str | None) -> None:
    m = extract_meeting(minutes_from_text(_HEAD + rows + _TAIL))[0]
    assert m.start == start
