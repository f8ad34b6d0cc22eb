"""A flattened title whose label after it kept its colon while the value was lost: "Protokoll. LAG Terra et Mare
4 december Tid: Plats: Kulturhuset Fregatten, Stenungsund". The label goes with its colon, then the day before it.
Look-alike: a name that ends in a word spelt like a label but is not one ("Stiftelsen Tidö")."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Protokoll. LAG Terra et Mare 4 december Tid: Plats: Kulturhuset Fregatten, Stenungsund", "LAG Terra et Mare"),
        ("Protokoll. LAG Terra et Mare 4 december Tid:", "LAG Terra et Mare"),
        ("Kommunchefsgrupp Dag: Tid:", "Kommunchefsgrupp"),
        # look-alike
        ("Stiftelsen Tidö", "Stiftelsen Tidö"),
    ],
)
def test_trailing_label_with_colon(title: str, name: str) -> None:
    assert _strip_title(title)[0] == name
