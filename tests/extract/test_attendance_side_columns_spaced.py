"""Lists side by side in a table copied as plain text, its cells parted by runs of spaces, not tabs.

"Närvarande                 Ej närvarande" / "" / "Cecilia Lundh             Rasmus Sjögren" / ... / "Morgan
Rohlwin": a blog post or a mail's copy of a two-column table keeps the columns apart with spaces. Each label
heads its column, as with tabs ("Närvarande<TAB>Frånvarande"); a row holding the first column's name only,
the other column having run out of names, goes on with the first list.

Look-alikes: a row of a label and another cell that is no list's label ("Närvarande     Justerat") is no table
of lists; names in spaced columns under a single label stay in that label's list; a single space or two
between words is no cell's gap.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Minnesanteckningar 6 april 2010\n\n\n"
_TAIL = "\n\nMinnesanteckningar:\n\n§         Staffan inledde mötet och hälsade alla välkomna.\n"
_GAP = " " * 30

CASES = [
    pytest.param(f"Närvarande{_GAP}Ej närvarande\n\nCecilia Lundh{_GAP}Rasmus Sjögren\n\nOskar Grip{_GAP}"
                 f"Maja Johansson\n\nFreja Mollberg{_GAP}Lina Olsson\n",
                 (["Cecilia Lundh", "Oskar Grip", "Freja Mollberg"], ["Rasmus Sjögren", "Maja Johansson", "Lina Olsson"]),
                 id="two-columns"),
    pytest.param(f"Närvarande{_GAP}Frånvarande\n\nCecilia Lundh{_GAP}Rasmus Sjögren\n\nOskar Grip{_GAP}"
                 f"Maja Johansson\n\nFreja Mollberg\n\nMorgan Rohlwin\n",
                 (["Cecilia Lundh", "Oskar Grip", "Freja Mollberg", "Morgan Rohlwin"],
                  ["Rasmus Sjögren", "Maja Johansson"]), id="first-column-longer"),
    pytest.param("Närvarande      Anmält förhinder\nAnna Ek      Bo Berg\nCia Holm      Dan Lund\nEva Nord\n",
                 (["Anna Ek", "Cia Holm", "Eva Nord"], ["Bo Berg", "Dan Lund"]), id="six-spaces-no-blank-lines"),
]


@pytest.mark.parametrize(("text", "lists"), CASES)
def test_spaced_columns_are_side_by_side_lists(text: str, lists: tuple[list[str], list[str]]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == lists


LOOK_ALIKES = [
    pytest.param(f"Närvarande{_GAP}Justerat\n\nCecilia Lundh\n\nOskar Grip\n\nMaja Johansson\n",
                 ["Cecilia Lundh", "Oskar Grip", "Maja Johansson"], id="other-cell-no-label"),
    pytest.param(f"Ej närvarande\n\nRasmus Sjögren{_GAP}Lina Olsson\n\nNärvarande\n\nOskar Grip{_GAP}Maja Johansson\n",
                 None, id="one-label-each"),
    pytest.param("Närvarande  Ej närvarande\n\nCecilia Lundh  Rasmus Sjögren\n\nOskar Grip  Maja Johansson\n",
                 None, id="two-spaces-no-gap"),
]


@pytest.mark.parametrize(("text", "present"), LOOK_ALIKES)
def test_spaced_look_alikes_are_no_side_lists(text: str, present: list[str] | None) -> None:
    got_present, got_absent = attendance_names(text, head=_HEAD, tail=_TAIL)
    if present is not None:
        assert sorted(got_present) == sorted(present)
    assert "Maja Johansson" not in got_absent
