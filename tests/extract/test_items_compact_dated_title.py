"""A short title line closed by the meeting's day written as eight digits ("Kortfattat från DSM4 20150415",
"Styrelsemöte 20190304") is the minutes' own title, never an item. Look-alikes: a heading with a number that is no
day ("Budget 2023", "Projekt 12345678", "Ansökan dnr 20151399") stays a heading."""

from __future__ import annotations

import pytest

from planner.extract.items import _is_excluded_heading


@pytest.mark.parametrize("title", ["Kortfattat från DSM4 20150415", "Styrelsemöte 20190304",
                                   "Protokoll styrelsemöte 20221231"])
def test_compact_dated_title_is_no_item(title: str) -> None:
    assert _is_excluded_heading(title)


@pytest.mark.parametrize("title", ["Budget 2023", "Projekt 12345678", "Ansökan dnr 20151399", "Ekonomi"])
def test_other_numbers_keep_the_heading(title: str) -> None:
    assert not _is_excluded_heading(title)
