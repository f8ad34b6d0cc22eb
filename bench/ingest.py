"""Benchmark ingest and agenda drafts: prints documents/s into SQLite and PostgreSQL, and draft latency.

Generates N varied minutes (default 10,000) from templates of real phrasing: several bodies,
years of meetings, items postponed and carried on (deferred chains), next meetings announced.
Each text comes with the extraction its template says (spans included), so the figures are the
store's; `--extract` also times the real extraction on a sample of the same texts. One body
gets about 100,000 historical agenda items; the latency of its next agenda draft is measured.

What is timed is the ingest of already-extracted minutes, the way `planner ingest` stores them
(`ingest_many`: one transaction per document, corrections re-applied when any exist); the
extraction is not included (`--extract` times it apart). Client CPU is this process and its
workers; statements are counted only when the documents are ingested in this process.

Figures on the shared 2-core development machine, 10,000 documents, 150,028 items, half of the
documents in one body. Before (2026-11-25, load average 2-4 from other work):
  SQLite, --jobs 1:     104 s =  96 documents/s; 8.4 ms client CPU, 18.8 statements per document
  PostgreSQL, --jobs 1: 209 s =  48 documents/s; 11.1 ms client CPU, 16.1 statements per document
  PostgreSQL, --jobs 2: 131 s =  77 documents/s; 12.1 ms client CPU per document
  PostgreSQL, --jobs 4: 148 s =  68 documents/s (the lane of the big body, 5,000 documents folded
                        in order, is the critical path; more processes only add contention)
  Agenda draft, body with 100,000 items: median 6.5-9.6 ms, p95 9-24 ms (PostgreSQL and SQLite).
After the bulk rows went to Core statements (carried items and steps, items, attendance,
organisations and people, documents), statements built once, one query for the stored-bytes and
corrections check, asynchronous commit on PostgreSQL (same day, load average 6-8: up to seven
helpers shared the 2 cores, so wall times are not comparable with the figures above):
  SQLite, --jobs 1:     312 s =  32 documents/s; 10.0 ms client CPU, 14.3 statements per document
  PostgreSQL, --jobs 1: 445 s =  22 documents/s; 12.5 ms client CPU, 13.7 statements per document
  PostgreSQL, --jobs 2: 395 s =  25 documents/s; 13.7 ms client CPU per document
  Agenda draft, body with 100,000 items: median 18-54 ms under that load; its CPU time is
  unchanged (7.2 vs 7.3 ms, same data, back to back).
Old and new code back to back under the same load (1,500 documents): PostgreSQL 97.5 s -> 54.6 s,
client CPU 24.1 -> 13.6 ms and server CPU 6.9 -> 6.0 ms per document; SQLite client CPU 17.5 ->
7.1 ms per document. The PostgreSQL ingest target (10,000 in < 60 s) is not shown met on this
machine: a document still costs about 7-13 ms of client CPU, 6 ms of server CPU and 14 round
trips, and the 2 cores are shared. The real extraction runs at about 190 documents/s on top (in
worker processes with `planner ingest --jobs N`).
Then (same day, 21:00-21:25 UTC, load average 1.5-5) the body's meetings and events read in one
query, and the body found and locked by the query that asks whether the bytes are stored: two
round trips fewer per document (PostgreSQL 14.3 -> 12.3 statements, SQLite 15.0 -> 13.0); indexes
on meeting.document_id and carry_item.closed_item_id (migration 0004). Back to back, 1,500
documents, before -> after: PostgreSQL 31.3 / 27.2 s -> 28.6 / 27.7 s, client CPU 13.8 / 12.0 ->
12.1 / 11.8 ms per document; SQLite 11.0 / 12.2 s -> 11.5 / 11.6 s, client CPU 7.2-7.9 -> 7.4-7.5 ms
(SQLite statements are cheap: no change). 10,000 documents on PostgreSQL, --jobs 1, back to back
(load average 1-2.6): before 231.1 s, 14.5 ms client CPU, 13.7 statements per document; after
234.2 s, 12.7 ms client CPU, 11.7 statements. Client CPU and round trips went down, the wall time
did not: about 23 ms a document, of which the client's share is about half; the target is still
not met on this machine.

Third session (2026-11-25, 22:20-23:30 UTC, a quiet machine, load below 1 for most runs):
  PostgreSQL, --jobs 1: 82.7-84.4 s = 118-121 documents/s; 4.6-4.7 ms client CPU, 11.7 statements
  PostgreSQL, --jobs 2: 41.3-48.6 s = 206-242 documents/s (the 60 s target is met this way)
  PostgreSQL, --jobs 2 --files (read, extract and store, as `planner ingest --jobs 2`): 65.6-66.2 s
  SQLite, --jobs 1: 30.5 s = 328 documents/s; 2.9 ms client CPU, 12.3 statements per document
  Agenda draft, body with 100,000 items: median 6.2-7.1 ms, p95 8.0-8.5 ms.

Usage: .venv/bin/python bench/ingest.py [--docs 10000] [--big-items 100000] [--no-postgres] [--extract] [--jobs N] [--files]
`--files` writes the texts to a temporary folder and ingests them as `planner ingest` does: read,
extract and store, all timed.
PostgreSQL: a throwaway database on PLANNER_BENCH_POSTGRES_URL (default
postgresql+psycopg://postgres@127.0.0.1:5432/test as the admin URL), dropped afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url

from planner.agenda import draft_next_agenda, render_agenda
from planner.db import make_engine, make_sessionmaker, upgrade
from planner.extract.model import (
    Attendee,
    Carry,
    CarryReason,
    Event,
    EventKind,
    Extraction,
    Item,
    ItemStatus,
    Meeting,
    Target,
)
from planner.ingest import Prepared, find_body, ingest_files, ingest_many
from planner.store import AgendaItem, CarryItem

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
BODIES = (
    "Kommunalt forum", "Ledningsgrupp för samordning av länets hälso- och sjukvård och socialtjänst",
    "Presidiekonferens Läns gemensam ledning i samverkan", "Folkhälsorådet", "Regionalt samverkansråd",
    "Styrgrupp för barnens bästa", "Kommunchefsmöte", "Socialchefsnätverket", "Samverkansgrupp brukarmedverkan",
    "Tvärgrupp barn och unga", "Tvärgrupp vuxna", "Tvärgrupp äldre", "Regional ledningsgrupp för vård och omsorg",
    "Styrgrupp för e-hälsa", "Länsstyrgrupp för psykisk hälsa", "Beredningsgrupp för regional utveckling",
    "Kompetensrådet", "Samrådsgrupp för kollektivtrafik", "Styrgrupp för suicidprevention",
    "Nätverket för folkhälsosamordnare", "Arbetsgrupp för heltid som norm", "Styrgrupp Omställning Kronoberg",
    "Samverkansforum för trygghet", "Länsgemensam ledning i samverkan", "Styrgrupp för integrerad missbruksvård",
)
BIG = "Regionalt utvecklingsforum"
ORGS = ("Region Kronoberg", "Alvesta kommun", "Lessebo kommun", "Ljungby kommun", "Markaryds kommun",
        "Tingsryds kommun", "Uppvidinge kommun", "Växjö kommun", "Älmhults kommun",
        "Länsstyrelsen i Kronobergs län")
FIRST = ("Anna", "Per", "Maria", "Magnus", "Karin", "Lars", "Eva", "Johan", "Sofia", "Mikael", "Hanna", "Jenny",
         "Annika", "Martin", "Greger", "Ewa", "Camilla", "Thomas", "Rebecca", "Catrin")
LAST = ("Johansson", "Svensson", "Nilsson", "Haraldsson", "Fröberg", "Smedberg", "Wiltz", "Frithiof", "Kumlin",
        "Ekman", "Loberg", "Larsson", "Rutgersmark", "Jarhult", "Holmqvist", "Altgård", "Dackling", "Elmforsen")
VENUES = ("Bolmen, regionhuset, Växjö", "Oden, Sigfridsområdet, Växjö", "Videum Science Park, Växjö",
          "Kommunhuset, Alvesta", "Stadshuset, Ljungby")
SUBJECTS = (
    "Information om Yrkes-SM", "Samplanering", "Länsgemensam strategi för psykisk hälsa",
    "Gemensam upphandling av hygienartiklar", "Barnahus", "God och nära vård", "Rekvisering av statsbidrag",
    "Omställning Kronoberg", "Digitalisering inom socialtjänsten", "Suicidprevention", "Kompetensförsörjning",
    "Trafiksäkerhet vid skolor", "Bredbandsutbyggnad", "Regional utvecklingsstrategi", "Folkhälsopolitiskt program",
    "Integrerad missbruksmottagning", "Samverkan vid utskrivning", "Heltid som norm", "Våld i nära relationer",
    "Länsgemensam rutin för det ofödda barnet", "Slutrapport brukarmedverkan", "Krisberedskap", "Vaccinationer",
    "Ekonomisk uppföljning", "Ungdomsmottagningar", "Läkemedelsförsörjning", "Äldres hälsa", "Barnfattigdom",
)
ASPECTS = ("", " – lägesrapport", ": förslag till beslut", " – uppföljning", ": handlingsplan", " – remissvar")
OPENING = ("Incheckning", "Föregående mötesanteckningar och godkännande av dagordning")
CLOSING = ("Övrigt", "Utcheckning")
HANDLED = ("Information ges av {p}. Ledningsgruppen tackar för informationen.",
           "{p} redogör för arbetet. Ledningsgruppen beslutar att ställa sig bakom förslaget.",
           "Diskussion kring frågan. Noteras.")
POSTPONED = ("Punkten utgår och tas upp på nästa möte.", "Ärendet bordläggs till nästa möte.",
             "Skjuts fram till nästa möte.")
RETURNS = ("{p} får i uppdrag att återkomma till nästa möte med förslag till beslut.",
           "Frågan återkommer till nästa möte.")


@dataclass
class Builder:
    """Build a minutes text and remember spans as it grows."""

    parts: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, line: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(line + "\n")
        self.size += len(line) + 1
        return (start, start + len(line))

    def text(self) -> str:
        return "".join(self.parts)


def swedish_date(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]} den {d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass
class Generated:
    name: str
    text: str
    extraction: Extraction


def minutes_of(rng: random.Random, body: str, date: dt.date, next_date: dt.date, n_items: int,
               pending: list[str], serial: int) -> tuple[Generated, list[str]]:
    """Write one set of minutes; return it and the topics it carries to the next meeting."""
    b = Builder()
    b.add(f"Mötesanteckningar – {body}")
    b.add("")
    date_span = b.add(f"Datum: {date.isoformat()}")
    b.add("Tid: 9.00-12.00")
    venue = rng.choice(VENUES)
    b.add(f"Plats: {venue}")
    b.add("")
    b.add("Närvarande:")
    present = []
    for _ in range(rng.randint(6, 12)):
        name, org = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ORGS)
        present.append(Attendee(name=name, organisation=org, span=b.add(f"{name}, {org}")))
    b.add("")
    items: list[Item] = []
    carry: list[Carry] = []
    carried_on: list[str] = []
    titles = list(OPENING)
    for topic in pending:
        if rng.random() < 0.85:  # an absent topic stays open, flagged "ej behandlad"
            titles.append(topic)
    while len(titles) < n_items - len(CLOSING):
        titles.append(f"{rng.choice(SUBJECTS)}{rng.choice(ASPECTS)} {serial % 97 + len(titles)}")
    titles += list(CLOSING)
    for number, title in enumerate(titles, 1):
        span = b.add(f"{number}. {title}")
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        roll = rng.random() if title not in OPENING + CLOSING else 1.0
        if roll < 0.08:
            status, phrase, when = ItemStatus.POSTPONED, rng.choice(POSTPONED), "next"
        elif roll < 0.14:
            status, phrase, when = ItemStatus.RETURNS, rng.choice(RETURNS).format(p=person), "next"
        else:
            status, phrase, when = ItemStatus.HANDLED, rng.choice(HANDLED).format(p=person), None
        status_span = b.add(phrase)
        b.add("")
        items.append(Item(number=str(number), title=title, status=status, target=Target(when=when), span=span,
                          status_span=status_span))
        if status != ItemStatus.HANDLED:
            reason = CarryReason.POSTPONED if status == ItemStatus.POSTPONED else CarryReason.RETURNS
            carry.append(Carry(str(number), title, reason, "next", status_span))
            carried_on.append(title)
    next_span = b.add(f"Nästa möte: {swedish_date(next_date)}, kl. 9.00-12.00, {venue}.")
    events: tuple[Event, ...] = (Event(EventKind.MEETING, body, next_date.isoformat(), next_span, start="09:00", end="12:00",
                    venue=venue, body=body, confidence=0.9),)
    if rng.random() < 0.3:
        deadline = next_date - dt.timedelta(days=rng.randint(1, 10))
        span = b.add(f"Remissvar ska lämnas senast den {deadline.day} {MONTHS[deadline.month - 1]}.")
        events += (Event(EventKind.DEADLINE, "Remissvar lämnas", deadline.isoformat(), span, confidence=0.8),)
    meeting = Meeting(body=body, date=date.isoformat(), start="09:00", end="12:00", venue=venue,
                      present=tuple(present), spans={"date": date_span})
    extraction = Extraction(meeting=meeting, items=tuple(items), next_meeting=next_date.isoformat(),
                            carry=tuple(carry), events=events, source=f"{serial:05d}.txt")
    return Generated(f"{serial:05d}.txt", b.text(), extraction), carried_on


def generate(n_docs: int, big_items: int, seed: int = 4) -> list[Generated]:
    """Generate the corpus in date order: one big body (about `big_items` items) and the others."""
    rng = random.Random(seed)
    per_big = 20
    big_docs = min(n_docs // 2, max(1, big_items // per_big))
    plan: list[tuple[dt.date, str, dt.date, int]] = []
    start = dt.date(1995, 1, 2)
    for i in range(big_docs):
        plan.append((start + dt.timedelta(days=2 * i), BIG, start + dt.timedelta(days=2 * i + 2), per_big))
    others = n_docs - big_docs
    for k, body in enumerate(BODIES):
        count = others // len(BODIES) + (1 if k < others % len(BODIES) else 0)
        first = dt.date(2004, 1, 5) + dt.timedelta(days=k)
        for i in range(count):
            when = first + dt.timedelta(weeks=4 * i)
            plan.append((when, body, when + dt.timedelta(weeks=4), rng.randint(6, 14)))
    plan.sort()
    pending: dict[str, list[str]] = {}
    out = []
    for serial, (date, body, next_date, n_items) in enumerate(plan):
        doc, pending[body] = minutes_of(rng, body, date, next_date, n_items, pending.get(body, []), serial)
        out.append(doc)
    return out


def run(url: str, docs: list[Generated], jobs: int) -> dict[str, float]:
    """Ingest already-extracted minutes (extraction is not timed) the way `planner ingest` does."""
    # One short-lived process: no need to ping pooled connections before each document.
    engine = make_engine(url, pool_pre_ping=False)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    statements = [0]
    event.listen(engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    prepared = [Prepared(Path(d.name), d.text.encode(), d.text, d.extraction) for d in docs]
    cpu = time.process_time() + _children_cpu()
    started = time.perf_counter()
    results = ingest_many(factory, prepared, now=now, jobs=jobs)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() + _children_cpu() - cpu
    failed = [r for r in results if r.status != "new"]
    assert not failed, failed[:3]
    counted = statements[0]
    with factory() as session:
        body = find_body(session, BIG)
        assert body is not None
        items = session.scalar(select(func.count()).select_from(AgendaItem).join(AgendaItem.meeting)
                               .where(AgendaItem.meeting.has(body_id=body.id)))
        open_items = session.scalar(select(func.count()).select_from(CarryItem)
                                    .where(CarryItem.body_id == body.id, CarryItem.state == "open"))
        timings = []
        for _ in range(30):
            t = time.perf_counter()
            agenda = draft_next_agenda(session, body)
            render_agenda(agenda, "md")
            timings.append(time.perf_counter() - t)
    engine.dispose()
    timings.sort()
    return {"seconds": elapsed, "docs_per_s": len(docs) / elapsed, "cpu_ms": 1000 * cpu / len(docs),
            # Statements of worker processes are not seen here: counted only when ingesting in this process.
            "statements": counted / len(docs) if jobs == 1 or engine.dialect.name != "postgresql" else float("nan"),
            "big_items": float(items or 0), "jobs": float(jobs),
            "open_items": float(open_items or 0), "agenda_median_ms": 1000 * statistics.median(timings),
            "agenda_p95_ms": 1000 * timings[int(len(timings) * 0.95) - 1], "entries": float(len(agenda.entries))}


def run_files(url: str, docs: list[Generated], jobs: int) -> dict[str, float]:
    """Ingest the texts as files, the way `planner ingest --jobs N` does: read, extract and store (all timed)."""
    engine = make_engine(url, pool_pre_ping=False)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for doc in docs:
            path = Path(tmp) / doc.name
            path.write_text(doc.text, encoding="utf-8")
            paths.append(path)
        cpu = time.process_time() + _children_cpu()
        started = time.perf_counter()
        results = ingest_files(factory, paths, now=now, jobs=jobs)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() + _children_cpu() - cpu
    engine.dispose()
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    return {"seconds": elapsed, "docs_per_s": len(docs) / elapsed, "cpu_ms": 1000 * cpu / len(docs),
            "jobs": float(jobs), **{f"status_{k}": float(v) for k, v in statuses.items()}}


def report_files(name: str, r: dict[str, float], n: int) -> None:
    statuses = ", ".join(f"{k.removeprefix('status_')} {v:.0f}" for k, v in r.items() if k.startswith("status_"))
    print(f"{name} (--jobs {r['jobs']:.0f}, from files, extraction included): ingest of {n} minutes in "
          f"{r['seconds']:.1f} s = {r['docs_per_s']:.0f} documents/s (CPU of this process and its workers "
          f"{r['cpu_ms']:.1f} ms per document; {statuses})")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(name: str, r: dict[str, float], n: int) -> None:
    statements = "" if r["statements"] != r["statements"] else f", {r['statements']:.1f} statements"
    print(f"{name} (--jobs {r['jobs']:.0f}): ingest of {n} extracted minutes in {r['seconds']:.1f} s = "
          f"{r['docs_per_s']:.0f} documents/s (client CPU {r['cpu_ms']:.1f} ms{statements} per document); "
          f"agenda draft of a body with {r['big_items']:.0f} items ({r['open_items']:.0f} open carried, "
          f"{r['entries']:.0f} points): median {r['agenda_median_ms']:.1f} ms, p95 {r['agenda_p95_ms']:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--big-items", type=int, default=100_000)
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--extract", action="store_true", help="also time the real extraction on 500 texts")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes, as `planner ingest --jobs`")
    parser.add_argument("--files", action="store_true",
                        help="ingest the texts as files with the real extraction (`planner ingest` end to end)")
    args = parser.parse_args()
    t = time.perf_counter()
    docs = generate(args.docs, args.big_items)
    items = sum(len(d.extraction.items) for d in docs)
    print(f"generated {len(docs)} minutes ({items} items, {sum(len(d.text) for d in docs) / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t:.1f} s")
    if args.extract:
        from planner.extract import extract_text, minutes_from_text

        sample = docs[:: max(1, len(docs) // 500)]
        t = time.perf_counter()
        for doc in sample:
            extract_text(minutes_from_text(doc.text, doc.name))
        print(f"extraction (real rules): {len(sample) / (time.perf_counter() - t):.0f} documents/s")
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{tmp}/bench.sqlite3"
            if args.files:
                report_files("SQLite", run_files(url, docs, args.jobs), len(docs))
            else:
                report("SQLite", run(url, docs, args.jobs), len(docs))
    if not args.no_postgres:
        admin_url = os.environ.get("PLANNER_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
        admin = make_engine(admin_url, isolation_level="AUTOCOMMIT")
        name = f"planner_bench_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
            if args.files:
                report_files("PostgreSQL", run_files(url, docs, args.jobs), len(docs))
            else:
                report("PostgreSQL", run(url, docs, args.jobs), len(docs))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
