"""The month view showed a stay of several days on its first day only, and never in a month it ran
into from the month before; a cancelled meeting was told apart only by a line through it, which a
screen reader does not read (WCAG 1.3.1).
"""

from __future__ import annotations

import datetime as dt
import re

from planner.store import Event, Meeting
from planner.views import days_of


def _cells(page: str) -> dict[str, str]:
    """Return the text of each day cell keyed by its Swedish date ("fredag 1 maj 2020")."""
    cells = {}
    for cell in re.findall(r"<td.*?</td>", page, flags=re.DOTALL):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()
        day = re.match(r"\w+dag \d+ \w+ \d{4}", text)
        assert day is not None
        cells[day.group(0)] = text
    return cells


def test_days_of_clips_to_the_grid():
    first, last = dt.date(2020, 4, 27), dt.date(2020, 5, 31)
    assert days_of(dt.date(2020, 4, 20), dt.date(2020, 4, 28), first, last) == [dt.date(2020, 4, 27),
                                                                                 dt.date(2020, 4, 28)]
    assert days_of(dt.date(2020, 5, 8), None, first, last) == [dt.date(2020, 5, 8)]


def test_a_stay_of_several_days_shows_on_each_day_in_each_month(client, db, world):
    db.add(Event(body_id=world.body_id, kind="trip", title="Studieresa till Bryssel", date=dt.date(2020, 4, 20),
                 end_date=dt.date(2020, 5, 12)))
    db.commit()
    may = _cells(client.get("/manad/2020/5").get_data(as_text=True))
    assert "Studieresa till Bryssel" in may["fredag 1 maj 2020"]
    assert "Studieresa till Bryssel" in may["tisdag 12 maj 2020"]
    assert "Studieresa till Bryssel" not in may["onsdag 13 maj 2020"]
    april = _cells(client.get("/manad/2020/4").get_data(as_text=True))
    assert "Studieresa till Bryssel" in april["torsdag 30 april 2020"]
    assert "Studieresa till Bryssel" not in april["söndag 19 april 2020"]


def test_a_cancelled_meeting_says_so_in_words(client, db, world):
    db.get(Meeting, world.next_id).status = "cancelled"
    db.commit()
    march = _cells(client.get("/manad/2020/3").get_data(as_text=True))
    assert "Inställt" in march["fredag 6 mars 2020"]
