"""The minutes' first item, numbered 1, runs on after the last name of a list on its line: "Ej Närvarande Agnes
Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande Lloyd Baltz förklarade mötet öppnat ...". The list ends
before the number. Before, the list holding the item's sentences read as no one.

Look-alikes: a note of paragraphs ("Bo Berg 1-5"), "§ 1", a number before a name ("1 Anna Ek"), another number
than 1, and a number after a digit leave the text whole.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_FIRST_ITEM_INSIDE
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Agnes Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande Lloyd Baltz förklarade", "Agnes Ambrosiani"),
        ("Cia Holm, Dan Lund 1. Val av justerare", "Cia Holm, Dan Lund"),
        ("Cia Holm (S) 1 Mötets öppnande", "Cia Holm (S)"),
        # look-alikes
        ("Cia Holm 1-5, Dan Lund", None),
        ("Cia Holm § 1 Dan Lund", None),
        ("Cia Holm 1 Anna Ek", None),
        ("Cia Holm 2 Val av justerare", None),
    ],
)
def test_first_item_inside(text: str, names: str | None) -> None:
    m = _RX_FIRST_ITEM_INSIDE.search(text)
    assert (text[: m.start()] if m else None) == names


def test_absent_list_before_the_first_item() -> None:
    text = ("Protokoll styrelsemöte 2013-04-04\n\nNärvarande: Olof Bjälkvall, John Lundhgren, Erland Nylund\n"
            "Ej närvarande: Agnes Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande Lloyd Baltz förklarade mötet "
            "öppnat klockan 18:25 och hälsade alla välkomna 1.2 Fastställande av röstlängd\n")
    present, absent = attendance_names(text)
    assert present == ["Olof Bjälkvall", "John Lundhgren", "Erland Nylund"]
    assert absent == ["Agnes Ambrosiani"]
