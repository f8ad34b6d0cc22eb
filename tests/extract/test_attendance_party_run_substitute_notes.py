"""A flattened column of "Name (p) note" entries, with the substitutes' notes of a county council's minutes.

"Kajsa Wejryd (s) tj ers för R Johansson Eva Löfquist (s) tj ers för Mayken Nilsson ..." stopped at the first
"ers för" without a full stop and at a member written with an initial; "Ragnar Lindberg (s) femte ers för
majoriteten", "Karin Sjöblom (fp) fjärde ers minoriteten" (a substitute in the order of the majority or the
minority), "Paul Johansson (c), förste vice ordf" (a role of three words after a comma) and "Roland Johansson
(s), inte närvarande" (the member absent) also ended the run. The officials' column run on after the entries
("Sture Andersson, Kristina Brundin, ...") is read too. The member named with an initial ("R Johansson") is
not added to the absent when "Roland Johansson" is already listed.
Look-alikes: "för" before words that are no name, and "inte" before a word that is no presence mark.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll från sammanträde med landstingsstyrelsen\nDen 10 oktober 2005 kl 09.00\n\n"
_TAIL = "\n\n§ 155 Val av protokolljusterare\n"
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)

_MEMBERS = "Närvarande: Anna Fransson (s) Annelill Davidsson (c) Berth Karlén (kd) Erling Persson (s) "
_MEMBER_NAMES = ["Anna Fransson", "Annelill Davidsson", "Berth Karlén", "Erling Persson"]


@pytest.mark.parametrize(
    ("run", "present", "absent"),
    [
        (
            (
                "Roland Johansson (s), inte närvarande Sven Eriksson (v) Kajsa Wejryd (s) tj ers för R Johansson "
                "Eva Löfquist (s) tj ers för Mayken Nilsson Kjell Jormfeldt (mp) tj ers för Rolf Sällryd "
                "Ragnar Lindberg (s)"
            ),
            ["Sven Eriksson", "Kajsa Wejryd", "Eva Löfquist", "Kjell Jormfeldt", "Ragnar Lindberg"],
            ["Roland Johansson", "Mayken Nilsson", "Rolf Sällryd"],
        ),
        (
            (
                "Ragnar Lindberg (s) femte ers för majoriteten Gerd Lansler (kd) tredje ers för minoriteten "
                "Karin Sjöblom (fp) fjärde ers minoriteten Agneta Eriksson (v) sjunde ers minoriteten"
            ),
            ["Ragnar Lindberg", "Gerd Lansler", "Karin Sjöblom", "Agneta Eriksson"],
            [],
        ),
        (
            (
                "Paul Johansson (c), förste vice ordf Suzanne Frank (m), andre vice ordf Göran Giselsson (m) "
                "Agneta Eriksson (v) sjunde ers minoriteten Sture Andersson, Kristina Brundin, Gunilla Johansson, "
                "Ove Löfqvist"
            ),
            [
                "Paul Johansson",
                "Suzanne Frank",
                "Göran Giselsson",
                "Agneta Eriksson",
                "Sture Andersson",
                "Kristina Brundin",
                "Gunilla Johansson",
                "Ove Löfqvist",
            ],
            [],
        ),
    ],
)
def test_substitute_notes_in_a_party_run(run: str, present: list[str], absent: list[str]) -> None:
    got_present, got_absent = _lists(_MEMBERS + run)
    assert got_present == _MEMBER_NAMES + present
    assert sorted(got_absent) == sorted(absent)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("inte", "Roland Johansson (s), inte ledamot Sven Eriksson (v)"),
        ("för", "Kajsa Wejryd (s) tj ers för majoritetens räkning Eva Löfquist (s)"),
    ],
)
def test_look_alikes_are_no_absent_member(case: str, text: str) -> None:
    got_present, got_absent = _lists(_MEMBERS + text)
    assert got_absent == []
    assert "Roland Johansson" not in got_absent and "majoritetens räkning" not in " ".join(got_present)
