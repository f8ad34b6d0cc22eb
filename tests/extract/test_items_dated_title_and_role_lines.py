"""The minutes' dated title line and a role-and-name line are no item headings.

A school council's blog post opens "26.8.2015 Möte" and names its secretary "Lärarrepresentant och
sekreterare: Bodil Sjögren" on a line of its own; both stood alone and were read as headings. A
date with its year and at most two words after it is the minutes' own title; a label ending in a
meeting role, a colon and a short capitalised name is who kept the minutes. Look-alikes: a title
that ends with a date ("Skolresan 12.5.2016") and a
heading with a colon that names no role ("Motion demoex: Behåll Datateknik").
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_DOC = """Elevrådet onsdag 26 augusti 2015

{line}

Första elevrådsmötet hölls idag och klassrepresentanterna presenterade sig för varandra.

Skolgården

Vi diskuterade skolgården och vad som behöver lagas innan vintern kommer.

Matsalen

Eleverna tycker att det är för högljutt i matsalen och vill ha fler vuxna där.
"""


def _titles(line: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(_DOC.format(line=line)))
    return [h.title for h in heads]


@pytest.mark.parametrize(
    "line",
    [
        "26.8.2015 Möte",
        "2015-08-26 Styrelsemöte",
        "26/8/2015",
        "Lärarrepresentant och sekreterare: Bodil Sjögren",
        "Ordförande: Anna Ek",
        "Justerare: Per Olof Lind",
    ],
)
def test_title_and_role_lines_are_no_headings(line: str) -> None:
    assert _titles(line) == ["Skolgården", "Matsalen"]


@pytest.mark.parametrize(
    "line",
    [
        "Skolresan 12.5.2016",
        "Motion demoex: Behåll Datateknik",
        "Nya lekredskap: Gungor",
    ],
)
def test_other_lines_stay_headings(line: str) -> None:
    assert _titles(line)[0] == line
