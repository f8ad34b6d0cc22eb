"""A note "inte närvarande" after an entry of a present list marks the entry absent, as "ej närvarande" does.

"Roland Johansson (s), inte närvarande" in a run of members: the trailing mark's last word "närvarande" was read
as a present mark. Look-alikes: "närvarande" alone and "ej närvarande" keep their meaning, and an entry without a
note is unmarked.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _person
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2005-10-10\n\n"
_TAIL = "\n\n§ 1 Val av justerare\n\nTill justerare valdes Anna Ek."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Roland Johansson (s), inte närvarande", False),
        ("Rolf Sällryd (kd) inte närvarande", False),
        ("Anna Ek, inte närvarande", False),
        # look-alikes
        ("Eva Ek ej närvarande", False),
        ("Eva Ek närvarande", True),
        ("Eva Ek (s)", None),
    ],
)
def test_inte_narvarande_marks_the_entry_absent(text: str, mark: bool | None) -> None:
    p = _person(text, 0)
    assert p is not None
    assert p.mark is mark


def test_in_a_run_of_members() -> None:
    present, absent = _lists(
        "Närvarande ledamöter Sven-Åke Gustavsson, (s) ordförande Anna Fransson (s) Annelill Davidsson (c) "
        "Roland Johansson (s), inte närvarande Yngve Filipsson (fp) Rolf Sällryd (kd), inte närvarande "
        "Sven Eriksson (v)"
    )
    assert "Roland Johansson" in absent and "Rolf Sällryd" in absent
    assert "Roland Johansson" not in present and "Yngve Filipsson" in present
