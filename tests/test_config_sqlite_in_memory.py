"""A SQLite URL that names no file is refused at start-up.

`PLANNER_DATABASE_URL=sqlite:///$DB` with DB unset is "sqlite:///": SQLAlchemy opens a database in memory,
so `planner ingest seeds/` printed "5 new ..." and exit 0, and kept nothing; `planner meetings` afterwards
showed an empty planner and `planner worker` sent nothing, without a word about why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli


@pytest.mark.parametrize("url", ["sqlite:///", "sqlite://", "sqlite:///:memory:", "sqlite+pysqlite:///"])
def test_ingest_into_a_database_in_memory_is_refused(tmp_path: Path, seed, monkeypatch: pytest.MonkeyPatch,
                                                      url: str) -> None:
    monkeypatch.chdir(tmp_path)  # no config.toml there
    result = CliRunner().invoke(cli, ["ingest", str(seed("000"))], env={"PLANNER_DATABASE_URL": url})
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"error: PLANNER_DATABASE_URL: [database] url {url!r} names no SQLite file (a database "
                             "in memory keeps nothing; expected e.g. 'sqlite:////path/planner.sqlite3')\n")
    assert result.stdout == ""
