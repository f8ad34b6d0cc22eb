"""Commands of the notifications package, added to `planner` by planner/cli.py: subscribe, subscriptions,
unsubscribe, worker, mail."""

from __future__ import annotations

import datetime as dt
import logging
import sys

import click

from notifications.reminders import parse_offsets
from planner.config import MAX_DAYS_BEFORE, Settings
from planner.extract.model import EventKind


def _settings() -> Settings:
    from planner.cli import load_cli_settings

    settings: Settings = load_cli_settings(click.get_current_context())
    return settings


def _now(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


# Kinds a subscription may give its own days for: the event kinds; `other` covers every kind not given.
DAY_KINDS = tuple(kind.value for kind in EventKind)


def _parse_days(values: tuple[str, ...]) -> dict[str, tuple[int, ...]] | None:
    if not values:
        return None
    raw: dict[str, list[int]] = {}
    for value in values:
        kind, _, days = value.partition("=")
        try:
            raw[kind.strip()] = [int(d) for d in days.replace(",", " ").split()]
        except ValueError:
            raise click.BadParameter(f"expected KIND=DAYS such as meeting=7,1, got {value!r}") from None
        if not kind.strip() or not raw[kind.strip()] or any(d < 0 for d in raw[kind.strip()]):
            raise click.BadParameter(f"expected KIND=DAYS such as meeting=7,1, got {value!r}")
        if any(d > MAX_DAYS_BEFORE for d in raw[kind.strip()]):
            raise click.BadParameter(f"at most {MAX_DAYS_BEFORE} days before, got {value!r}")
        if kind.strip() not in DAY_KINDS:
            # An unknown kind would be stored and never match an event: the override silently does nothing.
            raise click.BadParameter(f"unknown kind {kind.strip()!r} in {value!r}, expected one of {', '.join(DAY_KINDS)}")
    import json

    return parse_offsets(json.dumps(raw))


@click.command()
@click.argument("email")
@click.argument("scope")
@click.option("--days", "days", multiple=True, metavar="KIND=DAYS",
              help="Days before, per kind, instead of config.toml's (e.g. --days meeting=3,1).")
def subscribe(email: str, scope: str, days: tuple[str, ...]) -> None:
    """Subscribe EMAIL to reminders for SCOPE (a body slug, organisation:SLUG or all; or as the feeds
    write it: organ/SLUG, organisation/SLUG, alla); mails a confirmation link.

    Nothing is sent before the link is followed. The answer is the same whether or not the
    address was subscribed before.

    Example: planner subscribe anna@kommun.se kommunalt-forum --days meeting=7,1
    """
    from notifications.mail import SendError, make_mailer
    from notifications.subscriptions import request_subscription
    from planner.db import open_database

    settings = _settings()
    engine, factory = open_database(settings.database_url)
    mailer = make_mailer(settings)
    try:
        with factory() as session:
            request_subscription(session, email, scope, now=_now(None), settings=settings,
                                 mailer=mailer, offsets=_parse_days(days))
    except SendError as err:
        # The subscription waits (pending); subscribing again sends a fresh link.
        click.echo(f"error: confirmation mail to {email} not sent: {err}", err=True)
        sys.exit(2)
    finally:
        mailer.close()
        engine.dispose()
    click.echo("If the address can receive reminders, a confirmation link is on its way.")


@click.command()
@click.argument("email", required=False)
@click.pass_context
def subscriptions(ctx: click.Context, email: str | None) -> None:
    """List the email subscriptions (of EMAIL, or all): address, scope, status and dates.

    Example: planner subscriptions anna@kommun.se
    """
    from notifications.subscriptions import subscriptions_of
    from planner.cli import cli_database

    with cli_database(ctx) as (_, factory), factory() as session:
        rows = subscriptions_of(session, email)
        for sub in rows:
            dates = [f"{name} {when.date().isoformat()}" for name, when in (
                ("created", sub.created_at), ("confirmed", sub.confirmed_at), ("ended", sub.unsubscribed_at)) if when]
            click.echo("\t".join([sub.email, sub.scope, sub.status, ", ".join(dates)]))
    if not rows:
        click.echo(f"no subscriptions{' of ' + email if email else ''}", err=True)


@click.command()
@click.argument("email", required=False)
@click.option("--token", help="End the one subscription of an unsubscribe token instead: the mailto: choice of "
                              "a reminder's List-Unsubscribe header mails the sender address 'unsubscribe TOKEN'.")
@click.option("--forget", is_flag=True,
              help="Erase the address: its subscriptions and every mail recorded for it (a GDPR erasure request).")
@click.pass_context
def unsubscribe(ctx: click.Context, email: str | None, token: str | None, forget: bool) -> None:
    """End every subscription of EMAIL, as an operator asked by its owner (no mail is sent to it).

    Without --forget the subscriptions stay on record as ended; with --forget nothing of the address is kept.
    With --token, end the one subscription a mailed unsubscribe request names (its subject's TOKEN).

    Example: planner unsubscribe anna@kommun.se --forget (or: planner unsubscribe --token 'eyJzIjo...')
    """
    from notifications.subscriptions import end_subscriptions, subscription_for_unsubscribe, unsubscribe_one
    from planner.cli import cli_database

    if (email is None) == (token is None):
        raise click.UsageError("give an address (EMAIL) or --token TOKEN, not both")
    if token is not None and forget:
        raise click.UsageError("--forget erases an address: give EMAIL, not --token")
    with cli_database(ctx) as (settings, factory), factory() as session:
        if token is not None:
            sub = subscription_for_unsubscribe(session, token.strip().removeprefix("unsubscribe").strip(), settings)
            if sub is None:
                raise click.BadParameter("no subscription has this token (cut off, or signed with another "
                                         "[web] secret_key)", param_hint="--token")
            ended = unsubscribe_one(session, sub, now=_now(None))
            click.echo(f"subscription {sub.id} of {sub.email} ({sub.scope}) {'ended' if ended else 'had ended already'}")
            return
        assert email is not None
        count = end_subscriptions(session, email, now=_now(None), forget=forget)
    what = "erased" if forget else "ended"
    click.echo(f"{count} subscription{'s' if count != 1 else ''} of {email} {what}")


@click.command()
@click.option("--once", is_flag=True, help="Run one tick (plan and send what is due) and exit.")
@click.option("--now", "start", type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S"]),
              envvar="PLANNER_CLOCK", default=None,
              help="Tests only: start the clock at this ISO time (UTC unless an offset is given).")
# At most a day: a lease of a hundred years overflowed the worker's date arithmetic (a traceback).
@click.option("--lease-seconds", type=click.IntRange(min=1, max=86400), default=None,
              help="SQLite only: how long a claimed mail stays reserved (default 3 x SMTP timeout + 10 s; "
                   "at most 86400).")
@click.option("--connections", type=click.IntRange(min=1, max=32), default=4, show_default=True,
              help="SMTP connections (sending threads) of this worker.")
def worker(once: bool, start: dt.datetime | None, lease_seconds: int | None, connections: int) -> None:
    """Run the reminder worker: APScheduler with its job store in the planner database.

    Every [reminders] check_every_minutes it queues due reminders in the outbox and sends
    them; several workers may run at once on PostgreSQL.

    Example: planner worker
    """
    from notifications.worker import clock_from, run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    settings = _settings()
    lease = dt.timedelta(seconds=lease_seconds) if lease_seconds else None
    run_worker(settings, clock=clock_from(start), once=once, lease=lease,
               connections=connections)


@click.group()
def mail() -> None:
    """Check the mail settings.

    Example: planner mail test anna@kommun.se
    """


@mail.command("test")
@click.argument("address")
def mail_test(address: str) -> None:
    """Send a test mail to ADDRESS through the configured [mail] backend.

    Example: planner mail test anna@kommun.se
    """
    from notifications.mail import SendError, make_mailer, render_test
    from notifications.subscriptions import normalise_email

    settings = _settings()
    mailer = make_mailer(settings)
    msg = render_test(to=normalise_email(address), now=_now(None), settings=settings)
    try:
        mailer.send(msg)
    except SendError as err:
        click.echo(f"error: mail to {address} not sent: {err}", err=True)
        sys.exit(2)
    finally:
        mailer.close()
    click.echo(f"sent {msg['Message-ID']} to {address}")


COMMANDS = [subscribe, subscriptions, unsubscribe, worker, mail]
