"""A time label inside a head line, after another label's value, gives the meeting's hours.

"Plats: Svanen Tid: 18.00  –  19.45": the line opens with the place's label, so the time label was not read
(labels are read where they open a line) and the range, with no "kl" before it, was taken for no hours.

Look-alikes: a count or a number after the label, a time label opening its line (read by the older rule),
and a range with no label before it give no hours by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import _Folded, document_parts, header_end, inner_time_label_range
from planner.extract.text import minutes_from_text


def _hours(line: str) -> tuple[str, str] | None:
    doc = minutes_from_text(f"Protokoll från medlemsmöte den 5 sept. 2022\n{line}\nNärvarande: 19 medlemmar.\n")
    parts = document_parts(doc)
    found = inner_time_label_range(parts, header_end(parts), _Folded(parts))
    return (found[0].value, found[1].value) if found else None


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Plats: Svanen Tid: 18.00  –  19.45", ("18:00", "19:45")),
        ("Plats: Svanen Tid: kl. 18-20", ("18:00", "20:00")),
        ("Datum: 5 sept. 2022 Tid: 9.00 - 12.00 Plats: Svanen", ("09:00", "12:00")),
        # look-alikes
        ("Plats: Svanen Tid: 5 personer 18-20", None),
        ("Tid: 18.00-19.45", None),
        ("Plats: Svanen 18.00 - 19.45", None),
        ("Plats: Svanen Tid: 2022", None),
    ],
)
def test_inner_time_label(line: str, hours: tuple[str, str] | None) -> None:
    assert _hours(line) == hours


def test_meeting_hours_from_inner_label() -> None:
    doc = minutes_from_text("Protokoll från medlemsmöte den 5 sept. 2022\nPlats: Svanen Tid: 18.00  –  19.45\n"
                            "Närvarande: 19 medlemmar.\n\n§1.   Ordföranden hälsar välkommen och öppnar mötet.\n")
    meeting = extract_text(doc).meeting
    assert (meeting.start, meeting.end, meeting.venue) == ("18:00", "19:45", "Svanen")
