"""Rows of a member list set out as paragraphs on a web page are no headings.

"Jan Zielinski (S)" / "Kerstin Gustafsson-Andersson (C)" / "Theresa Rosbäck (M) Ordf." and
"Charlotte Leander, miljöchef" / "Suzanne Eckerström, sekreterare" / "Helena Hager Enert, avd.chef
Livsmedel ...": each line stands alone between blank lines like a heading over a paragraph, but it
is a name with a party in brackets or a role in lower case after a comma, next to a row like it.
Look-alike: a heading with a party in brackets over its text, next to no such row ("Motion om
cykelbanor (S)"), stays.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll från direktionens sammanträde den 6 februari 2024.\n\nBeslutande:\n\n"
ITEMS = ("Val av justerare\n\nAgneta Sörensson (M) utses att justera dagens protokoll som justeras fredag.\n\n"
         "Sammanträdesdatum 2024\n\nFöreligger nytt förslag från beredningen om sammanträdesdatum under 2024.\n\n")


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize("rows", [
    ("Agneta Sörensson (M)\n\nJan Zielinski (S)\n\nKerstin Gustafsson-Andersson (C)\n\n"
    "Theresa Rosbäck (M) Ordf. och ledamot sedan valet år 2022 i direktionen.\n\n"),
    ("Charlotte Leander, miljöchef\n\nSuzanne Eckerström, sekreterare\n\n"
    "Helena Hager Enert, avd.chef Livsmedel o åldersbegr.varor & Hälsoskydd och Miljöskydd\n\n"),
])
def test_member_rows_are_no_headings(rows: str) -> None:
    assert _titles(HEAD + rows + ITEMS) == ["Val av justerare", "Sammanträdesdatum 2024"]


def test_heading_like_a_row_over_text_stays() -> None:
    text = (HEAD + "Anna Berg (S), Bo Ek (M)\n\n" + ITEMS
            + "Motion om cykelbanor (S)\n\nMotionären föreslår att kommunen bygger fler cykelbanor i centrum.\n\n")
    assert _titles(text)[-1] == "Motion om cykelbanor (S)"
