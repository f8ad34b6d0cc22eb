"""The update story: later minutes move, cancel, pin and confirm meetings, and the feed tells
subscribers so: same UIDs, higher SEQUENCE, CANCELLED, the pinned one present, CONFIRMED.

Minutes in tests/calendars/data: Kommunalt forum 2020-04-03 plans 8 May (workshop), 3 June, a
month-only September meeting and a preliminary 4 December; 2020-04-24 says "mötet flyttas till
den 9 maj", "Mötet den 3 juni ställs in", "Septembermötet blir den 18 september" and "Mötet den
4 december är fastställt".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from calendars.scopes import Window, parse_scope
from calendars.service import render_feed
from tests.calendars.conftest import khal_list, strict_parse

DATA = Path(__file__).resolve().parent / "data"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
FIRST = dt.datetime(2020, 4, 3, 14, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2020, 4, 24, 14, 0, tzinfo=dt.UTC)


def ingest(factory: Any, settings: Any, path: Path, now: dt.datetime) -> None:
    from planner.ingest import ingest_file

    result = ingest_file(factory, path, now=now, settings=settings)
    assert result.status == "new", result


def feed(factory: Any, settings: Any, now: dt.datetime) -> tuple[bytes, dict[str, Any]]:
    with factory() as session:
        scope = parse_scope(session, "organ/kommunalt-forum")
        data = render_feed(session, scope, Window.at(now, settings), settings).body
    return data, {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def on(events: dict[str, Any], day: dt.date) -> Any:
    found = [e for e in events.values() if (e.start.date() if isinstance(e.start, dt.datetime) else e.start) == day]
    assert len(found) == 1, f"{len(found)} events on {day}: {[str(e['SUMMARY']) for e in events.values()]}"
    return found[0]


@pytest.fixture
def story(session_factory: Any, settings: Any, seed: Any) -> dict[str, Any]:
    # Publish whatever the minutes say at once: this story is about the lifecycle, not review.
    settings = settings.replace(web={"auto_publish": "all"})
    for prefix in ("000", "001", "002", "003", "004"):
        ingest(session_factory, settings, seed(prefix), FIRST)
    ingest(session_factory, settings, DATA / "kf_2020-04-03.txt", FIRST)
    before_data, before = feed(session_factory, settings, FIRST)
    from planner.store import Meeting

    with session_factory() as session:
        september = session.scalars(select(Meeting).where(Meeting.month == "2020-09")).one()
        september_uid = f"{september.uid}@{settings.calendars.domain}"
    ingest(session_factory, settings, DATA / "kf_2020-04-24.txt", LATER)
    after_data, after = feed(session_factory, settings, LATER)
    return {"before": before, "after": after, "before_data": before_data, "after_data": after_data,
            "september_uid": september_uid}


def test_moved_meeting_keeps_uid(story):
    before = on(story["before"], dt.date(2020, 5, 8))
    assert before.start == dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)
    uid = str(before["UID"])
    moved = story["after"][uid]
    assert moved.start == dt.datetime(2020, 5, 9, 8, 45, tzinfo=STOCKHOLM)
    assert moved["SEQUENCE"] > before["SEQUENCE"]
    assert moved.last_modified > before.last_modified
    assert not [e for e in story["after"].values() if e.start == before.start]


def test_cancelled_meeting_stays_as_cancelled(story):
    before = on(story["before"], dt.date(2020, 6, 3))
    assert before["STATUS"] == "CONFIRMED"
    cancelled = story["after"][str(before["UID"])]
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("INSTÄLLT: ")
    assert cancelled["SEQUENCE"] > before["SEQUENCE"]


def test_month_only_meeting_enters_once_pinned(story):
    uid = story["september_uid"]
    assert uid not in story["before"]  # "i september": no invented day
    pinned = story["after"][uid]
    assert pinned.start == dt.datetime(2020, 9, 18, 9, 0, tzinfo=STOCKHOLM)
    assert pinned["STATUS"] == "CONFIRMED"


def test_preliminary_meeting_confirmed(story):
    before = on(story["before"], dt.date(2020, 12, 4))
    assert before["STATUS"] == "TENTATIVE"
    assert str(before["SUMMARY"]).endswith("(preliminärt)")
    confirmed = story["after"][str(before["UID"])]
    assert confirmed["STATUS"] == "CONFIRMED"
    assert not str(confirmed["SUMMARY"]).endswith("(preliminärt)")
    assert confirmed["SEQUENCE"] > before["SEQUENCE"]  # STATUS changed, so SEQUENCE must rise


def test_no_new_uids_for_known_meetings(story):
    # Every event of the first feed is still there under the same UID (moved, cancelled or unchanged);
    # new are only the pinned September meeting and the meeting of 24 April whose minutes these are.
    assert set(story["before"]) <= set(story["after"])
    held = str(on(story["after"], dt.date(2020, 4, 24))["UID"])
    assert set(story["after"]) - set(story["before"]) == {story["september_uid"], held}


def test_readers_agree_on_the_updated_feed(story, tmp_path):
    data = story["after_data"]
    assert {e.uid for e in strict_parse(data).events} == set(story["after"])
    lines = khal_list(data, tmp_path, tz="Europe/Stockholm", start="2019-01-01", end="2021-01-01")
    assert {line.split()[0] for line in lines} == set(story["after"])
    text = "\n".join(lines)
    assert "2020-09-18 09:00 2020-09-18 12:00 Kommunalt forum" in text
    assert "2020-12-04 09:00 2020-12-04 12:00 Kommunalt forum" in text


def test_khal_shows_the_move(story, tmp_path):
    text = "\n".join(khal_list(story["after_data"], tmp_path, tz="Europe/Stockholm", start="2020-05-01",
                               end="2020-05-31"))
    assert "2020-05-09 08:45 2020-05-09 15:00" in text
    assert "2020-05-08" not in text
