"""Attendance layouts of the seventh fresh batch of real minutes (tests/data/extra 399-408), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a mark table flattened
one cell to a line (the "Närvaroförteckning" of a committee: a name line, then a line for each of its marks,
the column heads "N" / "R" above), names each with its party run together without commas on a line longer than
a sentence, and the given name "Inga" (also "none") among other given names; with look-alikes that must not be
read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract import attendance
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2020-03-06\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


def _cells(*lines: str) -> str:
    return "\n\n".join(lines)


# A mark table flattened one cell to a line: a row with a mark was there, a row without one was not; the
# substitutes' rows without a mark were not called (neither present nor absent).
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (_cells("LEDAMÖTER", "N", "R", "N", "R", "Anna Ek (S), ordf.", "X", "X", "Bo Berg (M)", "X",
                "Cia Holm (V)", "Dan Lund (C)", "O", "X"),
         ["Anna Ek", "Bo Berg", "Dan Lund"], ["Cia Holm"]),
        (_cells("Ledamöter", "Anna Ek", "x", "Bo Berg", "Cia Holm", "x", "SUPPLEANTER", "Eva Ström (S)",
                "X", "Fia Nord (M)"),
         ["Anna Ek", "Cia Holm", "Eva Ström"], ["Bo Berg"]),
        # a name cut off after the substitutes' label of such a table is left out
        (_cells("LEDAMÖTER", "Anna Ek (S)", "X", "Bo Berg (M)", "Cia Holm (V)", "X", "SUPPLEANTER", "Chris"),
         ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # look-alike: a list of names one to a line, no mark lines: all present
        (_cells("Närvarande", "Anna Ek", "Bo Berg", "Cia Holm"), ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        # look-alike: one mark line under one name is no table of marks
        (_cells("Ledamöter", "Anna Ek (S)", "X"), ["Anna Ek"], []),
    ],
)
def test_mark_table_one_cell_to_a_line(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# Names each with its party, without commas, on a line of more than twelve words: a list, not a sentence.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Magnus Johansson (S) Patrik Hansson (S) Malin Norfall (S) Helene Björklund (S) Kjell-Åke Karlsson (S) "
          "Björn Gustavsson (Mp)"), True),
        ("Anna Ek (S) Bo Berg (M) Cia Holm (V) Dan Lund (C) Eva Ström (L)", True),
        # look-alikes: a sentence naming parties, names without parties, too many words before a party
        ("Motionen från Anna Ek (S) Bo Berg (M) och Cia Holm (V) behandlades och avslogs av styrelsen idag", False),
        ("Anna Ek Bo Berg Cia Holm Dan Lund Eva Ström Fia Nord Gun Lund", False),
        ("Styrelsen beslutar enligt förslaget från utskottet (S) (M) (V) att godkänna budgeten", False),
    ],
)
def test_party_run_is_no_sentence(line: str, expected: bool) -> None:
    assert attendance._is_party_run(line) is expected


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande\n\nNärvarande ledamöter\n\nAnna Ek (S), ordförande Bo Berg (M)\n\n"
          "Cia Holm (S) Dan Lund (S) Eva Ström (S) Fia Nord (M) Gun Lund (M) Åsa Ek (C)"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Ström", "Fia Nord", "Gun Lund", "Åsa Ek"]),
    ],
)
def test_party_run_goes_on_after_a_gap(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# "Inga" (none) is also a given name: among other names on a comma list it is one of them.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Inga, Jonny, Britt-Inger, Henry, Gunn, Anna och Stig.",
         ["Inga", "Jonny", "Britt-Inger", "Henry", "Gunn", "Anna", "Stig"]),
        ("Anna, Bo och Inga", ["Anna", "Bo", "Inga"]),
        # look-alikes: "Inga" alone, or with one other entry, still says "no one"
        ("Inga", []),
        ("Inga.", []),
        ("Inga, se bilaga", []),
    ],
)
def test_inga_among_given_names(line: str, names: list[str]) -> None:
    assert [p.name for p in attendance._entries(line, 0, set(), False)] == names
