"""Minutes without attendance lists read who ran the meeting from the elections ("Till mötesordförande valdes
Siv Olofsson"), but not where the minutes give who attended only as a count: "Närvarande: 19 medlemmar", "hälsade
de 38 närvarande medlemmarna välkomna", "Röstlängden fastställdes till 56 närvarande röstberättigade medlemmar",
"Ca 25 deltagare" on a line of its own. Then the officers are a few of many, and the minutes do not say who the
rest were (planner.extract.attendance). Look-alikes: a count that then names the people ("12 Disor närvarade:
Anna Ek, ..."), the association's size ("Föreningen har 250 medlemmar"), a count of seats ("Styrelsen består av 7
ledamöter"): the officers still count there."""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll från årsmötet i Gotlands Guideförening 17 februari 2024\n\n"
_ELECTIONS = ("2. Till mötesordförande valdes Siv Olofsson.\n\n3. Till mötessekreterare valdes Roland Almquist.\n\n"
              "4. Dagordningen godkändes.\n")
_OFFICERS = ["Siv Olofsson", "Roland Almquist"]


@pytest.mark.parametrize(
    ("opening", "present"),
    [
        ("1. Ordföranden öppnade mötet och hälsade de 38 närvarande medlemmarna välkomna.\n\n", []),
        ("Närvarande: 19 medlemmar.\n\n1. Ordföranden hälsar välkommen och öppnar mötet.\n\n", []),
        ("Närvarande 26 medlemmar\n\n1. Mötets öppnande\n\n", []),
        ("1. Mötet öppnades. Närvarande var 32 medlemmar enligt deltagarlistan.\n\n", []),
        ("1. Röstlängden fastställdes till 56 närvarande röstberättigade medlemmar.\n\n", []),
        ("Ca 25 deltagare – lilla salen\n\n1. Mötets öppnande\n\n", []),
        ("Antal närvarande: 23\n\n1. Mötets öppnande\n\n", []),
        # look-alikes: no count of those present
        ("1. Ordföranden öppnade mötet och hälsade alla välkomna.\n\n", _OFFICERS),
        ("1. Föreningen har 250 medlemmar och mötet öppnades.\n\n", _OFFICERS),
        ("1. Styrelsen består av 7 ledamöter. Mötet öppnades.\n\n", _OFFICERS),
        ("1. Mötet öppnades kl 18.00 och 5 motioner hade kommit in.\n\n", _OFFICERS),
    ],
)
def test_officers_are_no_list_where_attendance_is_a_count(opening: str, present: list[str]) -> None:
    assert attendance_names(_HEAD + opening + _ELECTIONS) == (present, [])


def test_a_count_that_names_the_people_keeps_them() -> None:
    got = attendance_names(_HEAD + "1. Upprop förrättades och 3 medlemmar närvarade: Anna Ek, Bo Berg och Cia Holm.\n\n"
                           + _ELECTIONS)
    assert got[0][:3] == ["Anna Ek", "Bo Berg", "Cia Holm"]
