"""A page's mark left at a title's end by a flattened page head: "Kommunstyrelsen Sida 1(3)", "REGISTER Sida
1(2)", "Kommunstyrelsen sida 1 av 3". The mark is no part of the name. Look-alikes: a name that holds the
letters ("Besök på Sidas kontor", "Svenska sidan")."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Kommunstyrelsen Sida 1(3)", "Kommunstyrelsen"),
        ("Kommunstyrelsen sida 1 av 3", "Kommunstyrelsen"),
        ("Styrelsen Sid 2", "Styrelsen"),
        ("REGISTER Sida 1(2)", "REGISTER"),
        # look-alikes
        ("Besök på Sidas kontor", "Besök på Sidas kontor"),
        ("Svenska sidan", "Svenska sidan"),
    ],
)
def test_trailing_page_mark_is_no_name(title: str, name: str) -> None:
    assert _strip_title(title)[0] == name
