""""Inbjudna deltagare" and "Inbjudna gäster" label present lists of their own (the invited, who took part), as
"Inbjudna" does; "Inbjudna ledamöter" stays a list of the called, and a sentence about inviting names no one.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Direktionens protokoll 2 februari 2022\n\n",
                 tail="\n\n1 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.")


@pytest.mark.parametrize(
    ("line", "bare", "kind"),
    [
        ("Inbjudna deltagare", True, ListKind.PRESENT),  # a label on a line of its own, no colon
        ("Inbjudna gäster:", False, ListKind.PRESENT),
        ("Inbjudna deltagare: Tomas Öhrn", False, ListKind.PRESENT),
        ("Inbjudna ledamöter:", False, ListKind.CALLED),
        ("Inbjudna deltagare presenterade sig.", False, None),  # a sentence, no label
    ],
)
def test_invited_label(line: str, bare: bool, kind: ListKind | None) -> None:
    found = label_of(line, colon_required=not bare)
    assert (found[0] if found else None) is kind


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande\n\nÅke Nylén (S), ordförande\nPirjo Jonsson (S)\n\nÖvriga deltagare\n"
          "Per Silverliden, förbundschef\n\nInbjudna deltagare\nTomas Öhrn, styrgruppsordförande\n"
          "Anders Zetterqvist, biträdande huvudprojektledare"),
         ["Åke Nylén", "Pirjo Jonsson", "Per Silverliden", "Tomas Öhrn", "Anders Zetterqvist"]),
    ],
)
def test_invited_participants_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
