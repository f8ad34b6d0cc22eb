"""config.toml loading: defaults, the shipped file, environment overrides and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.config import load_settings
from planner.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_config_loads_with_documented_defaults():
    s = load_settings(ROOT / "config.toml", env={})
    assert s.calendars.timezone == "Europe/Stockholm"
    assert s.reminders.meeting_days == (7, 1)
    assert s.reminders.deadline_days == (3,)
    assert s.reminders.send_at == "08:00"
    assert s.calendars.cancelled_days == 30
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("instance/planner.sqlite3")


def test_missing_default_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(env={})
    assert s.web.port == 8000


@pytest.mark.parametrize(
    "name, value, check",
    [
        ("PLANNER_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test",
         lambda s: s.database_url == "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
        ("PLANNER_WEB_PORT", "9001", lambda s: s.web.port == 9001),
        ("PLANNER_REMINDERS_MEETING_DAYS", "14, 2", lambda s: s.reminders.meeting_days == (14, 2)),
        ("PLANNER_MAIL_PASSWORD", "hemligt", lambda s: s.mail.password == "hemligt"),
        ("PLANNER_CALENDARS_DOMAIN", "kalender.example.se", lambda s: s.calendars.domain == "kalender.example.se"),
    ],
)
def test_environment_overrides(name, value, check):
    assert check(load_settings(ROOT / "config.toml", env={name: value}))


@pytest.mark.parametrize(
    "body, message",
    [
        ("[reminders]\nmeeting_days = '7'\n", "[reminders] meeting_days must be a list of whole days, got '7'"),
        ("[web]\nport = 'x'\n", "[web] port must be a whole number, got 'x'"),
        ("[web]\ncolour = 'red'\n", "unknown key [web] colour"),
        ("[nope]\n", "unknown table [nope]"),
        ("[mail]\nbackend = 'pigeon'\n", "[mail] backend must be one of smtp, outbox, got 'pigeon'"),
        ("[mail]\npassword = 'x'\n", "password must come from PLANNER_MAIL_PASSWORD"),
        ("[reminders]\nsend_at = '25:00'\n", "send_at must be HH:MM"),
        ("[web\n", "not valid TOML"),
        ("[web]\nextract_per_minute = 0\n", "[web] extract_per_minute must be at least 1, got 0"),
        # Values that used to pass here and fail later with a traceback (zoneinfo, icalendar, smtplib).
        ("[calendars]\ntimezone = 'Europe/Stokholm'\n",
         "[calendars] timezone must be an IANA time zone such as 'Europe/Stockholm', got 'Europe/Stokholm'"),
        ("[calendars]\ntimezone = 'Europe'\n", "[calendars] timezone must be an IANA time zone"),
        ("[calendars]\ntimezone = ''\n", "[calendars] timezone must be an IANA time zone"),
        ("[calendars]\ntimezone = '/etc/localtime'\n", "[calendars] timezone must be an IANA time zone"),
        ("[calendars]\nrefresh_minutes = 0\n", "[calendars] refresh_minutes must be at least 1, got 0"),
        ("[calendars]\nmonths_back = -1\n", "[calendars] months_back must not be negative, got -1"),
        ("[calendars]\ncancelled_days = -3\n", "[calendars] cancelled_days must not be negative, got -3"),
        # spans past which the feeds' and the worker's date arithmetic left Python's years (a traceback)
        ("[calendars]\nmonths_back = 30000\n", "[calendars] months_back must be at most 1200, got 30000"),
        ("[calendars]\ncancelled_days = 100000000\n", "[calendars] cancelled_days must be at most 3650, got 100000000"),
        ("[reminders]\nmeeting_days = [7, 10000000]\n",
         "[reminders] meeting_days must be at most 3650 days, entry 2 is 10000000"),
        # the wrong entry of a list is named, not the whole list; fractions and true/false are no days
        ("[reminders]\nmeeting_days = [" + "1, " * 40 + "'x']\n",
         "[reminders] meeting_days must be a list of whole days, entry 41 is 'x'"),
        ("[reminders]\nmeeting_days = [7, 1.5]\n", "[reminders] meeting_days must be a list of whole days, entry 2 is 1.5"),
        ("[reminders]\ndeadline_days = [true]\n", "[reminders] deadline_days must be a list of whole days, entry 1 is True"),
        ("[reminders]\nmeeting_days = [3, -1]\n", "[reminders] meeting_days must not be negative, entry 2 is -1"),
        ("[mail]\ntimeout_seconds = 0\n", "[mail] timeout_seconds must be at least 1, got 0"),
        ("[mail]\nport = 99999\n", "[mail] port must be a port from 1 to 65535, got 99999"),
        ("[web]\nport = 0\n", "[web] port must be a port from 1 to 65535, got 0"),
        ("[reminders]\ncheck_every_minutes = 0\n", "[reminders] check_every_minutes must be at least 1, got 0"),
    ],
)
def test_bad_values_fail_with_one_line_naming_file_table_key(tmp_path, body, message):
    path = tmp_path / "config.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    text = str(err.value)
    assert message in text
    assert str(path) in text
    assert "\n" not in text.strip() or "TOML" in text


def test_config_path_from_environment(tmp_path):
    path = tmp_path / "other.toml"
    path.write_text("[web]\nport = 8123\n")
    assert load_settings(env={"PLANNER_CONFIG": str(path)}).web.port == 8123


def test_named_config_that_does_not_exist_fails(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "missing.toml", env={})


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("PLANNER_CALENDARS_TIMEZONE", "Mars/Base", "[calendars] timezone must be an IANA time zone"),
        ("PLANNER_MAIL_BACKEND", "pigeon", "[mail] backend must be one of smtp, outbox, got 'pigeon'"),
        ("PLANNER_WEB_THREADS", "0", "[web] threads must be at least 1, got 0"),
        ("PLANNER_REMINDERS_SEND_AT", "8", "[reminders] send_at must be HH:MM, got '8'"),
    ],
)
def test_bad_environment_value_names_the_variable_not_the_file(name, value, message):
    """A bad override used to be blamed on config.toml, which holds a good value."""
    with pytest.raises(ConfigError) as err:
        load_settings(ROOT / "config.toml", env={name: value})
    assert str(err.value).startswith(f"{name}: ")
    assert message in str(err.value)


def test_valid_zones_and_bounds_still_load():
    s = load_settings(ROOT / "config.toml", env={"PLANNER_CALENDARS_TIMEZONE": "UTC", "PLANNER_MAIL_PORT": "465",
                                                 "PLANNER_CALENDARS_MONTHS_BACK": "0"})
    assert (s.calendars.timezone, s.mail.port, s.calendars.months_back) == ("UTC", 465, 0)
