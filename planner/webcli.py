"""CLI commands of the web side: `planner serve` (production WSGI server) and `planner user ...`."""

from __future__ import annotations

import dataclasses
import socket

import click

from planner.cli import load_cli_settings
from planner.config import Settings
from planner.errors import PlannerError


@click.command()
@click.option("--host", default=None, help="Address to listen on (default: [web] host).")
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="Port to listen on (default: [web] port).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the site, the JSON API and the calendar feeds with waitress.

    Example: planner serve --port 8000
    """
    import waitress

    from planner.app import create_app

    settings = serving_settings(load_cli_settings(ctx), host, port)
    host, port = settings.web.host, settings.web.port
    _check_can_listen(host, port)  # before the app opens its database
    app = create_app(settings)
    click.echo(f"Serving on http://{host}:{port}/", err=True)
    waitress.serve(app, host=host, port=port, threads=settings.web.threads, ident="forum-planner")


def serving_settings(settings: Settings, host: str | None, port: int | None) -> Settings:
    """The settings with `--host` and `--port` in [web]: links in the site's pages and in the mails it sends
    (`base_url`, when the file leaves it empty) then name the address the site is served at."""
    web = dataclasses.replace(settings.web, host=host or settings.web.host, port=port or settings.web.port)
    return dataclasses.replace(settings, web=web)


def _check_can_listen(host: str, port: int) -> None:
    """Bind the address once, as the server will, so that a port taken or an address not of this machine
    is a one-line error before the server starts (waitress raises it with a traceback)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
            probe.bind(address)
    except OSError as err:
        raise PlannerError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err


@click.group()
def user() -> None:
    """Manage the secretaries and admins who log in to the web site.

    Example: planner user add anna --role secretary --body kommunalt-forum
    """


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "secretary"]), default="secretary", show_default=True,
              help="admin: every body and user; secretary: the bodies given with --body.")
@click.option("--body", "bodies", multiple=True, help="Slug of a body the secretary looks after (repeatable; an existing user gets exactly these).")
@click.option("--name", default=None, help="Full name shown in the correction history.")
@click.option("--password", default=None, help="Password (default: PLANNER_USER_PASSWORD, else asked for; from a pipe, one line of standard input).")
@click.pass_context
def user_add(ctx: click.Context, username: str, role: str, bodies: tuple[str, ...], name: str | None,
             password: str | None) -> None:
    """Add a user, or reset an existing user's password, role and bodies.

    Example: planner user add anna --role secretary --body kommunalt-forum
    """
    import os

    from planner.auth import add_user
    from planner.db import open_database
    from planner.errors import PlannerError

    settings = load_cli_settings(ctx)
    password = password or os.environ.get("PLANNER_USER_PASSWORD") or _read_password(username)
    engine, factory = open_database(settings.database_url)
    # The engine is disposed of: its PostgreSQL connection was left for the garbage collector (ResourceWarning).
    with closing_engine(engine), factory() as session:
        try:
            add_user(session, username, password, role=role, body_slugs=bodies, name=name)
        except ValueError as err:
            raise PlannerError(f"user {username}: {err}") from err
        session.commit()
    click.echo(f"user {username} saved ({role}{': ' + ', '.join(bodies) if bodies else ''})")


def _read_password(username: str) -> str:
    """Ask for the password at a terminal; from a pipe or a script, read one line of standard input.

    From a pipe getpass warned that it could not hide the input, and with nothing to read the command ended
    "Aborted!" with exit status 1 (`planner user add anna < /dev/null` in a provisioning script).
    """
    import sys

    if sys.stdin.isatty():
        password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        return password
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise PlannerError(f"user {username}: no password given (--password, PLANNER_USER_PASSWORD, or a line "
                           "on standard input)")
    return line


@user.command("list")
@click.pass_context
def user_list(ctx: click.Context) -> None:
    """List the users, their roles and bodies.

    Example: planner user list
    """
    from sqlalchemy import select

    from planner.db import open_database
    from planner.webmodels import User

    settings = load_cli_settings(ctx)
    engine, factory = open_database(settings.database_url)
    with closing_engine(engine), factory() as session:
        for u in session.scalars(select(User).order_by(User.username)):
            slugs = ", ".join(b.slug for b in u.bodies)
            click.echo(f"{u.username}\t{u.role}\t{'active' if u.active else 'inactive'}\t{slugs}")


from planner.api.cli import closing_engine, token

COMMANDS = [serve, user, token]
