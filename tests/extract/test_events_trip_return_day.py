"""A trip's departure, then its return within a few days ("Avfärd från Karlskrona söndagen den 5 april kl
20.30 Åter Karlskrona tisdagen den 7 april kl. 07.30"): the return day ends the trip, no event of its own.
With no departure said, a later day after "åter" stays an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Projektgrupp 2009-03-04\n\n§ 1. Mötet öppnades.\n\n§ 2. "
TAIL = "\n\n§ 9. Avslutning. Inget.\n"


def dates(line: str) -> list[str]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    return sorted(e.date or "" for e in r.events)


@pytest.mark.parametrize(("line", "want"), [
    (("Diskuterades resan till Polen. Avfärd från Karlskrona söndagen den 5 april kl 20.30 Åter Karlskrona "
      "tisdagen den 7 april kl. 07.30."), ["2009-04-05"]),
    ("Studieresan till Åbo: avresa den 12 maj kl. 08.00, hemkomst den 14 maj kl. 22.00.", ["2009-05-12"]),
    # look-alikes: no departure before the first day, or the later day far off
    ("Styrelsen träffas den 5 april. Åter den 7 april hålls städdag.", ["2009-04-05", "2009-04-07"]),
    ("Avfärd till mässan den 5 april kl. 08.00. Åter i tjänst den 20 april kl. 08.00.", ["2009-04-05", "2009-04-20"]),
])
def test_trip_return_day_is_no_event(line: str, want: list[str]) -> None:
    assert dates(line) == want
