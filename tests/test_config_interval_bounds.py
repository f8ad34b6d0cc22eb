"""Intervals too long for date and socket arithmetic stop start-up with one line.

`[calendars] refresh_minutes`, `[reminders] check_every_minutes` and `[mail] timeout_seconds` took any whole
number: 99999999999999 ended `planner calendar export` (and the feeds), `planner worker` and `planner mail test`
in a traceback (OverflowError: Python int too large to convert to C int).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli
from planner.config import load_settings
from planner.errors import ConfigError


@pytest.mark.parametrize(("table", "key", "most"), [
    ("calendars", "refresh_minutes", 525600), ("reminders", "check_every_minutes", 1440),
    ("mail", "timeout_seconds", 3600),
])
def test_an_interval_over_its_bound_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str,
                                               key: str, most: int) -> None:
    monkeypatch.chdir(tmp_path)  # no config.toml there
    name = f"PLANNER_{table}_{key}".upper()
    assert getattr(getattr(load_settings(env={name: str(most)}), table), key) == most
    with pytest.raises(ConfigError) as err:
        load_settings(env={name: "99999999999999"})
    assert str(err.value) == f"{name}: [{table}] {key} must be at most {most}, got 99999999999999"


def test_calendar_export_with_a_refresh_too_long_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n'
                      "[calendars]\nrefresh_minutes = 99999999999999\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "calendar", "export", "alla"])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {config}: [calendars] refresh_minutes must be at most 525600, "
                             "got 99999999999999\n")
