"""The minutes' bare number between the record word and "fört vid" ("Protokoll 3 fört vid styrelsemöte med
Diabetesföreningen"): skipped like "nr 3", the body read after "fört vid"."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TEXT = "\nNärvarande ordinarie ledamöter:\nRoger Hedh, Camilla Boström, Maria Dahl\n§1 Mötet öppnas\n"

CASES = [
    # (head, body)
    (("Protokoll 2014-05-21\n\nadvertisement\nProtokoll 3 fört vid styrelsemöte med Diabetesföreningen\n"
      "Kalmar – Öland m.o., 21 maj 2014 på Nygatan 30, Kalmar"), "Diabetesföreningen"),
    ("Protokoll 3 fört vid styrelsemöte med Diabetesföreningen den 21 maj 2014", "Diabetesföreningen"),
    ("Protokoll 12 fört vid sammanträde med Kulturnämnden 21 maj 2014", "Kulturnämnden"),
    ("Protokoll nr 12 fört vid sammanträde med Kulturnämnden 21 maj 2014", "Kulturnämnden"),
    ("Protokoll 5 förda vid möte med Styrgruppen för folkhälsa 21 maj 2014", "Styrgruppen för folkhälsa"),
    # look-alikes: a number that is the page's, then the body; a number in the name before "vid"
    ("Protokoll 1 (6) Kulturnämnden 21 maj 2014", "Kulturnämnden"),
    ("Protokoll Kulturnämnden 21 maj 2014\n3 Fört vid mötet: Roger Hedh", "Kulturnämnden"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_number_before_kept_at(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _TEXT, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
