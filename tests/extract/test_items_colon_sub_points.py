"""Sub-points numbered with a colon under their parent ("§ 4 Rapporter från kommittéerna" /
"4:1 Ungdomskommittén" / "4:2 Bojkommittén"): items instead of a parent that only groups them.

Look-alikes: points numbered within the meeting ("9:1 Öppnande", "9:2 ...") with no heading 9
above them stay the meeting's points, and colon points under a parent of another number are not
its sub-points.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


COMMITTEES = ("§ 1 Godkännande av kallelse\n\nKallelsen godkändes.\n\n§ 2 Godkännande av dagordning\n\n"
              "Dagordningen godkändes.\n\n§ 3 Föregående protokoll\n\nProtokollet godkändes.\n\n"
              "§ 4 {parent}\n\n \n\n4:1 Ungdomskommittén\n\nTio är anmälda till seglarskolan.\n\n"
              "4:2 Bojkommittén\n\nInget att rapportera.\n\n4:3 Materielkommittén\n\nNy motor köps in.\n\n"
              "4:4 Gästhamnskommittén\n\nHamnen öppnar i maj.\n\n§ 5 Övriga frågor\n\nInga.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Protokoll från styrelsemöte den 7 mars 2023\n\n" + COMMITTEES.format(parent="Rapporter från kommittéerna"),
     ["1", "2", "3", "4:1", "4:2", "4:3", "4:4", "5"]),
    ("Protokoll från styrelsemöte den 7 mars 2023\n\n" + COMMITTEES.format(parent="Rapporter"),
     ["1", "2", "3", "4:1", "4:2", "4:3", "4:4", "5"]),
    # A parent that names its own matter keeps its number; its colon points are not items of their own.
    ("Protokoll från styrelsemöte den 7 mars 2023\n\n" + COMMITTEES.format(parent="Hamnens ombyggnad"),
     ["1", "2", "3", "4", "5"]),
])
def test_colon_sub_points_under_their_parent(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


def test_points_numbered_within_the_meeting_stay_the_meetings() -> None:
    text = ("Protokoll fört vid sammanträde 9 den 7 mars 2023\n\n9:1 Öppnande\n\nOrdföranden öppnade.\n\n"
            "9:2 Val av justerare\n\nAnna valdes.\n\n9:3 Dagordning\n\nGodkändes.\n\n9:4 Ekonomi\n\nRapport.\n")
    assert _numbers(text) == ["9:1", "9:2", "9:3", "9:4"]
