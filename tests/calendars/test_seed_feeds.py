"""Feeds from the ingested seeds, read back by three independent readers: icalendar, the strict
`ical` parser and the khal calendar client (with the right local times)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from calendars.scopes import Window, parse_scope
from calendars.service import render_feed
from tests.calendars.conftest import khal_list, strict_parse

UTC = dt.UTC
STOCKHOLM = ZoneInfo("Europe/Stockholm")
INGESTED_AT = dt.datetime(2022, 1, 10, 12, 0, tzinfo=UTC)
SINCE = dt.date(2018, 1, 1)


@pytest.fixture
def seeded(session_factory: Any, seed: Any) -> Any:
    from planner.ingest import ingest_file

    for prefix in ("000", "001", "002", "003", "004"):
        result = ingest_file(session_factory, seed(prefix), now=INGESTED_AT)
        assert result.status == "new", result
    return session_factory


def export(factory: Any, settings: Any, scope: str, *, now: dt.datetime = INGESTED_AT) -> bytes:
    with factory() as session:
        window = Window.at(now, settings, SINCE)
        return render_feed(session, parse_scope(session, scope), window, settings).body


def test_icalendar_round_trip(seeded, settings):
    data = export(seeded, settings, "alla")
    cal = icalendar.Calendar.from_ical(data)
    assert cal.to_ical() == data
    events = cal.walk("VEVENT")
    assert len(events) >= 10
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        assert str(event["UID"]).endswith("@forumplanner.local")
        assert event.DTSTAMP.tzinfo is not None
        assert str(event["DESCRIPTION"]).endswith(str(event["URL"]))
        start = event.start
        assert isinstance(start, dt.date)
        if isinstance(start, dt.datetime):
            assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
        else:
            assert event["DTSTART"].params["VALUE"] == "DATE" and event.end > start
    # Month-only meetings ("i juni", "i november") never get a day.
    assert not [e for e in events if e.start in (dt.date(2020, 6, 1), dt.date(2021, 11, 1))]


def by_start(events: list[Any]) -> dict[Any, Any]:
    return {e.start: e for e in events}


def test_kommunalt_forum_from_seeds(seeded, settings):
    cal = icalendar.Calendar.from_ical(export(seeded, settings, "organ/kommunalt-forum"))
    starts = by_start(cal.walk("VEVENT"))
    held = starts[dt.datetime(2020, 3, 6, 9, 0, tzinfo=STOCKHOLM)]
    assert str(held["SUMMARY"]) == "Kommunalt forum"
    assert held.end == dt.datetime(2020, 3, 6, 12, 0, tzinfo=STOCKHOLM)
    assert str(held["LOCATION"]) == "Bolmen, regionhuset, Växjö"
    workshop = starts[dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)]
    assert workshop.end == dt.datetime(2020, 5, 8, 15, 0, tzinfo=STOCKHOLM)
    assert workshop.categories == ["Workshop"]
    assert str(workshop["LOCATION"]).startswith("Videum Science Park")
    assert "Ur mötesanteckningarna: ”" in str(workshop["DESCRIPTION"])
    assert "8 maj" in str(workshop["DESCRIPTION"])


def test_strict_ical_parser(seeded, settings):
    for scope in ("alla", "organ/kommunalt-forum", "organisation/region-kronoberg"):
        data = export(seeded, settings, scope)
        calendar = strict_parse(data)
        expected = icalendar.Calendar.from_ical(data).walk("VEVENT")
        assert len(calendar.events) == len(expected) > 0
        assert {e.uid for e in calendar.events} == {str(e["UID"]) for e in expected}
    kf = strict_parse(export(seeded, settings, "organ/kommunalt-forum"))
    starts = {e.dtstart for e in kf.events}
    assert dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM) in starts
    assert [tz.tz_id for tz in kf.timezones] == ["Europe/Stockholm"]


def test_khal_shows_local_times(seeded, settings, tmp_path):
    data = export(seeded, settings, "organ/kommunalt-forum")
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    lines = khal_list(data, tmp_path, tz="Europe/Stockholm", start="2018-01-01", end="2021-01-01")
    assert {line.split()[0] for line in lines} == uids
    text = "\n".join(lines)
    assert "2020-03-06 09:00 2020-03-06 12:00 Kommunalt forum" in text
    assert "2020-05-08 08:45 2020-05-08 15:00" in text
    # Seen from UTC the same events are an hour (winter) and two hours (summer) earlier: not floating.
    utc = "\n".join(khal_list(data, tmp_path, tz="UTC", start="2018-01-01", end="2021-01-01"))
    assert "2020-03-06 08:00 2020-03-06 11:00 Kommunalt forum" in utc
    assert "2020-05-08 06:45 2020-05-08 13:00" in utc


def test_export_command(seeded, settings, tmp_path):
    from click.testing import CliRunner

    from planner.cli import cli

    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{settings.database_url}"\n'
                      '[web]\nbase_url = "https://planner.example.se"\n')
    out = tmp_path / "kf.ics"
    result = CliRunner().invoke(cli, ["--config", str(config), "calendar", "export", "kommunalt-forum",
                                      "--fran", "2018-01-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert cal["X-WR-CALNAME"] == "Kommunalt forum" and cal.walk("VEVENT")
    assert out.read_bytes().count(b"\r\n") == out.read_bytes().count(b"\n")
    missing = CliRunner().invoke(cli, ["--config", str(config), "calendar", "export", "finns-inte"])
    assert missing.exit_code == 2
    assert "finns-inte" in missing.output and "Traceback" not in missing.output
    # The scopes as `planner subscribe` writes them (it refused "body:kommunalt-forum") and in any case.
    for scope, name in (("body:kommunalt-forum", "Kommunalt forum"), ("ORGAN/kommunalt-forum", "Kommunalt forum"),
                        ("all", "Alla forum"), ("ALLA", "Alla forum")):
        same = CliRunner().invoke(cli, ["--config", str(config), "calendar", "export", scope, "--fran", "2018-01-01"])
        assert same.exit_code == 0, (scope, same.output)
        assert icalendar.Calendar.from_ical(same.stdout_bytes)["X-WR-CALNAME"] == name
    other = CliRunner().invoke(cli, ["--config", str(config), "calendar", "export", "body:finns-inte"])
    assert other.exit_code == 2 and "finns-inte" in other.output


def test_description_carries_the_draft_agenda(seeded, settings):
    # Seen on 10 March 2020, the next Kommunalt forum is the workshop of 8 May: its description
    # holds the draft agenda with the items carried from 6 March, and where each came from.
    now = dt.datetime(2020, 3, 10, 9, 0, tzinfo=UTC)
    cal = icalendar.Calendar.from_ical(export(seeded, settings, "organ/kommunalt-forum", now=now))
    workshop = by_start(cal.walk("VEVENT"))[dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)]
    description = str(workshop["DESCRIPTION"])
    assert "Utkast till dagordning:" in description
    assert "Information om Yrkes-SM (Bordlades 2020-03-06, punkt 5)" in description
    assert "Information om modellen Omställning Kronoberg" in description
    assert description.index("Utkast till dagordning:") < description.index("Ur mötesanteckningarna:") \
        < description.index("Mer information: ")
