"""`planner ingest protokoll.txt`, where protokoll.txt is a link whose target was moved or deleted,
said "planner: no minutes files (.docx, ...) in protokoll.txt" and exited 0, as for an empty inbox:
the file named on the command line was never read and nothing said so. It is an error naming the
file and where the link points (as `planner extract` says "no such file"), exit status 2."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from planner.cli import cli


def test_a_link_to_nothing_is_an_error_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    link = tmp_path / "protokoll.txt"
    link.symlink_to(tmp_path / "flyttad.txt")
    result = CliRunner().invoke(cli, ["--config", str(config), "ingest", str(link)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {link}: no such file or folder (a link to '{tmp_path / 'flyttad.txt'}')\n"
    assert result.stdout == ""
