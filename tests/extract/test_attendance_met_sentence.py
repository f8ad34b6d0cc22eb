"""Short notes that say who met in their first sentence instead of a list: "Mats L, Jenny H, Krister B, Tony W,
Sandra P och Annalena L träffades i Vikarnas lokal Uddevalla."

Without any list, a line among the first ones that opens with two or more names joined by commas and "och", then
"träffades" / "möttes" / "samlades" / "sammanträdde", gives the present (`_met_sentence`). Before, no one was read.

Look-alikes: a group word ("Styrelsen och valberedningen träffades"), one name alone ("Anna Ek träffade
rektorn"), names not at the opening of the line ("Under våren träffades ..."), and a labelled list (which wins)
read no such names.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "Kortfattat från DSM4 20150415\n\n"
TAIL = "Rapport från extra distriktsstämman drogs.\nPolicydokument för ekonomi diskuterades.\n"


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Mats L, Jenny H, Krister B, Tony W, Sandra P och Annalena L träffades i Vikarnas lokal Uddevalla.",
         ["Mats L", "Jenny H", "Krister B", "Tony W", "Sandra P", "Annalena L"]),
        ("Anna Ek, Bo Berg och Cia Holm samlades hos Anna.", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alikes
        ("Styrelsen och valberedningen träffades i lokalen.", []),
        ("Anna Ek träffade rektorn i lokalen.", []),
        ("Under våren träffades Anna Ek och Bo Berg flera gånger.", []),
    ],
)
def test_who_met(line: str, present: list[str]) -> None:
    assert attendance_names(HEAD + line + "\n" + TAIL) == (present, [])


def test_a_list_wins() -> None:
    text = (HEAD + "Närvarande: Eva Lund, Per Holm\n\n1. Mötets öppnande\n"
            "Anna Ek, Bo Berg och Cia Holm träffades hos Anna.\n" + TAIL)
    assert attendance_names(text) == (["Eva Lund", "Per Holm"], [])
