"""A day between "har" and a supine is the day a thing was done, not a thing to come: besides the active supine
("har den 4 oktober 2017 gjort en sammanställning"), the passive one and other acts done ("Fredagsgruppen har den 17
maj 2024 getts möjlighet att inkomma med synpunkter", "har den 3 juni 2024 fått svar", "har den 5 juni 2024
fastställts"). Look-alikes: a plan after "har" with an infinitive ("har den 17 maj 2024 möjlighet att komma"), a
future "ska den ... ges", and a supine far from the date.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_HEAD = "Protokoll 2024-05-02\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Balanslistan\n"

CASES = [
    # (sentence, event dates)
    ("Fredagsgruppen och SamReKo har den 17 maj 2024 getts möjlighet att inkomma med synpunkter på dokumentet.", []),
    ("Kommunerna har den 3 juni 2024 fått svar från regionen.", []),
    ("Planen har den 5 juni 2024 fastställts av nämnden.", []),
    ("Frågan har redan den 20 maj 2024 beslutats av styrelsen.", []),
    ("Rapporten har den 10 juni 2024 publicerats på webben.", []),
    # look-alikes
    ("Fredagsgruppen ska den 17 maj 2024 ges möjlighet att inkomma med synpunkter.", ["2024-05-17"]),
    ("Nästa möte hålls den 17 maj 2024 och då har alla fått handlingarna.", ["2024-05-17"]),
]


@pytest.mark.parametrize(("sentence", "dates"), CASES)
def test_events_perfect_passive_supine(sentence: str, dates: list[str]) -> None:
    assert [e.date for e in extract_text(minutes_from_text(_HEAD + sentence + "\n")).events] == dates
