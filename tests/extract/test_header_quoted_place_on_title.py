"""A title line that quotes the place's name (or is itself quoted) gives the place around its meeting day.

'Protokoll. HJÄLMARENs VATTENVARDSFORBUND. styrelsemöte 29 Maj 2012 "Gullvivan", Regionförbundet Örebro kl 10.00':
the quotes kept the place after the day from being read. A stored copy's 'Download "Protokoll vid ... Fiske
2013-11-21på Länsstyrelsen i Jönköping"' is read the same way.

Look-alikes: a quoted body after the day, and a quoted title with no place, give no place by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_ITEMS = "\n\n1. Mötets öppnande\nAnna öppnade mötet.\n2. Val av justerare\nBo valdes.\n"


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        ('Protokoll. Förbundet. styrelsemöte 29 Maj 2012 "Gullvivan", Regionförbundet Örebro kl 10.00-12.00',
         "Gullvivan, Regionförbundet Örebro"),
        ('Protokoll styrelsemöte 29 maj 2012 i ”Bygdegården”', "Bygdegården"),
        # look-alikes
        ('Protokoll styrelsemöte 29 maj 2012 "Vår Bygd 1891"', None),
        ('"Protokoll styrelsemöte 29 maj 2012"', None),
    ],
)
def test_quoted_place_on_title(head: str, venue: str | None) -> None:
    assert extract_text(minutes_from_text(head + _ITEMS)).meeting.venue == venue
