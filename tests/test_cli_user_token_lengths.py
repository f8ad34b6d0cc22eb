"""`planner user add` and `planner token add` with a value longer than its column.

On PostgreSQL a username over 200 characters, a --name over 300, or a token's --name over 200 ended in a
traceback (psycopg DataError: value too long for type character varying); SQLite stored them as given,
so the same command behaved differently by database. Both now refuse them with one line, exit status 2,
and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from planner.cli import cli


def _run(database_url: str, tmp_path: Path, *args: str) -> Result:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path / "instance"}"\n',
                      encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), *args])


@pytest.mark.parametrize(("args", "message"), [
    (["user", "add", "a" * 201, "--password", "hemligt-ord"],
     f"error: user {'a' * 201}: a username has at most 200 characters, this one 201"),
    (["user", "add", "anna", "--password", "hemligt-ord", "--name", "Anna " * 61],
     "error: user anna: a name has at most 300 characters, this one 305"),
    (["token", "add", "bo", "--name", "diariet " * 26],
     "error: user bo: a token's name has at most 200 characters, this one 208"),
])
def test_a_value_longer_than_its_column_is_one_line(database_url: str, tmp_path: Path, args: list[str],
                                                    message: str) -> None:
    assert _run(database_url, tmp_path, "user", "add", "bo", "--password", "hemligt-ord").exit_code == 0
    result = _run(database_url, tmp_path, *args)
    assert result.exit_code == 2, result.exception
    assert result.stderr == message + "\n"
    assert _run(database_url, tmp_path, "user", "list").stdout == "bo\tsecretary\tactive\t\n"
    assert _run(database_url, tmp_path, "token", "list").stdout == ""


def test_values_as_long_as_their_columns_are_stored(database_url: str, tmp_path: Path) -> None:
    result = _run(database_url, tmp_path, "user", "add", "a" * 200, "--password", "hemligt-ord", "--name", "N" * 300)
    assert result.exit_code == 0, result.exception
    assert _run(database_url, tmp_path, "token", "add", "a" * 200, "--name", "d" * 200).exit_code == 0
