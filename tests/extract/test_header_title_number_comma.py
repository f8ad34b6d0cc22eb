"""The minutes' running number before the title words, closed by a comma: "Protokoll nr 374, fört vid sammanträde
med Svenska Gymnastikförbundets STYRELSE måndagen den 2 februari 2015". The number is skipped with the document
words. Look-alike: a number after the meeting word ("Styrelsemöte nr 3, 2020") is cut as before."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (("Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikförbundets STYRELSE måndagen den 2 februari "
         "2015"), "Svenska Gymnastikförbundets STYRELSE"),
        ("Protokoll nr 5 Kulturnämnden", "Kulturnämnden"),
        ("Styrelsemöte nr 3, 2020", "Styrelsemöte"),
    ],
)
def test_leading_number_with_comma(title: str, name: str) -> None:
    assert _strip_title(title)[0] == name
