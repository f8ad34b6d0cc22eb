"""A table's role column flattened between the names of a party run.

A copy that runs a table of name, party and role into one line puts the role of one row before the name of
the next: "Beslutande Catarina Engström (mp) Ordförande Hans Lobell (m) Sven-Inge Levin (c) ...". The
capitalised role word is no part of the next name. Look-alikes: a surname that only begins like a role word,
and a role word alone.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Tekniska nämnden\n\nProtokoll 2007-06-12\n\n"
_TAIL = "\n\n§ 1 Val av justerare\n\nNämnden beslutar att utse Bo Berg."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Beslutande Catarina Engström (mp) Ordförande Hans Lobell (m) Sven-Inge Levin (c) Börje Hörnell (fp)",
         ["Catarina Engström", "Hans Lobell", "Sven-Inge Levin", "Börje Hörnell"]),
        ("Beslutande Anna Ek (S) Sekreterare Bo Berg (M) Cia Holm (C) Dan Lund (V)",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alike: a surname beginning like a role word stays
        ("Beslutande Anna Ordförandesson (S) Bo Kassörsson (M) Cia Holm (C)",
         ["Anna Ordförandesson", "Bo Kassörsson", "Cia Holm"]),
    ],
)
def test_role_word_before_a_name_is_no_part_of_it(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
