"""The `planner` command line: each command is a few lines around one library call.

Commands of other packages register themselves here: `calendars.cli` (calendar export),
`notifications.cli` (worker, mail, subscribe) and `planner.webcli` (serve, user).
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from planner.errors import PlannerError, one_line

if TYPE_CHECKING:  # `planner extract` stays fast: no SQLAlchemy at start-up
    from sqlalchemy.orm import Session, sessionmaker

    from planner.config import Settings

# Errors of writing to standard output (a full disk or quota, a file too big, a device gone); a closed pipe
# (`planner documents | head -1`) is click's own case (EPIPE: exit 1 and no message).
_OUTPUT_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)

COMMAND_MODULES = ("planner.storecli", "calendars.cli", "notifications.cli", "planner.webcli")


class PlannerGroup(click.Group):
    """A click group that loads other packages' commands only when needed, and turns our own
    errors into one line on stderr and exit status 2."""

    _loaded = False

    def _load_all(self) -> None:
        if PlannerGroup._loaded:
            return
        PlannerGroup._loaded = True
        import importlib

        for module in COMMAND_MODULES:
            try:
                mod = importlib.import_module(module)
            except ModuleNotFoundError as err:
                if err.name == module:
                    continue
                raise
            for command in getattr(mod, "COMMANDS", ()):
                self.add_command(command)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # `planner extract` stays fast: the web, store and mail modules load only for their commands.
        command = super().get_command(ctx, cmd_name)
        if command is None:
            self._load_all()
            command = super().get_command(ctx, cmd_name)
        return command

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_all()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PlannerError as err:
            click.echo(f"error: {one_line(str(err))}", err=True)
            sys.exit(2)
        except OSError as err:
            if err.filename is not None:
                # A path the system refuses before any reader of ours sees it ("File name too long", a loop of
                # links): about the file named, as our own errors are.
                click.echo(one_line(f"error: {os.fsdecode(err.filename)}: {err.strerror or err}"), err=True)
                sys.exit(2)
            if err.errno in _OUTPUT_ERRNOS:
                # `planner calendar export alla > /mnt/full/alla.ics`: the output could not be written. Our files
                # are written by write_output (which names them): an error without a file name is standard output.
                click.echo(f"error: standard output: cannot write: {err.strerror}", err=True)
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115  # the interpreter's last flush must not fail again
                sys.exit(2)
            raise
        except Exception as err:
            if type(err).__module__.startswith("sqlalchemy"):
                from planner.db import database_reason, is_environment_error

                if is_environment_error(err):
                    # A read-only or locked SQLite file, a full disk, a server gone: the transaction is rolled
                    # back, and the driver's message (not the SQL and its parameters) is what the user acts on.
                    click.echo(f"error: database{_database_named(ctx)}: {database_reason(err)}", err=True)
                    sys.exit(2)
            raise


def _database_named(ctx: click.Context) -> str:
    """" URL" of the configured database (password hidden) for an error message; empty when it cannot be told."""
    from sqlalchemy.engine import make_url

    from planner.db import normalise_url

    try:
        return " " + make_url(normalise_url(load_cli_settings(ctx).database_url)).render_as_string()
    except Exception:  # noqa: BLE001  # the error being reported matters more than its decoration
        return ""


@click.group(cls=PlannerGroup)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="config.toml to use (default: PLANNER_CONFIG, then ./config.toml).")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """Forum planner: read Swedish minutes, plan meetings, publish calendars and reminders.

    Example: planner extract seeds/000_363a49ff756b7355.txt --json
    """
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path


def load_cli_settings(ctx: click.Context) -> Any:
    """Load the settings chosen by --config / PLANNER_CONFIG / ./config.toml."""
    from planner.config import load_settings, unknown_variables

    root = ctx.find_root()
    settings = load_settings(root.obj.get("config_path"))
    if not root.obj.get("variables_checked"):  # once per command, however often the settings are read
        root.obj["variables_checked"] = True
        for line in unknown_variables():
            click.echo(one_line(f"warning: {line}"), err=True)
    return settings


@contextmanager
def cli_database(ctx: click.Context) -> Iterator[tuple[Settings, sessionmaker[Session]]]:
    """Open (and migrate) the configured database for one command; dispose of its engine afterwards."""
    from planner.db import make_engine, make_sessionmaker, upgrade

    settings: Settings = load_cli_settings(ctx)
    # A short-lived command: pinging pooled connections before each use would only add round trips.
    engine = make_engine(settings.database_url, pool_pre_ping=False)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    try:
        yield settings, factory
    finally:
        engine.dispose()


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the minutes-extraction/1 JSON object.")
def extract(file: Path, as_json: bool) -> None:
    """Extract meeting, items, carry and events from one minutes file.

    Example: planner extract seeds/003_5e9a69c1dc7585a7.txt --json
    """
    from planner.extract import extract_minutes
    from planner.summary import render_summary

    result = extract_minutes(file)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_summary(result))
    for warning in result.warnings:
        click.echo(f"warning: {one_line(str(warning))}", err=True)


if __name__ == "__main__":  # `python -m planner.cli ...`, as the console script `planner`
    cli()
