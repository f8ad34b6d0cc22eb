"""A trip's departure, then its return within a few days ("Avfärd ... den 5 april kl 20.30 Åter Karlskrona
tisdagen den 7 april kl. 07.30"): the trip ends on the return day, at the hour said right after it. A later
day with no departure before the first stays apart, and an hour not right after the return day is not its
end."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Projektgrupp 2009-03-04\n\n§ 1. Mötet öppnades.\n\n§ 2. "
TAIL = "\n\n§ 9. Avslutning. Inget.\n"


def first(line: str) -> tuple[str | None, str | None, str | None]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    e = min(r.events, key=lambda e: e.date or "")
    return e.end_date, e.start, e.end


@pytest.mark.parametrize(("line", "want"), [
    (("Diskuterades resan till Polen. Avfärd från Karlskrona söndagen den 5 april kl 20.30 Åter Karlskrona "
      "tisdagen den 7 april kl. 07.30."), ("2009-04-07", "20:30", "07:30")),
    ("Studieresan till Åbo: avresa den 12 maj kl. 08.00, hemkomst den 14 maj klockan 22.00.",
     ("2009-05-14", "08:00", "22:00")),
    ("Studieresan till Åbo: avresa den 12 maj kl. 08.00, hemkomst den 14 maj.", ("2009-05-14", "08:00", None)),
    # look-alikes: no departure before the first day; an hour not right after the return day
    ("Styrelsen träffas den 5 april kl. 18.00. Åter den 7 april kl. 09.00 hålls städdag.", (None, "18:00", None)),
    ("Studieresan till Åbo: avresa den 12 maj kl. 08.00, hemkomst den 14 maj, middag kl. 19.00.",
     ("2009-05-14", "08:00", None)),
])
def test_trip_ends_on_return_day_at_its_hour(line: str, want: tuple[str | None, str | None, str | None]) -> None:
    assert first(line) == want
