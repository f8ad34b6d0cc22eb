"""A group of two substitutes, then the roles' column of the flattened table, naming the members they stand in for.

"Tjänstgörande ersättare Birgitta Liivlaid (V) Birgitta Häggblad (S) Ordförande Vice ordförande för Kenneth
Challis (V) för Daniel Engström (SD)": the roles' column ("Ordförande", "Vice ordförande" for the members above,
"för Name (P)" for each substitute) runs on after the last group. Its roles may be capitalised, a cell may be
"för Name (P)" alone, and two entries are enough when the column names a replaced member: those members were
not there. Look-alikes: two entries followed by other text, or by capitalised words that are no roles, are not
read as such a column.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Hälso- och sjukvårdsnämnd\nTid: 2015-01-14 kl 09.15-14.50\n\n"
_TAIL = "\n\n§ 1 Val av justerare\n"
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)

_GROUP = "NÄRVARANDE Ledamöter Ewa Back (S) Annicka Burman (V) Stig Grip (M) Roger Byström (C) Tjänstgörande ersättare "
_MEMBERS = ["Ewa Back", "Annicka Burman", "Stig Grip", "Roger Byström"]


@pytest.mark.parametrize(
    ("run", "present", "absent"),
    [
        (
            (
                "Birgitta Liivlaid (V) Birgitta Häggblad (S) Ordförande Vice ordförande för Kenneth Challis (V) "
                "för Daniel Engström (SD)"
            ),
            ["Birgitta Liivlaid", "Birgitta Häggblad"],
            ["Kenneth Challis", "Daniel Engström"],
        ),
        (
            "Birgitta Liivlaid (V) Birgitta Häggblad (S) ordförande vice ordförande ersättare för Kenneth Challis (V)",
            ["Birgitta Liivlaid", "Birgitta Häggblad"],
            ["Kenneth Challis"],
        ),
    ],
)
def test_two_substitutes_then_the_roles_column(run: str, present: list[str], absent: list[str]) -> None:
    got_present, got_absent = _lists(_GROUP + run)
    assert got_present == _MEMBERS + present
    assert got_absent == absent


@pytest.mark.parametrize(
    "run",
    [
        "Birgitta Liivlaid (V) Birgitta Häggblad (S) Ordförande Vice ordförande",
        "Birgitta Liivlaid (V) Birgitta Häggblad (S) Kommunstyrelsen Bygg och Miljö",
    ],
)
def test_no_replaced_member_without_the_column(run: str) -> None:
    got_present, got_absent = _lists(_GROUP + run)
    assert got_present[: len(_MEMBERS)] == _MEMBERS
    assert got_absent == []
