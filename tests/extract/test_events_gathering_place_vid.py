"""Where the participants gather names the event's place: "samling vid Kvarneket 08.30", "vi samlas
utanför Folkets hus", "träffas vid Badplatsen". The hour after the place is no part of it. A time
("samlas vid ca 9.15"), a lower-case thing ("samling vid behov") or a weekday after "vid" is no place."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Byastämma 2016-04-18\n\n§ 1. Mötet öppnas.\n\n§ 14. Aktiviteter:\n\n"
TAIL = "\n\n§ 15. Avslutning.\n"


def venues(line: str) -> list[str | None]:
    return [e.venue for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize(("line", "venue"), [
    ("– Torpvandring den 6 juni, samling vid Kvarneket 08.30. Tag med egen fikakorg!", "Kvarneket"),
    ("Cykelutflykt lördag 21 maj, vi samlas utanför Folkets hus kl 10.", "Folkets hus"),
    ("Skräpplockardag den 24 april, samling vid Kyrkans parkering 09.00.", "Kyrkans parkering"),
    ("Midsommarfirande den 24 juni, alla träffas vid Badplatsen klockan 14.", "Badplatsen"),
])
def test_gathering_place_is_the_venue(line: str, venue: str) -> None:
    assert venues(line) == [venue]


@pytest.mark.parametrize("line", [
    "Torpvandring den 6 juni, samlas vid ca 9.15 och går sedan ut.",
    "Torpvandring den 6 juni, samling vid behov av skjuts.",
    "Torpvandring den 6 juni, samling vid Måndag kväll.",
])
def test_no_place_after_gathering_word(line: str) -> None:
    assert venues(line) == [None]
