"""A distribution line "Delges ..." ends the attendance list above it.

Minutes of associations and clubs say to whom they are sent with "Delges": "Delges Närvarande", "Delges:
Styrelsen, revisorerna". Those receive the minutes; they did not attend, and the word is no name. Look-alikes: a
person's line under the list, and "delges" in a sentence of an item, end nothing of the list.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _ends_list
from tests.extract.attendance_lists import attendance_names

_HEAD = "PROTOKOLL GÖTEBORGS YACHT CLUB 2003-09-11\n\nPlats Restaurang Tvåkanten kl. 12.00\n\n"
_TAIL = "\n\n§1 Mötets öppnande\n\nOrdföranden öppnade mötet."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Delges Närvarande", True),
        ("Delges: Styrelsen, revisorerna", True),
        ("Delges", True),
        # look-alikes
        ("Margareta Carlsson MC", False),
        ("Anna Delgado", False),
    ],
)
def test_delges_ends_a_list(line: str, ends: bool) -> None:
    assert _ends_list(line, 0) is ends


def test_names_above_a_distribution_line() -> None:
    text = ("Närvarande Klas Jacobson KJ\nMagnus Larsson ML\nRoger Örn RÖ\nMargareta Carlsson MC\n\n"
            "Delges Närvarande\n\nStyrelsemöte")
    assert _lists(text)[0] == ["Klas Jacobson", "Magnus Larsson", "Roger Örn", "Margareta Carlsson"]


def test_delges_inside_an_item_is_no_list_end() -> None:
    text = "Närvarande: Anna Ek, Bo Berg, Karin Lund\n\n§1 Protokollet delges medlemmarna via hemsidan."
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Karin Lund"]
