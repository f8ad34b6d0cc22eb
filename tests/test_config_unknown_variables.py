"""A misspelt PLANNER_* environment variable was ignored without a word.

`PLANNER_INSTANCE_PATH=/srv/planner` (the setting is PLANNER_DATABASE_INSTANCE_PATH) or `PLANNER_WEB_PROT=8080`
left the planner on the file's value or the default while its operator believed it set: the SQLite file,
secret key and outbox went to ./instance. Every command now warns of each PLANNER_* variable that is no
setting (and not one of the few others the planner reads), naming the setting meant when one is close;
it still runs (a warning, not an error: other tools may share the prefix).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from planner.cli import cli
from planner.config import unknown_variables


def test_unknown_variables_are_named_with_the_setting_meant() -> None:
    env = {"PLANNER_INSTANCE_PATH": "/srv/planner", "PLANNER_WEB_PROT": "8080", "PLANNER_FOO": "1",
           "PLANNER_WEB_PORT": "8080", "PLANNER_CONFIG": "config.toml", "PLANNER_CLOCK": "2020-03-01T08:00:00",
           "PLANNER_USER_PASSWORD": "hemligt-ord", "PLANNER_MAIL_PASSWORD": "hemligt", "HOME": "/root"}
    assert unknown_variables(env) == [
        "PLANNER_FOO is no setting and is ignored",
        "PLANNER_INSTANCE_PATH is no setting and is ignored (did you mean PLANNER_DATABASE_INSTANCE_PATH?)",
        "PLANNER_WEB_PROT is no setting and is ignored (did you mean PLANNER_WEB_PORT?)",
    ]


def test_a_command_warns_once_and_runs(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "meetings"],
                                env={"PLANNER_INSTANCE_PATH": str(tmp_path / "instance")})
    assert result.exit_code == 0, result.output
    assert result.stderr == ("warning: PLANNER_INSTANCE_PATH is no setting and is ignored "
                             "(did you mean PLANNER_DATABASE_INSTANCE_PATH?)\n")
