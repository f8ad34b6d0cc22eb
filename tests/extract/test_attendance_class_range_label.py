"""A pupils' council writes a class of two school years before its representatives: "Åk 1-2: Alice och Elvira".

The class label ("Åk 1:", "Klass 4B:") already opens a present list; a range of years ("Åk 1-2:", "Åk 5–6:")
is the same label. Look-alikes: a range followed by a sentence, not names, and a paragraph range without a class
word stay no list.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Elevrådet 26.8.2015 Möte\n\nFörsta elevrådsmötet hölls idag. Klassrepresentanterna är följande:\n\n"
_TAIL = "\n\n-Det enda elevärendet som kom upp denna gång kom från åk 3-4."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            (
                "Åk 1-2: Alice Nylund och Elvira Öhman\nÅk 3-4: Atte Weppling och Felix Fredriksson\n"
                "Åk 5-6: Moa Karlsson och Elias Simpson"
            ),
            [
                "Alice Nylund",
                "Elvira Öhman",
                "Atte Weppling",
                "Felix Fredriksson",
                "Moa Karlsson",
                "Elias Simpson",
            ],
        ),
        ("Åk 5–6: Moa Karlsson och Elias Simpson", ["Moa Karlsson", "Elias Simpson"]),
        ("Åk 1: Ciara, Elias & Talia", ["Ciara", "Elias", "Talia"]),
        # look-alikes
        ("Åk 3-4: De klagade över att det luktar illa i källaren.", []),
        ("§ 1-2: Anna Ek och Bo Berg valdes till justerare.", []),
    ],
)
def test_class_of_two_years_opens_a_present_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
