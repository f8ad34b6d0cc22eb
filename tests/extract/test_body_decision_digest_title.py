"""A web page's digest of a council's decisions is titled "Beslut i korthet - regionfullmäktige ..." or
"Snabbreferat från kommunfullmäktige ...": the body is the council the digest is of, not the digest's name."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TEXT = "\n\nFullmäktige beslutade bland annat att anta budgeten för 2024.\n"

CASES = [
    # (head, body)
    ("Beslut i korthet - regionfullmäktige 21-22 november 2023", "Regionfullmäktige"),
    ("Beslut i korthet - regionstyrelsen 30 mars 2022", "Regionstyrelsen"),
    ("Beslut i korthet från Kommunstyrelsen 2016-04-28", "Kommunstyrelsen"),
    ("Snabbreferat från kommunfullmäktige 2016-04-28", "Kommunfullmäktige"),
    ("Till innehåll\n\nSnabbreferat från kommunfullmäktige 24 juni 2024", "Kommunfullmäktige"),
    ("I korthet från styrelsemötet 2016-04-28", "Styrelsen"),
    # look-alikes: the digest's name alone over a titled meeting; a decision sentence "i korthet" in the text
    ("Beslut i korthet\n\nStyrelsemöte 2016-04-28", "Styrelsen"),
    ("Protokoll Kulturnämnden 2016-04-28\n\nBeslut i korthet: nämnden antog budgeten.", "Kulturnämnden"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_decision_digest_title(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _TEXT, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
