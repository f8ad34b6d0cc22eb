"""A body whose next meeting has only a month ("april 2020, datum ej fastställt") has a next meeting.

The bug: the start page said "Nästa möte: inget planerat" and the secretary's start page "inget
planerat möte", with no link to the agenda editor, for a body whose next meeting the minutes gave
as a month only: both asked for a meeting dated today or later, and a month-only meeting has no
date. Its own page, its feed and its draft agenda all had it.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.store import Meeting

from .conftest import login


def _month_only(db, meeting_id: int, month: str) -> None:
    m = db.get_one(Meeting, meeting_id)
    m.date, m.month, m.start, m.end = None, month, None, None
    db.commit()


def card(page: str, heading_id: str) -> str:
    found = re.search(rf'<h2 id="{heading_id}">.*?</ul>', page, re.DOTALL)
    assert found, page
    return found.group()


def test_the_secretary_can_edit_the_agenda_of_a_month_only_meeting(client, world, db):
    _month_only(db, world.next_id, "2020-04")  # NOW is 2020-03-01
    login(client)
    section = card(client.get("/sekreterare/").get_data(as_text=True), "dagordningar")
    assert "april 2020, datum ej fastställt" in section
    assert f'href="/sekreterare/dagordning/{world.next_id}"' in section


def test_the_start_page_names_a_month_only_next_meeting(client, world, db):
    _month_only(db, world.next_id, "2020-03")  # this month: it may still be ahead
    page = client.get("/").get_data(as_text=True)
    assert "inget planerat" not in page
    assert "mars 2020, datum ej fastställt" in page


def test_a_dated_meeting_before_the_month_comes_first(client, world, db):
    _month_only(db, world.next_id, "2020-05")
    db.add(Meeting(body_id=world.body_id, date=dt.date(2020, 4, 3), status="planned", uid="april@test"))
    db.commit()
    login(client)
    section = card(client.get("/sekreterare/").get_data(as_text=True), "dagordningar")
    assert "fredag 3 april 2020" in section and "maj 2020" not in section


def test_a_month_gone_by_is_no_next_meeting(client, world, db):
    _month_only(db, world.next_id, "2020-02")
    login(client)
    assert "inget planerat möte" in card(client.get("/sekreterare/").get_data(as_text=True), "dagordningar")
    assert "inget planerat" in client.get("/").get_data(as_text=True)
