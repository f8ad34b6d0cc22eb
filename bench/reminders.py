"""Benchmark the reminders: 10,000 subscribers x 50 events, planned into the outbox and sent
through a local SMTP sink (aiosmtpd in its own process), printing reminders/s and memory.

    .venv/bin/python bench/reminders.py [--subscribers 10000] [--events 50] [--send 5000] [--connections 4]
                                        [--database URL]

Target (issue 6): >= 200 reminders sent per second. Planning writes every due reminder
(subscribers x events) to the outbox; sending is measured on the first `--send` of them (all of
them would take subscribers x events / rate seconds). Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select

from notifications.mail import SmtpMailer
from notifications.models import OutboxMessage, Subscription
from notifications.outbox import plan_outbox
from notifications.send import send_due_parallel
from notifications.worker import DEFAULT_CONNECTIONS
from planner.config import Settings
from planner.db import open_database
from planner.store import Body, CarryItem, Meeting

STOCKHOLM_WINTER = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 3, 5, 8, 0, tzinfo=STOCKHOLM_WINTER)
VENUES = ("Bolmen, regionhuset, Växjö", "Videum Science Park, Växjö", None, "Kalmar slott")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    """Start aiosmtpd's discarding Sink handler in another process and wait until it answers."""
    proc = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                             "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the SMTP sink did not start")


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def populate(factory, subscribers: int, events: int) -> None:
    """Write one body, `events` meetings a week after NOW, carried items, and confirmed subscribers."""
    with factory() as session:
        body = Body(slug="kommunalt-forum", name="Kommunalt forum")
        session.add(body)
        session.flush()
        for n in range(events):
            session.add(Meeting(body=body, date=dt.date(2026, 3, 12), start=dt.time(8 + n % 9, 0),
                                end=dt.time(9 + n % 9, 0), venue=VENUES[n % len(VENUES)], title=f"Möte {n + 1}"))
        for n in range(5):
            session.add(CarryItem(body=body, title=f"Bordlagd fråga {n + 1}", reason="postponed"))
        session.commit()
        created = NOW - dt.timedelta(days=30)
        rows = [{"email": f"person{n:05d}@kommun{n % 13}.se", "scope": "body:kommunalt-forum", "body_id": body.id,
                 "status": "active", "token": secrets.token_urlsafe(24), "bounce_count": 0, "created_at": created,
                 "confirmed_at": created} for n in range(subscribers)]
        for i in range(0, len(rows), 5000):
            session.execute(insert(Subscription), rows[i : i + 5000])
        session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--send", type=int, default=5_000, help="how many reminders to send and time")
    parser.add_argument("--connections", type=int, default=DEFAULT_CONNECTIONS,
                        help="SMTP connections (sending threads), as `planner worker --connections`")
    parser.add_argument("--database", default=None, help="database URL (default: a SQLite file in a temp folder)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-reminders-") as tmp:
        port = free_port()
        sink = start_sink(port)
        try:
            settings = Settings(root=Path(tmp)).replace(
                database={"url": args.database or f"sqlite:///{tmp}/planner.sqlite3", "instance_path": tmp},
                web={"secret_key": "bench", "base_url": "https://planner.example.se"},
                mail={"backend": "smtp", "host": "127.0.0.1", "port": port},
            )
            engine, factory = open_database(settings.database_url)
            print(f"database: {engine.url.get_backend_name()}; {args.subscribers} subscribers x {args.events} events")
            populate(factory, args.subscribers, args.events)
            print(f"populated; peak RSS {rss_mib():.0f} MiB")

            began = time.perf_counter()
            with factory() as session:
                stats = plan_outbox(session, now=NOW, settings=settings)
                queued = session.scalar(select(func.count()).select_from(OutboxMessage))
            took = time.perf_counter() - began
            print(f"planned {stats.queued} reminders into the outbox in {took:.1f} s "
                  f"({stats.queued / took:,.0f}/s); outbox rows {queued}; peak RSS {rss_mib():.0f} MiB")

            mailers = [SmtpMailer(settings) for _ in range(args.connections)]
            began, cpu = time.perf_counter(), time.process_time()
            sent = send_due_parallel(factory, mailers, clock=lambda: NOW, settings=settings, limit=args.send)
            took, cpu = time.perf_counter() - began, time.process_time() - cpu
            for mailer in mailers:
                mailer.close()
            print(f"sent {sent.sent} reminders over {args.connections} SMTP connections in {took:.1f} s: "
                  f"{sent.sent / took:,.0f} reminders/s (target >= 200/s); failed {sent.failed}, retried {sent.retried}")
            if sent.sent:
                # The machine may be shared: CPU time per reminder tells what one free core would do.
                print(f"sender CPU {1000 * cpu / sent.sent:.2f} ms per reminder "
                      f"(~{sent.sent / cpu:,.0f}/s on one free core, SMTP sink not counted); "
                      f"load average now {os.getloadavg()[0]:.1f}")
                print(f"repeat window (server reply -> 'sent' committed): mean "
                      f"{1000 * sent.window_total / sent.sent:.2f} ms, max {1000 * sent.window_max:.2f} ms")
            print(f"peak RSS {rss_mib():.0f} MiB")
            engine.dispose()
        finally:
            sink.terminate()
            sink.wait(timeout=10)


if __name__ == "__main__":
    main()
