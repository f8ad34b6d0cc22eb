"""Exactly once, as far as SMTP allows: `planner worker` killed with SIGKILL at random points.

A slow SMTP server (aiosmtpd, with a pause before each RCPT reply and after taking each message)
receives the reminders of one batch while the worker is killed and restarted over and over.
Afterwards every due reminder has arrived, each (address, event, offset) under one Message-ID,
and a message arrived twice only if the server had taken its first copy just before a kill (no
other message in between): the instant between the server's acceptance and the worker's commit.
On PostgreSQL two workers run at once, and are killed too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from notifications.models import OutboxMessage
from planner.store import Body, Event, Meeting
from tests.notifications.conftest import at, confirmed_subscription

pytestmark = pytest.mark.slow

PLANNER = str(Path(sys.executable).with_name("planner"))
T0 = at(2026, 3, 5, 9, 0)
CONNECTIONS = 2  # SMTP connections per worker


def build_batch(session, subscribers: int) -> set[tuple[str, str]]:
    """Meetings and a workshop a week ahead, and confirmed subscribers; return (address, uid) expected."""
    body = Body(slug="kommunalt-forum", name="Kommunalt forum")
    session.add(body)
    targets = [Meeting(body=body, date=dt.date(2026, 3, 12), start=dt.time(9), venue="Växjö"),
               Meeting(body=body, date=dt.date(2026, 3, 12), start=dt.time(13), online="Teams"),
               Meeting(body=body, date=dt.date(2026, 3, 12), start=dt.time(14), title="Extra möte"),
               Event(body=body, kind="workshop", title="Workshop om psykisk hälsa", date=dt.date(2026, 3, 12))]
    session.add_all(targets)
    session.commit()
    addresses = [f"person{n:03d}@kommun{n % 7}.se" for n in range(subscribers)]
    for address in addresses:
        confirmed_subscription(session, address, "kommunalt-forum", now=at(2026, 3, 1))
    return {(a, t.uid) for a in addresses for t in targets}


def write_config(tmp_path: Path, database_url: str, port: int) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path / "instance"}"\n'
        f'[web]\nbase_url = "https://planner.example.se"\nsecret_key = "crash-test"\n'
        f'[mail]\nport = {port}\ntimeout_seconds = 5\n[reminders]\ncheck_every_minutes = 1\n',
        encoding="utf-8",
    )
    return config


class Workers:
    """Start `planner worker` processes on the injected clock (T0 + real time since the test began)."""

    def __init__(self, config: Path, log_dir: Path) -> None:
        self.config = config
        self.log_dir = log_dir
        self.began = time.monotonic()
        self.count = 0

    def start(self) -> subprocess.Popen[bytes]:
        now = T0 + dt.timedelta(seconds=time.monotonic() - self.began)
        self.count += 1
        env = {**os.environ, "PLANNER_CONFIG": str(self.config)}
        with (self.log_dir / f"worker{self.count:03d}.log").open("wb") as log:
            return subprocess.Popen(
                [PLANNER, "worker", "--now", now.strftime("%Y-%m-%dT%H:%M:%S%z"), "--lease-seconds", "1",
                 "--connections", str(CONNECTIONS)],
                stdout=log, stderr=subprocess.STDOUT, env=env,
            )


def kill(proc: subprocess.Popen[bytes]) -> float:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    return time.monotonic()


def wait_for(condition, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def check_delivery(recorder, expected: set[tuple[str, str]], kills: list[float], session, *, in_flight: int) -> int:
    """Assert the exactly-once properties; return the number of repeats (each allowed by a kill).

    `in_flight` is how many messages can be between acceptance and commit at once: one per SMTP
    connection of the workers running at the kill.
    """
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    copies: dict[str, list[float]] = defaultdict(list)
    rows = {r.message_id: r for r in session.scalars(select(OutboxMessage))}
    for got in recorder.received:
        msg = got.message
        message_id = msg["Message-ID"]
        row = rows[message_id]
        assert got.rcpt_tos == [msg["To"]]
        by_key[(msg["To"], row.target_uid)].add(message_id)
        copies[message_id].append(got.at)
    assert set(by_key) == expected, "a due reminder did not arrive"
    assert all(len(ids) == 1 for ids in by_key.values()), "a reminder arrived under two Message-IDs"
    assert all(r.status == "sent" for r in rows.values())
    times = sorted(r.at for r in recorder.received)
    repeats = 0
    for message_id, stamps in copies.items():
        if len(stamps) == 1:
            continue
        repeats += len(stamps) - 1
        for first, again in itertools.pairwise(stamps):
            # A kill between the two copies, with no other message taken after the first before it.
            between = [k for k in kills if first <= k <= again]
            assert between, f"{message_id} sent twice without a kill in between"
            kill_at = between[0]
            # Each of the killed workers' connections may have had one message in that instant.
            later = [t for t in times if first < t < kill_at]
            assert len(later) < in_flight, (
                f"{message_id} repeated although the server took {len(later)} other mails after it before the kill")
    return repeats


def run_rounds(workers: Workers, recorder, rounds: int, per_round: int, rng: random.Random) -> list[float]:
    kills: list[float] = []
    for n in range(rounds):
        procs = [workers.start() for _ in range(per_round)]
        seen = recorder.rcpt_seen
        if n % 5 == 4:  # now and then, a kill while starting up
            time.sleep(rng.uniform(0.05, 0.6))
        else:
            wait_for(lambda seen=seen: recorder.rcpt_seen > seen, timeout=15)
            time.sleep(rng.uniform(0.0, 0.3))
        for proc in procs:
            kills.append(kill(proc))
            time.sleep(rng.uniform(0.0, 0.1))
    return kills


def drain(workers: Workers, recorder, expected: set[tuple[str, str]], count: int) -> None:
    # Each worker's clock starts when its command line is read, a little after it was spawned, so
    # clocks differ by up to a start-up time: wait until every SQLite lease has surely run out.
    time.sleep(1.5)
    procs = [workers.start() for _ in range(count)]
    try:
        wanted = len(expected)
        assert wait_for(lambda: len({r.message_id for r in recorder.received}) >= wanted, timeout=60), (
            f"only {len(recorder.received)} of {wanted} arrived")
        time.sleep(0.3)
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                kill(proc)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_worker_killed_at_random_points(tmp_path, database_url, engine, session, smtp_server):
    recorder, port = smtp_server
    recorder.rcpt_delay, recorder.data_delay = 0.02, 0.01
    expected = build_batch(session, subscribers=45)
    workers = Workers(write_config(tmp_path, database_url, port), tmp_path)
    rng = random.Random(6)
    kills = run_rounds(workers, recorder, rounds=20, per_round=1, rng=rng)
    assert len({r.message_id for r in recorder.received}) < len(expected), (
        "the batch ended before the kills did: make it bigger")
    drain(workers, recorder, expected, count=1)
    session.expire_all()
    repeats = check_delivery(recorder, expected, kills, session, in_flight=CONNECTIONS)
    print(f"{len(kills)} kills, {len(recorder.received)} messages received, {repeats} repeats")
    # The tick job lives in APScheduler's SQLAlchemy job store, in the same database.
    from notifications.models import SchedulerJob

    assert [j.id for j in session.scalars(select(SchedulerJob))] == ["notifications.tick"]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_workers_on_postgresql_never_both_send(tmp_path, database_url, engine, session, smtp_server):
    recorder, port = smtp_server
    recorder.rcpt_delay, recorder.data_delay = 0.02, 0.01
    expected = build_batch(session, subscribers=50)
    workers = Workers(write_config(tmp_path, database_url, port), tmp_path)
    rng = random.Random(8)
    kills = run_rounds(workers, recorder, rounds=8, per_round=2, rng=rng)
    assert len({r.message_id for r in recorder.received}) < len(expected), (
        "the batch ended before the kills did: make it bigger")
    drain(workers, recorder, expected, count=2)
    session.expire_all()
    repeats = check_delivery(recorder, expected, kills, session, in_flight=2 * CONNECTIONS)
    print(f"{len(kills)} kills, {len(recorder.received)} messages received, {repeats} repeats")
    # Both workers really sent at the same time: two connections delivering within one round.
    peers_by_second: dict[int, set[object]] = defaultdict(set)
    for got in recorder.received:
        peers_by_second[int(got.at)].add(got.peer)
    assert any(len(peers) >= 2 for peers in peers_by_second.values())
