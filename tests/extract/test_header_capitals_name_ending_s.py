"""A name in capitals ending in "S" keeps its "S" before a general meeting's kind.

"Protokoll fört vid MABBAS årsmöte 2022": the closing "S" of the abbreviation was read as a genitive and cut
("MABBA, årsmöte"); an abbreviation's genitive is written "MABBA:s", so a capital "S" belongs to the name.

Look-alikes: a genitive in lower case ("Klostergårdens byalags") and a title all in capitals are read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("MABBAS årsmöte", "MABBAS, årsmöte"),
        ("SPRS extra årsmöte", "SPRS, extra årsmöte"),
        # look-alikes
        ("Klostergårdens byalags extra årsmöte", "Klostergårdens byalag, extra årsmöte"),
        ("Sjögestads byalags årsmöte", "Sjögestads byalag, årsmöte"),
        ("PROTOKOLL FÖRT VID VATTENVÅRDSFÖRBUNDS ÅRSMÖTE", "PROTOKOLL FÖRT VID VATTENVÅRDSFÖRBUND, årsmöte"),
    ],
)
def test_capitals_name_ending_s(name: str, body: str) -> None:
    assert body_of_title(name) == body
