"""A place standing alone between the date and its hour, in its own sentence or on its own line under
the date, is the event's venue: "Nästa möte bestämdes till 4 December. JL Bygg Kl: 18.30.", "Nästa
möte 5 december\\nBygdegården kl 19.00". Words that say something else there (a sentence with a
lower-case verb, the meeting itself, a weekday, Teams) are no place."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2012-10-22\n\n§ 1. Mötet öppnas.\n\n§ 8. "
TAIL = "\n\n§ 9. Avslutning.\n"


def venues(line: str) -> list[tuple[str | None, str | None]]:
    return [(e.venue, e.start) for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize(("line", "venue"), [
    ("Nästa möte bestämdes till 4 December. JL Bygg Kl: 18.30. Detta gäller som kallelse.", "JL Bygg"),
    ("Nästa möte 5 december\nBygdegården kl 19.00", "Bygdegården"),
    ("Nästa möte blir den 5 december. Folkets Hus, Lysekil kl. 18.00.", "Folkets Hus, Lysekil"),
])
def test_place_alone_before_the_hour(line: str, venue: str) -> None:
    [(found, start)] = venues(line)
    assert found == venue
    assert start is not None


@pytest.mark.parametrize("line", [
    "Nästa möte blir den 5 december. Mötet börjar kl 18.00.",
    "Nästa möte blir den 5 december. Vi ses kl 18.00.",
    "Nästa möte 5 december\nTeams kl 19.00",
    "Nästa möte 5 december\nMötet kl 19.00",
    "Nästa möte 5 december\nOnsdag kl 19.00",
])
def test_no_place_before_the_hour(line: str) -> None:
    [(found, _)] = venues(line)
    assert found is None
