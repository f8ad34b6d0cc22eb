"""More sentences that say who was there, when the minutes have no attendance list: "Närvarande vid årsmötet var
A, B samt C" (any meeting word ending in "-mötet", "sammanträdet", "träffen"), and a verb before a colon
("Upprop förrättades och 12 Disor närvarade: A, B och C.", "Följande deltog: ..."); a name may have three words
("Inger Widerlöv Nilsson", "Kristoffer Elisson Snygg"). Before, only "Närvarande vid mötet var" was read, and a
name of three words ended the run.

Look-alikes: "närvarade" without a colon ("Tio medlemmar närvarade."), "deltog i" a matter, and lower-case
words after the colon are no names.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _PRESENT_SENTENCE_MORE
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2. Närvarande vid årsmötet var Niclas Bylund, Hampus Petersson samt Kristoffer Elisson Snygg.",
         "Niclas Bylund, Hampus Petersson samt Kristoffer Elisson Snygg"),
        ("Närvarande vid styrelsemötet var Anna Ek och Bo Berg.", "Anna Ek och Bo Berg"),
        ("Närvarande vid sammanträdet är Anna Ek, Bo Berg", "Anna Ek, Bo Berg"),
        ("1. Upprop förrättades och 12 Disor närvarade: Birgitta Hydén, Inger Widerlöv Nilsson och Kerstin Forss.",
         "Birgitta Hydén, Inger Widerlöv Nilsson och Kerstin Forss"),
        ("Följande deltog: Anna Ek, Bo Berg", "Anna Ek, Bo Berg"),
        # look-alikes
        ("Tio medlemmar närvarade. Anna Ek hälsade välkomna.", None),
        ("Anna Ek deltog i arbetet med Bo Berg.", None),
        ("Följande deltog: alla i styrelsen", None),
        ("Närvarande vid mötet: Anna Ek", None),  # a label, read by the list readers
    ],
)
def test_present_sentence(text: str, names: str | None) -> None:
    m = _PRESENT_SENTENCE_MORE.search(text)
    assert (m.group(1) if m else None) == names


def test_roll_call_sentence_inside_the_first_item() -> None:
    text = ("Protokoll fört vid månadsmötet onsdagen den 19 maj 2021\n\nDigitalt möte via Teams.\n\n"
            "1. Upprop förrättades och 4 Disor närvarade: Birgitta Hydén, Christina Rudmark, Inger Widerlöv "
            "Nilsson och Kerstin Forss.\nBirgitta Hydén tackade Ingegerd.\n\n2. Föregående protokoll godkändes.\n")
    present, absent = attendance_names(text)
    assert present == ["Birgitta Hydén", "Christina Rudmark", "Inger Widerlöv Nilsson", "Kerstin Forss"]
    assert absent == []
