"""The minutes' next item running on after the last list of a flattened line: "Närvarande ledamöter: Sven Hugosson,
Ingemar Jansson och Gunnar Winberg. Anmält förhinder: Barbro Svärd. 3 Godkännande av dagordning Dagordning ...".

An entry line of a list is cut at a full stop followed by an item's number and a heading (a capitalised word,
then a lower-case one: `_RX_STOP_THEN_ITEM`). Before, "Barbro Svärd. 3 Godkännande av dagordning" read as no
entry and the absent list was lost.

Look-alikes: a stop before a numbered name ("Anna Ek. 2. Bo Berg") or before a number with no heading is not
cut, and a list without a stop reads as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _before_next_item
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Barbro Svärd. 3 Godkännande av dagordning", "Barbro Svärd."),
        ("Cia Holm och Dan Lund. 4. Val av justerare", "Cia Holm och Dan Lund."),
        # look-alikes
        ("Anna Ek. 2. Bo Berg", "Anna Ek. 2. Bo Berg"),
        ("Anna Ek, ordf. 12 Bo Berg", "Anna Ek, ordf. 12 Bo Berg"),
        ("Anna Ek, Bo Berg", "Anna Ek, Bo Berg"),
    ],
)
def test_cut_before_next_item(text: str, kept: str) -> None:
    assert text[:_before_next_item(text, 0, len(text))] == kept


def test_absent_list_before_next_item() -> None:
    text = ("Protokoll 2012-05-02\nNärvarande ledamöter: Sven Hugosson, Ingemar Jansson och Gunnar Winberg. "
            "Anmält förhinder: Barbro Svärd. 3 Godkännande av dagordning\n")
    assert attendance_names(text) == (["Sven Hugosson", "Ingemar Jansson", "Gunnar Winberg"], ["Barbro Svärd"])
