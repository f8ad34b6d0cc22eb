"""`planner agenda BODY --date D` when no meeting is planned on or after D.

`--date 2030-01-01` said "no planned meeting after 2029-12-31" (the day before the one asked for), and
`--date 0001-01-01` ended in a traceback (OverflowError: date value out of range, taking the day before).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from planner.cli import cli


def _run(tmp_path: Path, *args: str) -> Result:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), *args])


def test_no_meeting_on_or_after_the_date_names_that_date(tmp_path: Path, seed) -> None:
    assert _run(tmp_path, "ingest", str(seed("000"))).exit_code == 0
    result = _run(tmp_path, "agenda", "kommunalt-forum", "--date", "2030-01-01")
    assert result.exit_code == 2
    assert result.stderr == "error: Kommunalt forum: no planned meeting on or after 2030-01-01\n"


def test_the_first_day_there_is_asks_for_the_first_meeting_planned(tmp_path: Path, seed) -> None:
    assert _run(tmp_path, "ingest", str(seed("000"))).exit_code == 0
    result = _run(tmp_path, "agenda", "kommunalt-forum", "--date", "0001-01-01")
    assert result.exit_code == 0, result.exception
    assert result.stdout.startswith("# Dagordning – Kommunalt forum")
