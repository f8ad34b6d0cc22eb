"""The month view called a held workshop "Kommunalt forum: Nästa möte": the placeholder title the
extraction gives an announced meeting, which the meeting page already hides. The meeting page's
<title> gave the date as "2020-03-06" where the page says "6 mars 2020".
"""

from __future__ import annotations

import datetime as dt

from planner.store import Meeting


def test_placeholder_titles_are_not_shown(client, db, world):
    db.add(Meeting(body_id=world.body_id, date=dt.date(2020, 5, 8), kind="workshop", title="Nästa möte"))
    db.get(Meeting, world.next_id).title = "Nästa möte"
    db.commit()
    may = client.get("/manad/2020/5").get_data(as_text=True)
    assert "Nästa möte" not in may and "Kommunalt forum: Workshop" in may
    march = client.get("/organ/kommunalt-forum/manad/2020/3").get_data(as_text=True)
    assert "Nästa möte" not in march


def test_meeting_page_title_gives_the_date_in_swedish(client, world):
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert "<title>Kommunalt forum 6 mars 2020 – Forumplaneraren</title>" in page
