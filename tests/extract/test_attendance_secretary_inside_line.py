"""The secretary labelled inside a flattened line of attendance lists: "Närvarande: Henrik Ripa (M), ordförande,
Lerum ... Maria Rydén (M), Göteborg Sekreterare: Helena Mäki, GR Övriga: Elisabeth Beijer, GR".

After a list label at the line's start, a "Sekreterare:" before a name opens a present list of its own
(`_secretary_cuts`). Before, the secretary's segment was lost between the two lists.

Look-alikes: "sekreterare" as a role after a name ("Anna Ek, sekreterare") and a "Sekreterare:" line with no list
label before it (read by the functionaries' rules, as before) open no list here.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _secretary_cuts
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maria Rydén (M), Göteborg Sekreterare: Helena Mäki, GR Övriga: Elisabeth Beijer", [("Helena Mäki, GR Övriga: "
                                                                                               "Elisabeth Beijer")]),
        # look-alikes
        ("Anna Ek, sekreterare, Bo Berg", []),
        ("Anna Ek, Sekreterare: se nedan", []),
    ],
)
def test_secretary_cuts(text: str, found: list[str]) -> None:
    assert [text[body:] for _, _, body in _secretary_cuts(text)] == found


def test_secretary_between_lists() -> None:
    text = ("Minnesanteckningar från sammanträde med styrgruppen 2017-11-02\n"
            "Närvarande: Henrik Ripa (M), ordförande, Lerum Eva Borg (S), Kungsbacka Maria Rydén (M), Göteborg "
            "Sekreterare: Helena Mäki, GR Övriga: Cecilia Bokenstrand, GR\n\n1. Mötets öppnande\n")
    present, _ = attendance_names(text)
    assert "Helena Mäki" in present and "Cecilia Bokenstrand" in present
