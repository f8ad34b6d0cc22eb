"""Ingest of files: a corrupt file among good ones fails alone and leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from planner.errors import PlannerError
from planner.extract.model import Attendee, Carry, CarryReason, Extraction, Item, ItemStatus, Meeting, Target
from planner.ingest import (
    IngestResult,
    Prepared,
    collect_paths,
    ingest,
    ingest_file,
    ingest_files,
    ingest_many,
    ingest_prepared,
    lanes,
)
from planner.store import AgendaItem, Body, CarryItem, Document, Person
from planner.store import Meeting as MeetingRow

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def test_corrupt_file_among_good_ones(tmp_path, seed, session_factory):
    folder = tmp_path / "minutes"
    folder.mkdir()
    for prefix in ("000", "004"):
        shutil.copy(seed(prefix), folder)
    (folder / "trasig.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    (folder / "tom.txt").write_bytes(b"")
    paths = collect_paths([str(folder)])
    assert [p.name for p in paths][-2:] == ["tom.txt", "trasig.docx"]
    results = {p.name: ingest_file(session_factory, p, now=NOW) for p in paths}
    failed = {name: r.message for name, r in results.items() if r.status == "failed"}
    assert set(failed) >= {"trasig.docx", "tom.txt"}
    assert "empty" in (failed["tom.txt"] or "")
    with session_factory() as session:
        docs = session.scalars(select(Document.filename)).all()
        assert "trasig.docx" not in docs and "tom.txt" not in docs
        assert len(docs) == len(results) - len(failed)
    again = [ingest_file(session_factory, p, now=NOW).status for p in paths]
    assert again.count("unchanged") == len(results) - len(failed)


def test_failure_late_in_a_document_leaves_nothing(session):
    """The body and document rows are written before the items; a bad item rolls them all back."""
    broken = Extraction(meeting=Meeting(body="Trasigt forum", date="2024-05-02"),
                        items=(Item(number="1", title=None),))  # type: ignore[arg-type]
    with pytest.raises(IntegrityError), session.begin():
        ingest(session, broken, data=b"broken", filename="trasig.txt", text="text", now=NOW)
    session.rollback()
    for model in (Body, Document, MeetingRow, AgendaItem):
        assert session.scalar(select(func.count()).select_from(model)) == 0


def test_minutes_without_date_or_body_name_the_file(session):
    with pytest.raises(PlannerError, match=r"^x\.txt: no meeting date"):
        ingest(session, Extraction(meeting=Meeting(body="Forum")), data=b"a", filename="x.txt", text="", now=NOW)
    # With no body in the text, the file name is the hint; a name of digits gives none.
    with pytest.raises(PlannerError, match=r"^2024-01-01\.txt: no meeting body"):
        ingest(session, Extraction(meeting=Meeting(date="2024-01-01")), data=b"b", filename="2024-01-01.txt",
               text="", now=NOW)


def test_collect_paths_expands_globs_and_reports_missing(tmp_path, seed):
    shutil.copy(seed("000"), tmp_path)
    shutil.copy(seed("001"), tmp_path)
    assert len(collect_paths([str(tmp_path / "00*.txt"), str(tmp_path)])) == 2
    with pytest.raises(PlannerError, match="no such file"):
        collect_paths([str(tmp_path / "saknas*.txt")])


def _minutes(body: str, date: str, n: int) -> Prepared:
    """Minutes of `body` with people shared by every body (some without organisation) and a deferred item."""
    people = (Attendee(name="Anna Svensson", organisation="Växjö kommun"), Attendee(name="Per Nilsson"),
              Attendee(name=f"Gäst {n % 3}"))
    items = (Item(number="1", title="Incheckning"),
             Item(number="2", title=f"Barnahus {body}", status=ItemStatus.POSTPONED, target=Target(when="next")))
    carry = (Carry("2", f"Barnahus {body}", CarryReason.POSTPONED, "next"),)
    ex = Extraction(meeting=Meeting(body=body, date=date, present=people), items=items, carry=carry)
    text = f"{body} {date}"
    return Prepared(Path(f"{n:03d}.txt"), text.encode(), text, ex)


def test_lanes_keep_each_body_in_one_lane_in_order():
    docs = [_minutes(body, f"2024-0{m}-01", n) for n, (m, body) in
            enumerate((m, b) for m in range(1, 5) for b in ("Forum A", "forum a", "Forum B", "Forum C"))]
    split = lanes(docs, 2)
    assert sorted(i for lane in split for i in lane) == list(range(len(docs)))
    for lane in split:
        assert lane == sorted(lane)
    lane_of = {str(docs[i].extraction.meeting.body).lower(): k for k, lane in enumerate(split) for i in lane}
    assert len(lane_of) == 3 and len(set(lane_of.values())) == 2  # "Forum A" and "forum a" are one body
    assert lanes(docs[:1], 4) == [[0]]


def test_parallel_ingest_equals_serial_and_shares_people(session_factory):
    """Four bodies in two worker processes (PostgreSQL; SQLite ingests them here): same rows as one by one."""
    docs = [_minutes(f"Forum {b}", f"2024-{m:02d}-01", n)
            for n, (m, b) in enumerate((m, b) for m in range(1, 7) for b in "ABCD")]
    results = ingest_many(session_factory, docs, now=NOW, jobs=2)
    assert [r.status for r in results] == ["new"] * len(docs)
    assert [r.filename for r in results] == [str(d.path) for d in docs]
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == len(docs)
        people = session.execute(select(Person.name, Person.organisation_id)).all()
        assert len(people) == len(set(people)) == 5  # Anna, Per, three guests: none twice
        open_items = session.execute(select(Body.name, CarryItem.times_postponed).join(CarryItem.body)
                                     .where(CarryItem.state == "open")).all()
        # Postponed again at each of the six meetings: one open item per body, carried on five times more.
        assert sorted(open_items) == [(f"Forum {b}", 6) for b in "ABCD"]
    again = ingest_many(session_factory, docs, now=NOW, jobs=2)
    assert {r.status for r in again} == {"unchanged"}


def test_ingest_files_with_jobs_keeps_order_and_failures(tmp_path, seed, session_factory):
    for prefix in ("000", "001", "004"):
        shutil.copy(seed(prefix), tmp_path)
    (tmp_path / "trasig.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    paths = collect_paths([str(tmp_path)])
    first = ingest_file(session_factory, paths[0], now=NOW)
    assert first.status == "new"
    seen: list[int] = []
    results = ingest_files(session_factory, paths, now=NOW, jobs=2, progress=seen.append)
    assert [r.filename for r in results] == [str(p) for p in paths]
    assert [r.status for r in results] == ["unchanged", "new", "new", "failed"]
    # A known file says which document and meeting it is, as ingest_file does for it.
    assert (results[0].document_id, results[0].meeting_id) == (first.document_id, first.meeting_id)
    assert results[0] == ingest_file(session_factory, paths[0], now=NOW)
    assert sum(seen) == len(paths)
    assert isinstance(results[-1], IngestResult) and results[-1].message


def _state(factory) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, int, str]]]:
    """What the planner knows, independent of row ids: meetings and carried items by body."""
    with factory() as session:
        meetings = session.execute(select(Body.name, MeetingRow.date, MeetingRow.status).join(MeetingRow.body)).all()
        carried = session.execute(select(Body.name, CarryItem.title, CarryItem.times_postponed, CarryItem.state)
                                  .join(CarryItem.body)).all()
    # Sorted here: the two databases order nulls differently.
    return (sorted((b, str(d), str(s)) for b, d, s in meetings), sorted((b, t, n, str(s)) for b, t, n, s in carried))


def test_batched_parallel_ingest_of_files_equals_serial(tmp_path, session_factory):
    """Files extracted a batch ahead of the ingest (two per batch here): same end state as one by one."""
    from planner.db import make_engine, make_sessionmaker, upgrade

    folder = tmp_path / "minutes"
    folder.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(path, folder)
    (folder / "002b_trasig.pdf").write_bytes(b"%PDF-1.4 cut off")
    paths = collect_paths([str(folder)])
    results = ingest_files(session_factory, paths, now=NOW, jobs=2, batch=2)
    assert [r.filename for r in results] == [str(p) for p in paths]
    assert [r.status for r in results] == ["new", "new", "new", "failed", "new", "new"]
    serial_engine = make_engine(f"sqlite:///{tmp_path / 'serial.sqlite3'}")
    upgrade(serial_engine)
    serial = make_sessionmaker(serial_engine)
    assert [r.status for r in ingest_files(serial, paths, now=NOW)] == [r.status for r in results]
    meetings, carried = _state(session_factory)
    assert meetings and carried
    assert (meetings, carried) == _state(serial)
    serial_engine.dispose()


def test_conflict_with_another_transaction_is_retried(session_factory, engine):
    """An organisation added by a transaction still open: the ingest waits, conflicts, and succeeds again."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite takes one writer at a time: no conflicting insert can happen")
    from planner.store import Organisation

    doc = _minutes("Forum E", "2024-03-01", 1)
    other = session_factory()
    other.add(Organisation(slug="vaxjo", name="Växjö kommun"))
    other.flush()  # the row is in the unique index, uncommitted
    box: list[IngestResult] = []
    worker = threading.Thread(target=lambda: box.append(ingest_prepared(session_factory, doc, now=NOW)))
    worker.start()
    worker.join(timeout=1.0)
    assert worker.is_alive()  # waiting for the other transaction
    other.commit()
    other.close()
    worker.join(timeout=30)
    assert box and box[0].status == "new", box
    with session_factory() as session:
        assert session.scalars(select(Organisation.name)).all() == ["Växjö kommun"]
        assert session.scalar(select(func.count()).select_from(Document)) == 1
