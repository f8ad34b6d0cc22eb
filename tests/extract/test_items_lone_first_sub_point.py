"""A stored copy cut off after its first point, numbered "1.1" under the point that groups the formalities.

"... Därefter företogs en presentationsrunda av alla närvarande. ... 1.1 Val av protokolljusterare Att utse
Carsten ...": the one numbered mark run in on the page is the first sub-point, a title that opens minutes;
it is the item. A lone "1.1" whose title opens no minutes, or a lone "2.1", is none.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _heads(point: str) -> list[tuple[str | None, str]]:
    text = ("PROTOKOLL FÖRT VID STYRELSEMÖTE\n\nTranskript\n\n1 1 PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE "
            "MÅNDAGEN DEN 16 SEPTEMBER 2008\n\n2 2 Förslag till dagordning inför möte med styrelsen Datum: Tisdagen "
            "den 16 september 2008 Närvarande ledamöter: Kristina Persson, Stockholm, ordförande Ärende/Notering "
            "Beslut 1 Formalia Ordförande Kristina Persson öppnade mötet och hälsade alla välkomna.\n\n"
            "3 3 Därefter företogs en presentationsrunda av alla närvarande. Enligt tidigare rutin avhölls "
            f"handelsbolagets möte först. {point} Att utse Carsten Jensen att jämte ordföranden justera dagens "
            "protokoll.\n")
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_lone_first_sub_point_opening_the_minutes() -> None:
    assert _heads("1.1 Val av protokolljusterare") == [("1.1", "Val av protokolljusterare")]


@pytest.mark.parametrize("point", ["1.1 Budget för hösten", "2.1 Val av protokolljusterare"])
def test_other_lone_sub_points_are_none(point: str) -> None:
    assert _heads(point) == []
