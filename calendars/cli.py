"""CLI of the calendars: `planner calendar export SCOPE -o FILE.ics`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from planner.cli import load_cli_settings
from planner.errors import PlannerError
from planner.files import write_output


@click.group()
def calendar() -> None:
    """Export the iCalendar feeds (alla, a body or an organisation).

    Example: planner calendar export alla -o alla.ics
    """


# `planner subscribe` names scopes "all", "body:SLUG" and "organisation:SLUG": the same in the feeds' words.
_SUBSCRIPTION_KINDS = {"all": "alla", "body": "organ"}


def feed_scope(text: str) -> str:
    """Return a scope as the feeds name it: "ALLA" -> "alla", "body:x" -> "organ/x", "ORGAN/x" -> "organ/x",
    "organisation:x" -> "organisation/x"; a bare slug as it is (parse_scope reads it)."""
    text = text.strip()
    kind, mark, slug = text.partition(":") if ":" in text.split("/")[0] else text.partition("/")
    kind = kind.casefold()
    kind = _SUBSCRIPTION_KINDS.get(kind, kind)
    if mark:
        return f"{kind}/{slug}"
    return kind if kind == "alla" else text


@calendar.command()
@click.argument("scope")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.option("--fran", "since", default=None,
              help="First day of the window, YYYY-MM-DD (default: [calendars] months_back months back).")
@click.pass_context
def export(ctx: click.Context, scope: str, output: Path | None, since: str | None) -> None:
    """Write the feed of SCOPE: "alla", "organ/SLUG", "organisation/SLUG" or a bare SLUG (or as
    `planner subscribe` names them: "all", "body:SLUG", "organisation:SLUG").

    Example: planner calendar export organ/kommunalt-forum -o kommunalt-forum.ics
    """
    from calendars.scopes import UnknownScope, Window, parse_scope
    from calendars.service import render_feed
    from planner.db import open_database

    settings = load_cli_settings(ctx)
    try:
        first = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise PlannerError(f"--fran {since!r}: expected a date YYYY-MM-DD") from None
    engine, factory = open_database(settings.database_url)
    try:
        with factory() as session:
            try:
                chosen = parse_scope(session, feed_scope(scope))
            except UnknownScope as err:
                raise PlannerError(f"calendar {scope!r}: {err}") from None
            window = Window.at(dt.datetime.now(dt.UTC), settings, first)
            feed = render_feed(session, chosen, window, settings)
    finally:
        engine.dispose()
    if output is None:
        sys.stdout.buffer.write(feed.body)
        sys.stdout.buffer.flush()
        return
    write_output(output, feed.body)
    click.echo(f"{output}: {feed.events} events ({chosen.title()})", err=True)


COMMANDS = [calendar]
