"""`PLANNER_DATABASE_URL=planner.sqlite3` (a path where a URL belongs) failed with "error: [database] url
is not a database URL (...)", naming neither the environment variable nor config.toml, while the README
promises every bad value is named with its file or variable: with a url in config.toml and another in
the environment, nothing told which one to mend. The URL is parsed when the settings are read, and its
source is named; the value is still not echoed (a URL that cannot be parsed may hold a password)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli
from planner.config import load_settings
from planner.errors import ConfigError

EXPECTED = ("[database] url is not a database URL (expected e.g. 'postgresql+psycopg://user@host:5432/name' "
            "or 'sqlite:////path/planner.sqlite3')")


def test_a_bad_url_in_the_environment_is_named_by_the_variable(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(config, env={"PLANNER_DATABASE_URL": "planner.sqlite3:hemligt"})
    assert str(err.value) == f"PLANNER_DATABASE_URL: {EXPECTED}"


def test_a_bad_url_in_the_file_is_named_by_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "anna:hemligt@db.example.se"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "meetings"], env={"PLANNER_DATABASE_URL": None})
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {config}: {EXPECTED}\n"
    assert "hemligt" not in result.output
