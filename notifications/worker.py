"""The `planner worker` process: plan the outbox and send what is due, on APScheduler's tick.

APScheduler calls `run_tick` by reference (that is how a job in the SQLAlchemy job store survives
restarts), so the worker's context (settings, database, mailer, clock) is kept in this module
while the worker runs. Library callers and tests use `tick(context)` directly.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import time
from dataclasses import dataclass
from types import FrameType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from notifications.mail import Mailer, make_mailer
from notifications.outbox import PlanStats, plan_outbox
from notifications.schedule import build_scheduler, schedule_tick
from notifications.send import Clock, SendStats, default_lease, send_due_parallel, worker_name
from planner.config import Settings
from planner.db import open_database

log = logging.getLogger(__name__)
# SMTP connections (and sending threads) per worker: they overlap one message's round trips
# with another's. Each message is still claimed, sent and recorded on its own.
DEFAULT_CONNECTIONS = 4


@dataclass(frozen=True, slots=True)
class WorkerContext:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    mailers: tuple[Mailer, ...]  # one SMTP connection per sending thread
    clock: Clock
    worker: str
    lease: dt.timedelta


_context: WorkerContext | None = None


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def clock_from(start: dt.datetime | None) -> Clock:
    """Return the system clock, or (tests) a clock that starts at `start` and runs at real speed."""
    if start is None:
        return system_clock
    origin = start if start.tzinfo else start.replace(tzinfo=dt.UTC)
    began = time.monotonic()
    return lambda: origin + dt.timedelta(seconds=time.monotonic() - began)


def tick(ctx: WorkerContext) -> tuple[PlanStats, SendStats]:
    """Bring the outbox up to date and send everything due."""
    with ctx.factory() as session:
        planned = plan_outbox(session, now=ctx.clock(), settings=ctx.settings)
    sent = send_due_parallel(ctx.factory, ctx.mailers, clock=ctx.clock, settings=ctx.settings, worker=ctx.worker,
                             lease=ctx.lease)
    if (planned.queued or planned.cancellations or planned.changes or planned.again or sent.sent or sent.failed
            or sent.retried):
        log.info("queued %d, cancellations %d, new dates %d, again before a new date %d, moved %d, dropped %d; "
                 "sent %d, retry %d, failed %d, skipped %d", planned.queued, planned.cancellations, planned.changes,
                 planned.again, planned.moved, planned.dropped, sent.sent, sent.retried, sent.failed,
                 sent.skipped + planned.skipped)
    return planned, sent


def run_tick() -> None:
    """The APScheduler job: one tick with the running worker's context."""
    if _context is None:
        raise RuntimeError("run_tick called outside a running worker")
    tick(_context)


def make_context(settings: Settings, *, clock: Clock, lease: dt.timedelta | None = None,
                 connections: int = DEFAULT_CONNECTIONS) -> WorkerContext:
    engine, factory = open_database(settings.database_url)
    return WorkerContext(settings=settings, engine=engine, factory=factory,
                         mailers=tuple(make_mailer(settings) for _ in range(connections)),
                         clock=clock, worker=worker_name(), lease=lease or default_lease(settings))


def close(ctx: WorkerContext) -> None:
    for mailer in ctx.mailers:
        mailer.close()


def warn_plain_http(settings: Settings) -> bool:
    """Warn (and return True) when mail links are not https: mail clients then offer no one-click unsubscribe."""
    if settings.base_url.startswith("https://"):
        return False
    log.warning("base_url %s is not https: mail clients offer no one-click unsubscribe (RFC 8058) for links "
                "to it; set [web] base_url or PLANNER_WEB_BASE_URL to the site's public https address",
                settings.base_url)
    return True


def run_worker(settings: Settings, *, clock: Clock, once: bool = False, lease: dt.timedelta | None = None,
               connections: int = DEFAULT_CONNECTIONS) -> None:
    """Run the worker until SIGTERM/SIGINT (or one tick with `once`)."""
    global _context
    warn_plain_http(settings)
    ctx = make_context(settings, clock=clock, lease=lease, connections=connections)
    if once:
        try:
            tick(ctx)
        finally:
            close(ctx)
            ctx.engine.dispose()
        return
    _context = ctx
    scheduler = build_scheduler(ctx.engine, settings)

    def _stop(_sig: int, _frame: FrameType | None) -> None:
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, _stop)
    # Run at once on start: reminders missed while the worker was down go out now if still useful.
    schedule_tick(scheduler, settings, first_run=dt.datetime.now(dt.UTC))
    log.info("worker %s started; checking every %d minutes", ctx.worker, settings.reminders.check_every_minutes)
    try:
        scheduler.start()
    except KeyboardInterrupt:
        pass
    finally:
        _context = None
        close(ctx)
