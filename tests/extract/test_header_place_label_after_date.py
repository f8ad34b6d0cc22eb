"""A place label without its colon after the date that opens a head line gives the place.

"Protokoll från Sjögestads byalags årsmöte för verksamhetsåret 2019-2020" / "2020-03-23 Plats Puben
Sjögemagasinet": the label does not open its line (the date does) and has no colon, so no rule read it.

Look-alikes: a date line with prose after it ("2020-03-23 Platsen för nästa möte ..."), a label with a
lower-case word after it and a date line with no place label give no place by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("2020-03-23 Plats Puben Sjögemagasinet ", "Puben Sjögemagasinet"),
        ("23 mars 2020, Lokal Bygdegården Tid 18.00", "Bygdegården"),
        # look-alikes
        ("2020-03-23 Platsen för nästa möte bestäms senare", None),
        ("2020-03-23 Plats saknas", None),
        ("2020-03-23 Årsmöte", None),
    ],
)
def test_place_label_after_date(line: str, venue: str | None) -> None:
    doc = minutes_from_text(f"Protokoll från byalagets årsmöte\n{line}\n\n 1. Mötets öppnande.\n\nOrdföranden "
                            "hälsade välkomna.\n\n 2. Val av justerare\n\nAnna valdes.\n")
    assert extract_text(doc).meeting.venue == venue
