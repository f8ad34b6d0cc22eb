"""`planner token ...`: API tokens for scripts that write through the JSON API.

The group is added to the `planner` command by planner.webcli (COMMANDS).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import click
from sqlalchemy import Engine

from planner.cli import load_cli_settings


@contextlib.contextmanager
def closing_engine(engine: Engine) -> Iterator[Engine]:
    """Dispose of the engine's connections when the command is done."""
    try:
        yield engine
    finally:
        engine.dispose()


@click.group()
def token() -> None:
    """Manage Bearer tokens for writes through the JSON API (/api/v1).

    Example: planner token add anna --name diariet
    """


@token.command("add")
@click.argument("username")
@click.option("--name", default="api", show_default=True, help="A label that says where the token is used.")
@click.pass_context
def token_add(ctx: click.Context, username: str, name: str) -> None:
    """Create a token for a user and print it (it is stored only as a hash: copy it now).

    Example: planner token add anna --name diariet
    """
    from sqlalchemy import func, select

    from planner.api.tokens import create_token
    from planner.db import open_database
    from planner.errors import PlannerError
    from planner.webmodels import User

    settings = load_cli_settings(ctx)
    engine, factory = open_database(settings.database_url)
    with closing_engine(engine), factory() as session:
        user = session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
        if user is None:
            raise PlannerError(f"user {username}: no such user (add one with `planner user add`)")
        if not user.active:
            raise PlannerError(f"user {username}: the user is inactive")
        try:
            secret = create_token(session, user, name, now=dt.datetime.now(dt.UTC))
        except ValueError as err:
            raise PlannerError(f"user {username}: {err}") from err
        session.commit()
    click.echo(secret)
    click.echo(f"token {name!r} for {username}: send it as 'Authorization: Bearer <token>'", err=True)


@token.command("list")
@click.pass_context
def token_list(ctx: click.Context) -> None:
    """List tokens (id, user, label, created, last used, revoked); never the tokens themselves.

    Example: planner token list
    """
    from sqlalchemy import select

    from planner.db import open_database
    from planner.webmodels import ApiToken

    settings = load_cli_settings(ctx)
    engine, factory = open_database(settings.database_url)
    with closing_engine(engine), factory() as session:
        for row in session.scalars(select(ApiToken).order_by(ApiToken.id)):
            used = row.last_used_at.isoformat(timespec="minutes") if row.last_used_at else "never"
            click.echo(f"{row.id}\t{row.user.username}\t{row.name}\t{row.created_at:%Y-%m-%d}\t{used}\t"
                       f"{'revoked' if row.revoked else 'active'}")


@token.command("revoke")
@click.argument("token_id", type=int)
@click.pass_context
def token_revoke(ctx: click.Context, token_id: int) -> None:
    """Revoke a token by its id (from `planner token list`).

    Example: planner token revoke 3
    """
    from planner.api.tokens import revoke_token
    from planner.db import open_database
    from planner.errors import PlannerError

    settings = load_cli_settings(ctx)
    engine, factory = open_database(settings.database_url)
    with closing_engine(engine), factory() as session:
        if not revoke_token(session, token_id):
            raise PlannerError(f"token {token_id}: no such token")
        session.commit()
    click.echo(f"token {token_id} revoked")


COMMANDS = [token]
