"""Names run together, then a column of their roles written capitalised: "... Helena Mårdstam Marianne Brattberg
Ordförande 1:e vice ordförande 2:e vice ordförande".

A flattened header table puts its name column (officials without parties, after the members with theirs) and
then its role column, whose roles begin with a capital and hold ordinals, parties and items served ("Ersättare
(M), 1-3"). Only a column of lower-case roles was known, so the names were lost with the roles. The column begins
at the first capitalised role word after which every word is a role word or such a filler
(`_capitalised_roles_column`); the names before it are read. Look-alikes: a lower-case roles column reads as
before; a run whose capitalised last word is a role but whose words before are no roles column is no such run.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _capitalised_roles_column, _names_then_roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Lena Johansson Inger Israelsson Christina Christiansson Anna Pettersson Wiberg Marie Uls Yvonne Dahl "
          "Anja Hellman Helena Mårdstam Marianne Brattberg Ordförande 1:e vice ordförande 2:e vice ordförande"),
         ["Lena Johansson", "Inger Israelsson", "Christina Christiansson", "Anna Pettersson Wiberg", "Marie Uls",
          "Yvonne Dahl", "Anja Hellman", "Helena Mårdstam", "Marianne Brattberg"]),
        ("Anna Holm Bo Berg Karin Lund Per Ek Ersättare (M), 1-3 Förvaltningschef Ekonom Sekreterare",
         ["Anna Holm", "Bo Berg", "Karin Lund", "Per Ek"]),
        # look-alike: roles in lower case, as before
        ("Eva Åström Sabina Lindell Karin Lund ersättare ersättare förvaltningschef sekreterare",
         ["Eva Åström", "Sabina Lindell", "Karin Lund"]),
    ],
)
def test_capitalised_roles_column(text: str, names: list[str]) -> None:
    assert [p.name for p in _names_then_roles(text, 0)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Anna Holm Bo Berg Karin Lund ersättare ersättare sekreterare",  # lower case: the other reading
        "Anna Holm Bo Berg Karin Lund Per Ek Ordförande",  # one role word: no column
        "Anna Holm Bo Berg Karin Lund Ordförande Per Ek Sekreterare",  # a name inside the roles
    ],
)
def test_no_capitalised_roles_column(text: str) -> None:
    words = text.split()
    assert _capitalised_roles_column(words) == len(words)
