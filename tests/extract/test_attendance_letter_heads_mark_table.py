"""A mark table flattened one cell to a line under letter column heads, marking the few members who came.

A committee's attendance appendix ("Närvaroförteckning" / "LEDAMÖTER" / "N/" / "U" / "V" / "Anna Ek (S), ordf." /
"X" / "Bo Berg (M)" / ...) puts its column heads as capital letters alone on their lines, perhaps split over two
("N/" over "U": närvarande or uppkopplad; "V": votering). Under such heads the marks decide even when most rows
are unmarked (a short meeting that few attended): a marked member was there, an unmarked one away; an unmarked
substitute was not called. A row whose name is told from a namesake's by a place ("Jonas Andersson i Linköping
(SD)") is a row like the others. A committee's name in capitals over the table ("KULTURUTSKOTTET") is no person.

Look-alikes: a list without column heads and only a few stray marks stays a list of names, and a headed table
without marks is read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_LETTER_HEAD_CELL, _RX_NAME_OF_PLACE_ROW, Person, _is_document
from tests.extract.attendance_lists import attendance_names

HEAD = "Protokoll\n\nUtskottssammanträde 2020-06-04\n\nNÄRVARANDE\n\nSe bilaga\n\n§ 1\n\nJustering av protokoll\n\n"


def _table(heads: list[str], rows: list[tuple[str, int]], subs: list[tuple[str, int]]) -> str:
    lines = ["Närvaroförteckning", "KULTURUTSKOTTET", "LEDAMÖTER", *heads]
    for name, marks in rows:
        lines += [name] + ["X"] * marks
    if subs:
        lines.append("SUPPLEANTER")
        for name, marks in subs:
            lines += [name] + ["X"] * marks
    return "\n\n".join(lines) + "\n"


_ROWS = [("Anna Ek (L), ordf.", 1), ("Bo Berg (V), förste vice ordf.", 0), ("Cia Holm (M), andre vice ordf.", 1),
         ("Dan Lund (S)", 0), ("Eva Strand (S)", 0), ("Fia Dahl (SD)", 1), ("Gun Björk (M)", 0), ("Hans Ek (KD)", 0)]


@pytest.mark.parametrize(
    ("heads", "rows", "subs", "present", "absent"),
    [
        # split letter heads, three of eight marked: the marks decide; unmarked substitutes are not listed
        (["N/", "U", "V", "N/", "U", "V"], _ROWS, [("Ivar Nord (S)", 0), ("Jan Sten (M)", 0)],
         ["Anna Ek", "Cia Holm", "Fia Dahl"], ["Bo Berg", "Dan Lund", "Eva Strand", "Gun Björk", "Hans Ek"]),
        # single letter heads; a substitute marked was there
        (["N", "V", "N", "V"], _ROWS, [("Ivar Nord (S)", 1)],
         ["Anna Ek", "Cia Holm", "Fia Dahl", "Ivar Nord"], ["Bo Berg", "Dan Lund", "Eva Strand", "Gun Björk", "Hans Ek"]),
        # a member told from a namesake by a place
        (["N", "V"], [("Anna Ek (L), ordf.", 1), ("Jonas Andersson i Linköping (SD)", 0), ("Bo Berg (V)", 1),
                      ("Cia Holm (M)", 0)], [],
         ["Anna Ek", "Bo Berg"], ["Jonas Andersson i Linköping", "Cia Holm"]),
        # most members marked (read so before too)
        (["N", "R"], [("Anna Ek (L)", 2), ("Bo Berg (V)", 2), ("Cia Holm (M)", 0), ("Dan Lund (S)", 2)], [],
         ["Anna Ek", "Bo Berg", "Dan Lund"], ["Cia Holm"]),
        # look-alike: no column heads, two stray marks under eight names: a list of names, no one away by marks
        ([], _ROWS, [], None, []),
    ],
)
def test_marks_under_letter_heads_decide(heads: list[str], rows: list[tuple[str, int]],
                                         subs: list[tuple[str, int]], present: list[str] | None,
                                         absent: list[str]) -> None:
    got_present, got_absent = attendance_names(HEAD + _table(heads, rows, subs))
    if present is not None:
        assert got_present == present
    assert "KULTURUTSKOTTET" not in got_present
    assert got_absent == absent


@pytest.mark.parametrize(
    ("cell", "is_head"),
    [("N", True), ("N/", True), ("U", True), ("N/U", True), ("V", True),
     ("NV", False), ("X/", True), ("Nej", False), ("n", False), ("Anna", False)],
)
def test_letter_head_cell(cell: str, is_head: bool) -> None:
    assert (_RX_LETTER_HEAD_CELL.fullmatch(cell) is not None) is is_head


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Jonas Andersson i Linköping (SD)", "Jonas Andersson i Linköping"),
        ("Hans Wallmark i Ängelholm (M), ordf.", "Hans Wallmark i Ängelholm"),
        ("Anna Karin Berg i Umeå (s)", "Anna Karin Berg i Umeå"),
        ("Jonas Andersson (SD)", None),
        ("Möte i Linköping (SD)", None),
        ("Jonas Andersson i Linköping", None),
    ],
)
def test_name_told_by_place(row: str, name: str | None) -> None:
    m = _RX_NAME_OF_PLACE_ROW.fullmatch(row)
    assert (m.group(1) if m else None) == name


@pytest.mark.parametrize(
    ("name", "document"),
    [("KULTURUTSKOTTET", True), ("Konstitutionsutskottet", True), ("Socialutskottet", True),
     ("Anna Ek", False), ("Utskott", False)],
)
def test_committee_name_is_no_person(name: str, document: bool) -> None:
    assert _is_document(Person(name, 0, len(name))) is document
