"""A role word heading names after a semicolon in a list: "Föredragande; Jan Larsson, Christina Liffner",
"Sekreterare; Anna Ek".

When a list line is read at its semicolons (`_line_entries`), a first piece that is one capitalised role word
alone is the role of the names after it, not a person. Before, "Föredragande" was read as a present name.

Look-alikes: a name before the semicolon ("Anna Ek; Bo Berg") is kept, and a role word alone on a line with no
semicolon is read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Föredragande; Jan Larsson, Christina Liffner", ["Jan Larsson", "Christina Liffner"]),
        ("Sekreterare; Anna Ek", ["Anna Ek"]),
        # look-alikes
        ("Anna Ek; Bo Berg", ["Anna Ek", "Bo Berg"]),
        ("Anna Ek; Bo Berg; Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_role_before_semicolon(line: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(line, 0, set(), False)] == names
