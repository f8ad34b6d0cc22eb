"""A title's date written in brackets ("Kort rapport från presidiemötet (2000-10-19)", "Styrelsemöte 9
(20171127)"): the body is read without the bracket the date stood in."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TEXT = "\n\n§1 Mötet öppnas\nNärvarande: Jan-Erik Engman, Lasse Johansson.\n"

CASES = [
    # (head, body)
    ("Kort rapport från presidiemötet (2000-10-19)", "Presidiet"),
    ("Styrelsemöte 9 (20171127)\n\n                 Styrelsemöte 9 (20171127)", "Styrelsen"),
    ("Protokoll Kulturnämnden (2019-03-12)", "Kulturnämnden"),
    ("Minnesanteckningar Styrgruppen för folkhälsa [2019-03-12]", "Styrgruppen för folkhälsa"),
    ("Protokoll från Teknikutskottet (12 mars 2019)", "Teknikutskottet"),
    # look-alikes: a bracket that is part of the name; no name before the bracketed date
    ("Protokoll Samverkansgruppen (RCC) 2019-03-12", "Samverkansgruppen (RCC)"),
    ("Protokoll (2019-03-12)", None),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_date_in_brackets(tmp_path: Path, head: str, body: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _TEXT, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
