"""The year of accounts closing a general meeting's title is no part of the body's name.

"Protokoll från Sjögestads byalags årsmöte för verksamhetsåret 2019-2020": the tail kept the title from
being read as "<organisation>, <kind>" ("Sjögestads byalag, årsmöte").

Look-alikes: a tail that follows no meeting word ("Budget för verksamhetsåret 2020") and other tails stay.
"""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, without_fiscal_year


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Sjögestads byalags årsmöte för verksamhetsåret 2019-2020", "Sjögestads byalags årsmöte"),
        ("Vägföreningens årsstämma avseende räkenskapsåret 2021", "Vägföreningens årsstämma"),
        ("Byalagets årsmöte för år 2019", "Byalagets årsmöte"),
        # look-alikes
        ("Budget för verksamhetsåret 2020", "Budget för verksamhetsåret 2020"),
        ("Årsmöte för medlemmar", "Årsmöte för medlemmar"),
        ("Styrelsemöte för år 2019 och 2020", "Styrelsemöte för år 2019 och 2020"),
    ],
)
def test_without_fiscal_year(name: str, kept: str) -> None:
    assert without_fiscal_year(name) == kept


def test_body_of_title_with_fiscal_year() -> None:
    assert body_of_title("Sjögestads byalags årsmöte för verksamhetsåret 2019-2020") == "Sjögestads byalag, årsmöte"
