"""Points numbered from 0: a copy cut off after its first point, "0. Inledande diskussion med Niklas
Ylipää", run in after the attendance on a long line.

The one numbered mark run in on a line is the minutes' first item when it is "1." before a title
that opens minutes ("1. Mötets öppnande"); a "0." opens them whatever its title, as nothing is
numbered before it. Look-alikes: a lone "1." or "2." before an ordinary title stays out (a list
in the text, or a point of a cut copy that may be anything).
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("1(5) Protokoll från möte med huvudstyrelsen den 23 september 2013 kl. 19.00 i klubbstugan Närvarande: "
         "Eklöf, Karlsson Lönnö, Thomas Lundberg, Niklas van der Schoot Dessutom Niklas Ylipää, sammankallande för "
         "ungdomsskidåkning, som deltog under punkt 0. ")
_TEXT = (" Niklas rapporterade att ungdomsträning för skidor kommer att inledas på tisdagar kl 18, med första pass, "
         "samt efterföljande upptaktsträff för barn och föräldrar, den 1/10. Två ledare finns för närvarande (utöver "
         "Niklas), och troligen ytterligare någon på ingång. Konstaterades att vissa inköp behöver göras för att kunna "
         "erbjuda intresserade ungdomar en bra start, initialt handlar det framförallt om rullskidor.\n")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_point_zero_opens_the_minutes() -> None:
    text = _HEAD + "0. Inledande diskussion med Niklas Ylipää. sammankallande för ungdomsskidåkning" + _TEXT
    assert _headings(text) == [("0", "Inledande diskussion med Niklas Ylipää")]


@pytest.mark.parametrize("mark", ["1.", "2."])
def test_other_lone_marks_stay_out(mark: str) -> None:
    text = _HEAD + mark + " Inledande diskussion med Niklas Ylipää. sammankallande för ungdomsskidåkning" + _TEXT
    assert (mark.rstrip("."), "Inledande diskussion med Niklas Ylipää") not in _headings(text)
