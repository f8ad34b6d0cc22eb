"""A list written surname first where only most names show it: "Rugsveen Astrid (M) Difonis Yanira (MP)".

A list whose names are all surname first by the known given names is turned given name first already. When more
than half are ("Jakobsson Per") and the rest show neither order (an unknown given name: "Mlynarczyk Aleksander",
"Difonis Yanira"), or a few show the other (one in four at most), the whole list is surname first: the two-word
names are turned unless they read given name first, three-word names whose last word alone is a given name are
turned too ("Wall Berséus Ann-Britt"). Look-alikes: lists written given name first stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _given_name_first, _mostly_surname_first
from tests.extract.attendance_lists import attendance_names


def test_list_mostly_surname_first() -> None:
    text = ("Plats och tid: Byskolans matsal, Södra Sandby, kl 18:30-21:10 Ledamöter: Rugsveen Astrid (M) "
            "Jakobsson Per (M) Svanberg Charlotte (M) Mlynarczyk Aleksander (KD) Strand Eva (S) Andersson Kenth (S) "
            "Difonis Yanira (MP) Berggren Helena (V)\n\n§ 1 Föredragningslistan")
    assert attendance_names(text)[0] == [
        "Astrid Rugsveen", "Per Jakobsson", "Charlotte Svanberg", "Aleksander Mlynarczyk", "Eva Strand",
        "Kenth Andersson", "Yanira Difonis", "Helena Berggren"]


def _people(*names: str) -> list[Person]:
    return [Person(n, 0, len(n)) for n in names]


@pytest.mark.parametrize(
    ("names", "mostly"),
    [
        (("Rugsveen Astrid", "Jakobsson Per", "Difonis Yanira", "Strand Eva"), True),
        (("Sundqvist Taru", "Kedström Yvonne", "Björkman Ann", "Nilsson Karin", "Åse Lindberg"), True),
        # look-alikes: given name first, or too few showing the order
        (("Astrid Rugsveen", "Per Jakobsson", "Yanira Difonis", "Eva Strand"), False),
        (("Difonis Yanira", "Mlynarczyk Aleksander", "Strand Eva", "Berg Per"), False),
        (("Holm Anna", "Berg Bo", "Lund Karin", "Anna Ek", "Bo Lind"), False),
    ],
)
def test_mostly_surname_first(names: tuple[str, ...], mostly: bool) -> None:
    assert _mostly_surname_first(_people(*names)) is mostly


@pytest.mark.parametrize(
    ("name", "turned"),
    [("Difonis Yanira", "Yanira Difonis"), ("Wall Berséus Ann-Britt", "Ann-Britt Wall Berséus"),
     ("Anna Lindberg", "Anna Lindberg"), ("Anna Maria Ek", "Anna Maria Ek")],
)
def test_given_name_first(name: str, turned: str) -> None:
    assert _given_name_first(Person(name, 0, len(name))).name == turned
