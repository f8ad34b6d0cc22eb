"""A path the system refuses before our readers see it ended in a traceback.

`planner extract` and `planner ingest` of a file name over 255 bytes (200 × 'å', a name pasted twice)
printed "OSError: [Errno 36] File name too long" with a traceback (from Path.exists / Path.is_dir, which
raise it). It is one line naming the file, exit status 2, as a missing file is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_file_name_too_long_is_one_line(tmp_path: Path, command: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    name = str(tmp_path / ("å" * 200 + ".txt"))
    result = CliRunner().invoke(cli, ["--config", str(config), command, name])
    assert result.exit_code == 2, result.exception
    assert result.stderr == f"error: {name}: File name too long\n"
    assert result.stdout == ""
