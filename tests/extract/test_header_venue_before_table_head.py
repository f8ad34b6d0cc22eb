"""A place on the head's venue label runs on into the column heads of an attendance table ticked with crosses
(Åland and Finland-Swedish templates): "Plats: Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig
ersättare Närv." The place ends before "Ordinarie ledamot". Look-alikes: "ordinarie" as a word of the place."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Plats: Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv.", "Kommunkansliet"),
        ("Plats: Kommungården, Godby Ordinarie ledamöter Närv. Ersättare Närv.", "Kommungården, Godby"),
        # look-alikes
        ("Plats: Kommunhuset, ordinarie sammanträdesrum", "Kommunhuset, ordinarie sammanträdesrum"),
        ("Plats: Ordinarie möteslokal, Kommunhuset", "Ordinarie möteslokal, Kommunhuset"),
    ],
)
def test_place_before_table_head(line: str, expected: str) -> None:
    text = (f"GETA KOMMUN SAMMANTRÄDESKALLELSE\nTid och plats 7 april 2021\n{line}\n"
            "Beslutande Ingvar Björling, ordf X Kim Björling -\n\n1 Sammanträdets konstituerande\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == expected
