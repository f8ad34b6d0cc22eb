"""A section headed by a yearly gathering named by a compound and its year ("5. Miljöchefsmötet 2019"), whose
text says where it is held over days ("Scandic Hasselbacken är bokad 2019-03-14—15", "Genomförs 2020-03-12—13
på Hasselbacken"): that gathering, a conference, titled by the heading. A matter about one ("Utvärdering
Miljöchefsmötet 2019"), the body's own meetings, one day, or no place keep what the sentence says."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Kommunala Miljöchefer styrelsemöte 2018-09-17\n\n1. Mötet öppnades\n\nInget.\n\n"
TAIL = "\n\n9. Avslutning\n\nInget.\n"


def kinds(section: str) -> list[tuple[str, str]]:
    r = extract_text(minutes_from_text(HEAD + section + TAIL))
    return [(e.kind.value, e.title) for e in r.events]


@pytest.mark.parametrize(("section", "want"), [
    ("5. Miljöchefsmötet 2019\n\na. Tid och plats\n\nScandic Hasselbacken är bokad 2019-03-14—15.",
     [("conference", "Miljöchefsmötet 2019")]),
    ("3. Miljöchefsmötet 2020\n\nGenomförs 2020-03-12—13 på Hasselbacken", [("conference", "Miljöchefsmötet 2020")]),
    ("4. Riksträffen 2020\n\nGenomförs 2020-05-12—13 på Hotell Tylösand", [("conference", "Riksträffen 2020")]),
    # look-alikes: a matter about the gathering, one day, no place, the body's own annual meeting
    ("5. Utvärdering Miljöchefsmötet 2019\n\nGenomförs 2020-03-12—13 på Hasselbacken", [("other", "Genomförs på Hasselbacken")]),
    ("5. Miljöchefsmötet 2019\n\nScandic Hasselbacken är bokad 2019-03-14.", [("other", "Scandic Hasselbacken är bokad")]),
    ("5. Årsmötet 2019\n\nGenomförs 2019-03-14—15 på Hasselbacken", [("other", "Genomförs på Hasselbacken")]),
])
def test_yearly_gathering_heading(section: str, want: list[tuple[str, str]]) -> None:
    assert kinds(section) == want
