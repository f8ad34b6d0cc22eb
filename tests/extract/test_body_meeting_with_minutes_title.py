"""A site's page titled "<meeting> med protokoll" (the meeting, with its minutes attached): the record words after
"med" are no part of the name, the meeting word gives the body."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TEXT = "\n\nNärvarande: Anders Bensryd, Åke Åström och Mats Gustafsson\n\n1. Mötets öppnande\n"

CASES = [
    # (head, body)
    ("Styrelsemöte med protokoll\n\nStyrelsemöte tisdagen den 9/8 2022 kl 18:00 på Luleå Boulehall.", "Styrelsen"),
    ("Styrelsemöte med protokoll 2022-08-09", "Styrelsen"),
    ("Styrelsemöte med minnesanteckningar 2022-08-09", "Styrelsen"),
    ("Kulturnämnden med protokoll 2022-08-09", "Kulturnämnden"),
    ("Möte med Kulturnämnden 2019-03-12", "Kulturnämnden"),
    # look-alikes: a name that ends in "med" before a capitalised record word; a meeting held with someone
    ("Pensionärsrådet och Rådet för personer med Sammanträdesprotokoll 2016-09-29",
     "Pensionärsrådet och Rådet för personer med"),
    ("Styrelsemöte med Falkens scoutkår 2022-08-09", "Falkens scoutkår, styrelsen"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_meeting_with_minutes_title(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _TEXT, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
