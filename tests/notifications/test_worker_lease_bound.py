"""`planner worker --lease-seconds 99999999999999` ended in a traceback (OverflowError: days=1157407407; must have
magnitude <= 999999999) after the worker had started; the option is at most a day, refused as click refuses
other bad options: exit status 2 and the range, before anything runs."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from planner.cli import cli


def test_a_lease_over_a_day_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n[mail]\nbackend = "outbox"\n',
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "worker", "--once", "--now", "2020-01-01T00:00:00",
                                      "--lease-seconds", "99999999999999"])
    assert result.exit_code == 2
    assert not isinstance(result.exception, Exception), result.exception  # SystemExit only: no traceback
    assert "'--lease-seconds': 99999999999999 is not in the range 1<=x<=86400" in result.stderr
    assert not (tmp_path / "p.sqlite3").exists()  # refused before the worker opened the database
