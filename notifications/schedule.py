"""APScheduler 3 wiring only: one job, kept in the SQLAlchemy job store of the planner's database.

The job (`notifications.worker:run_tick`) is stored by reference in `apscheduler_jobs`, so it
survives restarts; it is idempotent, so several workers (each with its own scheduler, which
APScheduler 3 does not coordinate) may all run it: the outbox's claims decide who sends what.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import ConflictingIdError
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import Engine

from planner.config import Settings

TICK_JOB = "notifications.tick"
TICK_FUNC = "notifications.worker:run_tick"


def build_scheduler(engine: Engine, settings: Settings) -> BlockingScheduler:
    """Return a blocking scheduler whose job store is the `apscheduler_jobs` table (migration 0002)."""
    return BlockingScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename="apscheduler_jobs")},
        # One thread: ticks never overlap within a worker.
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        # A tick missed while down runs once at start (coalesced), however late.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=ZoneInfo(settings.calendars.timezone),
    )


def schedule_tick(scheduler: BaseScheduler, settings: Settings, *, first_run: dt.datetime) -> None:
    """Store the tick job (every check_every_minutes), due at `first_run` (start-up: now)."""
    try:
        scheduler.add_job(TICK_FUNC, "interval", minutes=settings.reminders.check_every_minutes, id=TICK_JOB,
                          name="send due reminders", replace_existing=True, next_run_time=first_run)
    except ConflictingIdError:
        pass  # another worker stored it in the same instant; one copy is enough
