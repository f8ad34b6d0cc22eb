"""A doubled closing parenthesis after a party ("Hans Lindell (M))"), as a copied table leaves it, is no part
of the name; a name with its own parenthesis is left as it is."""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Tekniska nämnden\n\nProtokoll 2011-04-14\n\n"
_TAIL = "\n\n§ 24 Val av justerare\n\nNämnden beslutar att utse Bo Berg."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande\n\nAnita Skoglund (M), ordförande\n\nThorsten Larsson (M)\n\nHans Lindell (M))\n\n"
          "Thomas Jensen (KD)"),
         ["Anita Skoglund", "Thorsten Larsson", "Hans Lindell", "Thomas Jensen"]),
        ("Närvarande: Anna Ek (S)), Bo Berg (M), Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alike: no stray parenthesis
        ("Närvarande: Anna Ek (S), Bo Berg (M), Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_stray_closing_paren_is_no_part_of_the_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
