"""`planner user add NAME` run by a script, with no --password and no PLANNER_USER_PASSWORD.

With standard input empty (`< /dev/null`) it printed getpass's "GetPassWarning: Can not control echo on the
terminal" and "Password: Aborted!" and exited 1; with a password piped in it took it after the same warning.
Now a pipe gives one line, read as the password, and nothing to read is one line naming the ways to give it,
exit status 2, and no user stored.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from planner.cli import cli


def _run(tmp_path: Path, *args: str, stdin: str) -> Result:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), *args], input=stdin, env={"PLANNER_USER_PASSWORD": ""})


def test_no_password_on_an_empty_pipe_is_one_line(tmp_path: Path) -> None:
    result = _run(tmp_path, "user", "add", "anna", stdin="")
    assert result.exit_code == 2
    assert result.stderr == ("error: user anna: no password given (--password, PLANNER_USER_PASSWORD, or a line on "
                             "standard input)\n")
    assert _run(tmp_path, "user", "list", stdin="").stdout == ""


def test_a_password_piped_in_is_taken(tmp_path: Path) -> None:
    result = _run(tmp_path, "user", "add", "anna", stdin="hemligt-ord\n")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == "user anna saved (secretary)\n"
