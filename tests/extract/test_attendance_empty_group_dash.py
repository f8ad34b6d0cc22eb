"""A group's label and a dash for "no one" closing a flattened list line after the last entry's role: "...
Elisabeth Hulter, nämndsekreterare/utredare Personalföreträdare - Övriga Patrik ..." (a municipal header's
"Personalföreträdare -" row). The dash belongs to the empty group, so the entry before it is not marked absent.
Look-alikes: a dash right after a role, a party or an organisation still marks the entry.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (("John Henriksson, omsorgschef Maria Degerman, omsorgschef Pär Lundqvist, planeringsledare Elisabeth "
          "Hulter, nämndsekreterare/utredare Personalföreträdare -"),
         [("John Henriksson", None), ("Maria Degerman", None), ("Pär Lundqvist", None), ("Elisabeth Hulter", None)]),
        ("Anna Ek, ekonom Bo Berg, sekreterare Övriga -", [("Anna Ek", None), ("Bo Berg", None)]),
        ("Anna Ek, ekonom Bo Berg, sekreterare Tjänstemän –", [("Anna Ek", None), ("Bo Berg", None)]),
        # look-alikes: the dash marks the last entry
        ("Anna Ek, ekonom Bo Berg, sekreterare -", [("Anna Ek", None), ("Bo Berg", False)]),
        ("Anna Ek (S) Bo Berg (M) -", [("Anna Ek", None), ("Bo Berg", False)]),
    ],
)
def test_empty_group_dash(line: str, people: list[tuple[str, bool | None]]) -> None:
    assert [(p.name, p.mark) for p in _line_entries(line, 0, set(), False)] == people
