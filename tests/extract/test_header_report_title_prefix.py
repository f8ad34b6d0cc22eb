"""A short report's title words ("Kortfattat från", "Kort rapport från", "Nytt från") are no body, and a
meeting's code with its number left after them ("DSM4") names none either.

"Kortfattat från DSM4 20150415": the body was read as "Kortfattat från DSM4"; the head names no body.

Look-alikes: a body after the report words is kept; a code without a number ("BSN", "KS") is kept as before;
"Kortfattad rapport" (no "från") is not a prefix.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import is_numbered_meeting_code
from planner.extract.text import minutes_from_text

_REST = ("\n\nNärvarande: Mats Lind, Jenny Holm.\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Ekonomi\n"
         "Kassan redovisades.\n")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kortfattat från DSM4 20150415", None),
        ("Kort rapport från Kulturnämnden 2019-03-04", "Kulturnämnden"),
        ("Nytt från Hembygdsföreningen 2019-03-04", "Hembygdsföreningen"),
        ("Kortfattat från styrelsemötet 2019-03-04", "Styrelsen"),
        ("Protokoll AU12 2019-03-04", None),
        # look-alikes
        ("Protokoll BSN 2019-03-04", "BSN"),
        ("Protokoll KS 2019-03-04", "KS"),
    ],
)
def test_report_title_words_name_no_body(title: str, body: str | None) -> None:
    assert extract_text(minutes_from_text(title + _REST)).meeting.body == body


@pytest.mark.parametrize(
    ("name", "code"),
    [("DSM4", True), ("AU12", True), ("SG3", True), ("BSN", False), ("UN060502", False), ("Dsm4", False),
     ("Styrelsen 4", False)],
)
def test_numbered_meeting_code(name: str, code: bool) -> None:
    assert is_numbered_meeting_code(name) is code
