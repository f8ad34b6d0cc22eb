"""A form template's stamp in a page's footer is no heading: "UBK2001, v1.0, 2014-05-15", "TDOK 2010:29
Mall_PM v 2.0".

A PDF's text keeps the footer line where the page breaks, alone between lines of an item's text,
so it reads as a heading. It is a code in capitals (perhaps with a number), perhaps the template's
name, a version and perhaps its date, nothing else. Look-alikes: titles that name a version of a
matter ("IT-strategi v2.0 för kommunen", "Version 1.2 av stadgarna", "Budget 2.0") stay headings.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_excluded_heading


@pytest.mark.parametrize("title", ["UBK2001, v1.0, 2014-05-15", "TDOK 2010:29 Mall_PM v 2.0", "KSF100 v2.3"])
def test_template_stamp_is_no_heading(title: str) -> None:
    assert _is_excluded_heading(title)


@pytest.mark.parametrize("title", ["IT-strategi v2.0 för kommunen", "IT-strategi v2.0", "Version 1.2 av stadgarna",
                                   "Budget 2.0", "SKL version 2.1 av avtalet"])
def test_version_of_a_matter_stays(title: str) -> None:
    assert not _is_excluded_heading(title)
