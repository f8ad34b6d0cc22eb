"""A presence table with no party column, flattened: "Name[, role] X" for present, "Name -" for absent.

Åland councils' minutes put a "Närv." column after each member: "Ingvar Björling, KST-ordförande X Kjell
Berndtsson, KST-viceordförande X Camilla Andersson - Gerd Bergman X". Each row is a name, perhaps a comma and a
role, and the mark; a run of three rows or more, one of them marked present, is read so. Look-alikes: a run with
other text among the rows, and one where no one is marked present, are not this layout.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _name_mark_run


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Ingvar Björling, KST-ordförande X Kjell Berndtsson, KST-viceordförande X Camilla Andersson - "
          "Gerd Bergman X Gunnel Nordlund-White X"),
         ["Ingvar Björling", "Kjell Berndtsson", "Gerd Bergman", "Gunnel Nordlund-White"], ["Camilla Andersson"]),
        (("Dan-Johan Dahlblom, KFGE-ordförande X Gun-Britt Lyngander, KFGE-viceordförande - Mathias Styrström, "
          "kommundirektör X"),
         ["Dan-Johan Dahlblom", "Mathias Styrström"], ["Gun-Britt Lyngander"]),
        ("Anna Ek x Bo Berg – Karin Holm x", ["Anna Ek", "Karin Holm"], ["Bo Berg"]),
        # look-alikes
        ("Anna Ek X Bo Berg - Karin Holm X Mötet öppnas", [], []),  # other text after the rows
        ("Anna Ek - Bo Berg - Karin Holm -", [], []),  # no one marked present
        ("Anna Ek X Bo Berg X", [], []),  # too few rows
    ],
)
def test_name_mark_rows(text: str, present: list[str], absent: list[str]) -> None:
    people = _name_mark_run(text, 0)
    assert [p.name for p in people if p.mark] == present
    assert [p.name for p in people if not p.mark] == absent
