"""A month said of something getting ready ("Godtemplargården blir klar i april") is an event of its
own even when a gathering falls on a day of that month close by ("20 april kördag i Mariasalen"): a
state reached is no gathering. A month that only names a gathering more loosely than the day beside it
("Konferensen hålls i april ... den 20 april") stays the same thing as that day.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def event_dates(text: str) -> list[str]:
    events, _, _ = extract_events(minutes_from_text(text), Meeting(body=None, date="2024-02-07"), [], [])
    return sorted(e.date for e in events)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (("Protokoll\n\n1. Lokal\nGodtemplargården, med ny el, blir klar i april. 20 april kördag i Mariasalen "
          "med egen träning.\n"), ["2024-04", "2024-04-20"]),
        ("Protokoll\n\n1. Hemsidan\nDen nya hemsidan ska vara färdig i maj. Lansering på årsmötet den 14 maj.\n",
         ["2024-05", "2024-05-14"]),
        # look-alikes: the month and the day are one thing
        ("Protokoll\n\n1. Konferens\nKonferensen hålls i april. Den äger rum den 20 april i Växjö.\n",
         ["2024-04-20"]),
        ("Protokoll\n\n1. Lokal\nLokalen blir klar i april. Den ska vara klar den 20 april.\n",
         ["2024-04-20"]),
        ("Protokoll\n\n1. Lokal\nLokalen blir klar den 20 april i år, alltså i april.\n", ["2024-04-20"]),
    ],
)
def test_ready_month_beside_day(text: str, dates: list[str]) -> None:
    assert event_dates(text) == dates
