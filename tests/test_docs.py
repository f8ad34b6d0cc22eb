"""The README stays true: every CLI command has help with an example and is named in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from planner.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    ctx = click.Context(group)
    out = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        full = f"{prefix}{name}"
        out.append((full, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, full + " "))
    return out


COMMANDS = _commands(cli)


@pytest.mark.parametrize("name, command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name, command):
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert (command.help or "").strip(), f"{name} has no help"
    if not isinstance(command, click.Group) or name.count(" ") == 0:
        assert "Example:" in (command.help or ""), f"{name} help has no example"
    assert f"planner {name}" in README, f"README does not mention 'planner {name}'"


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    assert "bash scripts/run.sh" in README
    assert "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_readme_documents_every_config_table():
    import tomllib

    tables = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    for table in tables:
        assert f"[{table}]" in README, table
