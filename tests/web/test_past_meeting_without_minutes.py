"""A meeting announced for a day now past whose minutes never came was listed under "Tidigare möten"
like the held ones, as if it had taken place: it now says that no minutes are in yet."""

from __future__ import annotations

import datetime as dt
import re

from planner.store import Meeting


def test_past_meeting_without_minutes_says_so(client, db, world):
    db.add(Meeting(body_id=world.body_id, date=dt.date(2020, 1, 10), start=dt.time(9), status="planned",
                   published=True))
    db.commit()
    page = client.get("/organ/kommunalt-forum").get_data(as_text=True)
    past = page[page.index('id="tidigare"'):]
    rows = re.findall(r"<li>(.*?)</li>", past, flags=re.S)
    assert len(rows) == 2, rows
    held, announced = rows  # newest first: 7 February (held), 10 January (only announced)
    assert "7 februari 2020" in held and "Inga mötesanteckningar ännu" not in held
    assert "10 januari 2020" in announced and "Inga mötesanteckningar ännu" in announced
