"""A stored copy may join the last line of an attendance list to the first item's heading with no space
before the paragraph sign ("Per Söderberg§ 1 Sammanträdets öppnande"). The name before "§" is the list's
last entry and the list ends there. The paragraphs someone attended, written after the name with a space
("Per Söderberg § 1-5"), are a note: the name stays and the list reads on.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll styrelsemöte 2002-07-05\n\n"
_TAIL = "\nOrdföranden hälsade alla välkomna."
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande:\nKaj Engström\nMats Eriksson\n\nAnmält förhinder:\nPer Söderberg§ 1 Sammanträdets öppnande",
         ["Kaj Engström", "Mats Eriksson"], ["Per Söderberg"]),
        ("Närvarande:\nKaj Engström\nMats Eriksson\nAnna-Lena Berg§1 Mötets öppnande",
         ["Kaj Engström", "Mats Eriksson", "Anna-Lena Berg"], []),
        # look-alikes: attended paragraphs after a name, and a heading on its own line
        ("Närvarande:\nKaj Engström\nPer Söderberg § 1-5\nMats Eriksson\n\n§ 1 Sammanträdets öppnande",
         ["Kaj Engström", "Per Söderberg", "Mats Eriksson"], []),
        ("Närvarande:\nKaj Engström\n\nFrånvarande:\nPer Söderberg\n§ 1 Sammanträdets öppnande",
         ["Kaj Engström"], ["Per Söderberg"]),
    ],
)
def test_name_glued_to_item(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
