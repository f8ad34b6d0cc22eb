"""A meeting announced for a day now past whose minutes never came was listed under "Tidigare möten"
like the held ones, as if it had taken place: it now says that no minutes are in yet."""

from __future__ import annotations

import datetime as dt
import re

from planner.store import Meeting


def test_past_meeting_without_minutes_says_so(client, db, world):
    announced = Meeting(body_id=world.body_id, date=dt.date(2020, 1, 10), start=dt.time(9), status="planned",
                        published=True)
    db.add(announced)
    db.commit()
    page = client.get("/organ/kommunalt-forum").get_data(as_text=True)
    past = page[page.index('id="tidigare"'):]
    rows = re.findall(r"<li>(.*?)</li>", past, flags=re.DOTALL)
    assert len(rows) == 2, rows
    held, past = rows  # newest first: 7 February (held), 10 January (only announced)
    assert "7 februari 2020" in held and "Inga mötesanteckningar ännu" not in held
    assert "10 januari 2020" in past and "Inga mötesanteckningar ännu" in past
    page = client.get(f"/mote/{announced.id}").get_data(as_text=True)
    assert "<dt>Status</dt><dd>planerat, inga mötesanteckningar ännu</dd>" in page
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)  # 6 March: still to come
    assert "<dt>Status</dt><dd>planerat</dd>" in page
