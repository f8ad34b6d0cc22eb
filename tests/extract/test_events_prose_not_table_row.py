"""A table row flattened with wide gaps puts the place in its last cell ("2023-03-15   13.00-16.00
Regionhuset"). Prose spaced out the same way ("blir klar i april. Färdigt till vårkonserten? Martin
kollar.   Röstcoach Katarina Henryson kan anlitas en") is no row: a cell that ends one sentence and
begins the next is text, and the words after the gap are no place.
"""

from __future__ import annotations

import pytest

from planner.extract.events import _column_venue


@pytest.mark.parametrize(
    ("rest", "venue"),
    [
        ("\t13.00-16.00\tRegionhuset", "Regionhuset"),
        ("   kl 18   Folkets hus, Ljusdal", "Folkets hus, Ljusdal"),
        (" | Styrelsemöte | Kansliet", "Kansliet"),
        # look-alikes: prose whose sentences are spaced out
        (". Färdigt till vårkonserten? Martin kollar.   Röstcoach Katarina Henryson kan anlitas en ", None),
        (". Alla är välkomna. Anmälan till Eva.   Kaffe serveras", None),
    ],
)
def test_column_venue(rest: str, venue: str | None) -> None:
    assert _column_venue(rest) == venue
