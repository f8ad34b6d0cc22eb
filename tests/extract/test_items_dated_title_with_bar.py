"""A site's post title that sets the meeting's day off with a bar or dash ("21.10.2021 | Styrelseprotokoll",
"2019-03-04 – Styrelsemöte"): the minutes' own title line, as "26.8.2015 Möte" is, never an item.

Look-alikes: headings that name a matter, with or without a date in them ("Budget 2022", "Årsmöte 25.7.2013 i
församlingshemmet", "21.10.2021 | Muddring av hamnen vid norra stranden och bryggorna"), stay headings.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_excluded_heading


@pytest.mark.parametrize("title", [
    "21.10.2021 | Styrelseprotokoll",
    "2019-03-04 – Styrelsemöte",
    "12.5.2020 | Protokoll styrelsemöte",
])
def test_dated_title_with_bar_is_excluded(title: str) -> None:
    assert _is_excluded_heading(title)


@pytest.mark.parametrize("title", [
    "Budget 2022",
    "Årsmöte 25.7.2013 i församlingshemmet",
    "21.10.2021 | Muddring av hamnen vid norra stranden och bryggorna",
])
def test_matters_stay_headings(title: str) -> None:
    assert not _is_excluded_heading(title)
