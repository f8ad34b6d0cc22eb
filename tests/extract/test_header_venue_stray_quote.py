"""A venue read from a stored copy's quoted title loses the closing quote it holds no opening one for:
'Download "Protokoll Fört vid ... styrelsemöte den 9 januari 2008 kl. 18.00, på HD"' gave the venue 'HD"'.

Look-alikes: a quoted name stays whole ('"Gullvivan"', 'Café "Linnea"'), a venue without quotes is kept.
"""

from __future__ import annotations

import pytest

from planner.extract.header import Found, venue_without_stray_quote


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ('HD"', "HD"),
        ("Uppgården”", "Uppgården"),
        ('First Hotel Grand, Alingsås kommun."', "First Hotel Grand, Alingsås kommun"),
        # look-alikes
        ('"Gullvivan"', '"Gullvivan"'),
        ('Café "Linnea"', 'Café "Linnea"'),
        ("Stadshuset", "Stadshuset"),
        ('"', '"'),
    ],
)
def test_stray_closing_quote(value: str, venue: str) -> None:
    found = venue_without_stray_quote(Found(value, 10, 10 + len(value)))
    assert found.value == venue
    assert found.end - found.start == len(found.value)
