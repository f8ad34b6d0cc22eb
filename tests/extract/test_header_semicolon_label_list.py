"""A list label closed by a semicolon, then people ("Föredragande; Jan Larsson, Christina Liffner"), is no
title: the body was read as that line when the head's title was a long sentence.

Look-alikes: a title with a semicolon and no person after it, a label with a colon (read as before by the
attendance rules), a semicolon after more than three words.
"""

from __future__ import annotations

import pytest

from planner.extract.header import is_semicolon_label_list


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Föredragande; Jan Larsson, Christina Liffner", True),
        ("Återbud; Karin Grute Movin", True),
        ("Närvarande ledamöter; Anna Berg, Per Holm", True),
        # look-alikes
        ("Kulturnämnden; sammanträde 2023-01-25", False),
        ("Styrelsen; Protokoll", False),
        ("Föredragande: Jan Larsson", False),
        ("Beslut om budget för nästa år; Jan Larsson", False),
        ("Övriga; Västra distriktet", False),
    ],
)
def test_semicolon_label_list(line: str, label: bool) -> None:
    assert is_semicolon_label_list(line) is label
