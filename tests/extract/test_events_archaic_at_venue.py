"""The old preposition "å" (på) before the place that closes a time's line ("Nästa sammanträde torsdagen den 5
februari kl. 09 00 å Länsstyrelsen"): the place is the venue. Not "å styrelsens vägnar" (on behalf of), nor a
lower-case word after it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Projektgrupp 2009-01-27\n\n§ 1. Mötet öppnades.\n\n§ 2. Övrigt. Inget.\n\n"


def venues(line: str) -> list[str | None]:
    r = extract_text(minutes_from_text(HEAD + line + "\n"))
    return [e.venue for e in r.events]


@pytest.mark.parametrize(("line", "want"), [
    ("Nästa sammanträde torsdagen den 5 februari kl. 09 00 å Länsstyrelsen", ["Länsstyrelsen"]),
    ("Nästa sammanträde torsdagen den 5 februari kl. 09.00 å Stadshuset", ["Stadshuset"]),
    # look-alikes
    ("Nästa sammanträde torsdagen den 5 februari kl. 09.00 å Länsstyrelsens vägnar", [None]),
    ("Nästa sammanträde torsdagen den 5 februari kl. 09.00 å andra sidan", [None]),
])
def test_archaic_at_venue(line: str, want: list[str | None]) -> None:
    assert venues(line) == want
