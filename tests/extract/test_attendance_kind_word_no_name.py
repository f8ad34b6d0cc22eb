"""A word naming a kind of attendee, written alone after a list label as a group's heading, is no person:
"Ledamöter Politiker" over the members, "Övriga Praktikant", "Tjänstepersoner".

`_person` reads no entry that is one word of `ATTENDEE_KIND_WORDS`, and `_looks_like_name` gives it no weight.
Before, "Politiker" and "Praktikant" were read as present names.

Look-alikes: a surname that merely begins so ("Gästrin") and a real two-word name are read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _looks_like_name, _person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Praktikant", None),
        ("Politiker", None),
        ("Tjänstepersoner", None),
        # look-alikes
        ("Gästrin", "Gästrin"),
        ("Anna Praktikant", "Anna Praktikant"),
    ],
)
def test_kind_word_is_no_name(text: str, name: str | None) -> None:
    p = _person(text, 0)
    assert (p.name if p else None) == name


def test_kind_word_has_no_name_weight() -> None:
    assert _looks_like_name("Politiker") == 0.0
    assert _looks_like_name("Gästrin") == 0.5
