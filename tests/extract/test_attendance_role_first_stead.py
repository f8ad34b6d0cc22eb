"""An absent list of capitalised roles and names, a substitute named in a member's stead.

"FRÅNVARANDE: Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg ÖVRIGA": each entry
is "Ledamot" and the member's name; "i vars ställe X närvar(it)" names the substitute who came (listed among those
present already), who is not absent. The label in capitals of the next list may end it. Look-alikes: a list
without any "i vars ställe", and one with other text after the entries.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _role_first_stead_entries
from tests.extract.attendance_lists import attendance_names


def test_absent_with_stead() -> None:
    text = ("NÄRVARANDE MEDLEMMAR: Olav Sjögård, Sven Jerkku, Birgitta Lassas\n"
            "FRÅNVARANDE: Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg\n\n"
            "§ 68 Sammanträdets laglighet och beslutförhet")
    present, absent = attendance_names(text)
    assert absent == ["Emina Arnautovic", "Lasse Åberg"]
    assert "Birgitta Lassas" in present


def test_stead_entries() -> None:
    people = _role_first_stead_entries(
        "Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg ÖVRIGA", 0)
    assert [p.name for p in people] == ["Emina Arnautovic", "Lasse Åberg"]


@pytest.mark.parametrize(
    "text",
    ["Ledamot Emina Arnautovic Ledamot Lasse Åberg",  # no substitute named
     "Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg som var sjuk"],
)
def test_no_stead_entries(text: str) -> None:
    assert _role_first_stead_entries(text, 0) == []
