"""An agenda item "Övriga frågor" under its number is no list: "§ 11. Övriga frågor." read "frågor" as present.

"Övriga" is a present label ("Övriga: Anna Holm"), and a lower-case value after it names no one
(`_is_generic_value`): that test was only made when the line began with the label, so an item's heading under its
number ("§ 11. Övriga frågor.", "11. Övriga ärenden") opened a list holding "frågor". The item's number before
the label is now passed over there too. Look-alikes: names after "Övriga" with or without a number before it are
read as before.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("§ 11. Övriga frågor.", []),
        ("11. Övriga frågor", []),
        ("§ 11 Övriga ärenden", []),
        # look-alikes: names after the label
        ("Övriga: Anna Holm", ["Anna Holm"]),
        ("§ 3 Övriga: Anna Holm, Bo Berg", ["Anna Holm", "Bo Berg"]),
    ],
)
def test_numbered_other_item(text: str, present: list[str]) -> None:
    assert attendance_names(text, head="Protokoll vårmöte 2022-05-05\n\n")[0] == present
