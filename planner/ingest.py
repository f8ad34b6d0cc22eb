"""Ingest: store one extraction as documents, bodies, meetings, items, carried items and events.

`ingest(session, extraction, data=..., filename=..., text=..., now=...)` is one document in the
caller's transaction; `ingest_file` reads, extracts and ingests one file in its own transaction,
so a failing file leaves nothing behind and never stops the others. Same file again (sha256):
unchanged. A corrected version of the same minutes (same body and meeting date) replaces the
earlier one. Minutes older than the body's latest held meeting, and corrections, refold the
body's minutes in date order (plans.py, carry.py), so the end state does not depend on order.
`ingest_files(..., jobs=N)` (`planner ingest --jobs N`) extracts in N worker processes and, on
PostgreSQL, ingests in N lanes, each body's minutes in one lane and in order; still one
transaction per document, committed asynchronously on PostgreSQL (see `_precheck`). The rows a
document adds in bulk (items, attendance, carried items and their steps) are written with Core
statements, a few per document whatever their number.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from planner.bodies import (
    body_key,
)
from planner.carry import OpenCarry, fold_meeting, with_corrections
from planner.config import Settings
from planner.errors import PlannerError
from planner.extract.model import (
    EXTRACTION_VERSION,
    Extraction,
)
from planner.extract.readers import refuse_irregular
from planner.extraction_json import extraction_from_json
from planner.files import name_as_text
from planner.plans import Minutes, Slot, announced_by, fold_minutes, moved_since, reconcile
from planner.store import (
    Body,
    BodyAlias,
    Document,
    Event,
    Meeting,
    MeetingStatus,
)
from planner.storewrite import (
    body_name,
    cancel_unclaimed,
    delete_carries,
    expire_rows,
    find_body,
    held_meeting,
    load_carries,
    load_slots,
    meeting_candidates,
    place_body,
    resolve_body,
    resolve_organisations,
    store_attendance,
    store_carries,
    store_slots,
)
from planner.withdraw import Withdrawn, withdraw_document

__all__ = [
    "IngestResult",
    "Prepared",
    "Withdrawn",
    "body_name",
    "collect_paths",
    "extraction_from_json",
    "find_body",
    "ingest",
    "ingest_file",
    "ingest_files",
    "ingest_many",
    "ingest_prepared",
    "lanes",
    "prepare_file",
    "refold_body",
    "resolve_body",
    "resolve_organisations",
    "withdraw_document",
]

STATUSES = ("new", "updated", "unchanged", "failed")


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one file: status new / updated / unchanged / failed."""

    filename: str
    status: str
    body: str | None = None
    date: str | None = None
    document_id: int | None = None
    meeting_id: int | None = None
    message: str | None = None
    # True when the body's minutes were refolded (out of order, or a correction): rows of other
    # meetings of the body may have been rewritten from the minutes (re-apply corrections to them).
    refolded: bool = False
    # Unchanged minutes that a corrected version replaced: that version's document id.
    replaced_by: int | None = None


# --- the two paths: fold one document, or refold the body ---------------------------------------


def _apply_in_order(session: Session, body: Body, doc_id: int, text: str, ex: Extraction, date: dt.date,
                    slots: list[Slot], *, now: dt.datetime, settings: Settings | None,
                    corrections: bool = True) -> Meeting:
    """Fold minutes newer than any the body holds onto its stored future meetings (`slots`).

    `corrections` False says that no correction is stored at all (the precheck of `_ingest_one`): none to look up.
    """
    key = body_key(body.name)
    rows = [s.row for s in slots if s.row is not None]
    pinned = _corrections_of(session, rows)[1] if corrections else {}
    fold_minutes(slots, Minutes(doc_id, date, ex, text), key)
    stored = store_slots(session, body, slots, {doc_id: ex}, now=now, settings=settings, pinned=pinned)
    session.flush()
    meeting = next(s.row for s in slots if s.document_id == doc_id)
    assert isinstance(meeting, Meeting)
    carries = load_carries(session, body, open_only=True)
    fold_meeting(carries, held_meeting(session, meeting, ex.carry, stored.get(meeting.id)))
    store_carries(session, body, carries, meeting_candidates(slots), date, now=now)
    return meeting


def refold_body(session: Session, body: Body, extra: tuple[int, str, Extraction, dt.date] | None = None, *,
                now: dt.datetime, settings: Settings | None) -> None:
    """Refold every held meeting of a body in date order and reconcile the stored rows."""
    held = session.execute(
        select(Meeting.date, Document).join(Document, Meeting.document_id == Document.id)
        .where(Meeting.body_id == body.id, Meeting.status == MeetingStatus.HELD)
    ).all()
    docs: dict[int, tuple[dt.date, Extraction]] = {}
    texts: dict[int, str] = {}
    replaced: dict[int, set[int]] = {}
    for date, doc in held:
        if date is None:
            continue
        docs[doc.id] = (date, extraction_from_json(json.loads(doc.extraction_json)))
        texts[doc.id] = doc.text
    if extra is not None:  # the new minutes (document id, text, extraction, date), replacing any of that date
        doc_id, text, ex, date = extra
        replaced[doc_id] = {i for i, v in docs.items() if v[0] == date}
        docs = {i: v for i, v in docs.items() if v[0] != date}
        docs[doc_id] = (date, ex)
        texts[doc_id] = text
    order = sorted(docs, key=lambda i: (docs[i][0], i))
    key = body_key(body.name)
    slots: list[Slot] = []
    for doc_id in order:
        fold_minutes(slots, Minutes(doc_id, docs[doc_id][0], docs[doc_id][1], texts[doc_id]), key)
    rows: list[Meeting | Event] = [s.row for s in load_slots(session, body, None) if s.row is not None]
    corrected_dates, pinned = _corrections_of(session, rows)
    free = reconcile(slots, rows, corrected_dates, replaced)
    gone: set[int] = set().union(*replaced.values())
    for slot in slots:
        if slot.row is not None and announced_by(slot.row) in gone and slot.source_document_id not in gone:
            # Announced by a replaced version: the corrected one's words (and span) are its evidence now.
            _unlink_announcement(slot.row)
    store_slots(session, body, slots, {i: v[1] for i, v in docs.items()}, now=now, settings=settings, pinned=pinned)
    cancel_unclaimed(free, now)
    session.flush()
    # Carried items: the same fold over the held meetings, matched to the stored rows by origin.
    by_key = {c.key(): c.row_id for c in load_carries(session, body, open_only=False)}
    # Items' titles and statuses as secretaries corrected them: the minutes read again do not know them.
    from planner.corrections import corrected_items

    carries: list[OpenCarry] = []
    meetings = {s.document_id: s.row for s in slots if s.document_id is not None}
    corrected = corrected_items(session, [m for m in meetings.values() if isinstance(m, Meeting)])
    for doc_id in order:
        meeting = meetings[doc_id]
        assert isinstance(meeting, Meeting)
        fold_meeting(carries, with_corrections(held_meeting(session, meeting, docs[doc_id][1].carry),
                                               corrected.get(meeting.id, {})))
    kept: list[int] = []
    for carry in carries:
        row_id = by_key.pop(carry.key(), None)
        if row_id is not None:
            carry.row_id = row_id
            kept.append(row_id)  # its steps are written again from the fold
        carry.touched = True
    delete_carries(session, kept, steps_only=True)
    delete_carries(session, [i for i in by_key.values() if i is not None])
    latest = max((docs[i][0] for i in order), default=None)
    store_carries(session, body, carries, meeting_candidates(slots), latest, now=now)


def _unlink_announcement(row: Meeting | Event) -> None:
    """Clear the minutes and span a row was announced by, so that storing its slot sets them anew."""
    if isinstance(row, Meeting):
        row.source_document_id = None
    else:
        row.document_id = None
    row.span_start = row.span_end = None


def _corrections_of(session: Session, rows: Sequence[Meeting | Event]
                    ) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Return {uid: the dates a secretary corrected away} and {uid: the fields a secretary corrected} of the rows
    (one query)."""
    from planner.webmodels import Correction

    uids = [r.uid for r in rows]
    dates: dict[str, set[str]] = {}
    fields: dict[str, set[str]] = {}
    if not uids:
        return dates, fields
    query = select(Correction.entity_key, Correction.field, Correction.old_value).where(
        Correction.entity.in_(("meeting", "event")), Correction.entity_key.in_(uids))
    for uid, name, old in session.execute(query):
        fields.setdefault(uid, set()).add(name)
        if name == "date" and old is not None:
            dates.setdefault(uid, set()).add(old)
    return dates, fields


KNOWN = select(Document.id).where(Document.sha256 == bindparam("sha"))
_INSERT_DOCUMENT = insert(Document).returning(Document.id)


def ingest(session: Session, extraction: Extraction, *, data: bytes, filename: str, text: str,
           now: dt.datetime, settings: Settings | None = None) -> IngestResult:
    """Store one set of minutes in the session's transaction (the caller commits or rolls back)."""
    sha = hashlib.sha256(data).hexdigest()
    known = session.scalar(KNOWN, {"sha": sha})
    if known is not None:
        return _unchanged(session, filename, known)
    return _store(session, extraction, sha=sha, filename=filename, text=text, now=now, settings=settings)


def _unchanged(session: Session, filename: str, document_id: int) -> IngestResult:
    """Minutes stored already. An older version a corrected one replaced holds no meeting: the meeting is
    the current version's, and the message names that version."""
    current = current_version(session, document_id)
    meeting_id = session.scalar(select(Meeting.id).where(Meeting.document_id == current))
    message = None
    if current != document_id:
        name = session.scalar(select(Document.filename).where(Document.id == current))
        message = f"an older version of minutes replaced by {name} (document {current})"
    return IngestResult(filename, "unchanged", document_id=document_id, meeting_id=meeting_id, message=message,
                        replaced_by=current if current != document_id else None)


def current_version(session: Session, document_id: int) -> int:
    """Return the id of the version that replaced a document last (the document's own when none did)."""
    seen = {document_id}
    while (newer := session.scalar(select(Document.superseded_by_id).where(Document.id == document_id))) is not None:
        if newer in seen:  # (a loop of versions cannot be stored, but never loop on one)
            break
        seen.add(newer)
        document_id = newer
    return document_id


def _store(session: Session, extraction: Extraction, *, sha: str, filename: str, text: str, now: dt.datetime,
           settings: Settings | None, body: Body | None = None, corrections: bool = True) -> IngestResult:
    """Store minutes whose exact bytes (`sha`) are not stored yet (`body`: their body, found and locked already;
    `corrections` False: no correction is stored, none need be looked up)."""
    m = extraction.meeting
    if not m.date:
        raise PlannerError(f"{filename}: no meeting date found in the minutes")
    try:
        date = dt.date.fromisoformat(m.date)
    except ValueError as err:
        raise PlannerError(f"{filename}: unreadable meeting date {m.date!r}") from err
    name = body_name(extraction, filename)
    if not name:
        raise PlannerError(f"{filename}: no meeting body (forum name) found in the minutes")
    if body is None:
        body = resolve_body(session, name, now=now)
    if body.id is None:
        session.flush()
    place_body(session, body, extraction, text)
    _restore_read_date(session, body, date)
    conn = session.connection()
    doc_id = conn.scalar(_INSERT_DOCUMENT, {
        "filename": Path(filename).name[:500], "sha256": sha, "text": text,
        "extraction_json": json.dumps(extraction.to_json(), ensure_ascii=False),
        "extraction_version": EXTRACTION_VERSION, "ingested_at": now, "superseded_by_id": None})
    assert doc_id is not None
    # The body's meetings from this date on: held ones among them mean minutes out of order
    # (refold), and one held on this very date means a corrected version (replace it).
    # (from a little earlier: a meeting planned then and never held may be this one, moved: `plans.moved_since`)
    slots = load_slots(session, body, moved_since(date))
    held = [s.row for s in slots if isinstance(s.row, Meeting) and s.row.document_id is not None
            and s.row.date is not None and s.row.date >= date]
    later = held[0] if held else _withdrawn_announcement(slots, date)
    prior = next((r for r in held if r.date == date), None)
    status = "new"
    if prior is not None and prior.document_id is not None:
        conn.execute(update(Document).where(Document.id == prior.document_id).values(superseded_by_id=doc_id))
        expire_rows(session, Document, [prior.document_id])
        status = "updated"
    with session.no_autoflush:
        if later is not None:
            refold_body(session, body, (doc_id, text, extraction, date), now=now, settings=settings)
            meeting = session.scalar(select(Meeting).where(Meeting.document_id == doc_id))
            assert meeting is not None
        else:
            meeting = _apply_in_order(session, body, doc_id, text, extraction, date, slots, now=now,
                                      settings=settings, corrections=corrections)
        store_attendance(session, meeting, m, doc_id, replace=prior is not None)
    session.flush()
    return IngestResult(filename, status, body=body.name, date=m.date, document_id=doc_id, meeting_id=meeting.id,
                        refolded=later is not None)


def _withdrawn_announcement(slots: list[Slot], date: dt.date) -> Meeting | Event | None:
    """Return a row from `date` on that minutes since withdrawn announced (no minutes name it), or None.

    Withdrawing minutes cancels what only they announced and clears its document link
    (planner/withdraw.py). Folded in order, minutes that announce it again would find it cancelled
    and leave it so; a refold plans it again (same row and UID), as it would have been.
    """
    day, month = date.isoformat(), date.isoformat()[:7]
    for slot in slots:
        when = slot.when()
        if (slot.row is not None and slot.source_document_id is None and slot.status != MeetingStatus.HELD
                and when is not None and (when >= day if len(when) == 10 else when >= month)):
            return slot.row
    return None


def _restore_read_date(session: Session, body: Body, date: dt.date) -> None:
    """Give a held meeting whose minutes said `date`, and which a secretary moved to another day, that
    date back for the length of the ingest.

    A corrected version of minutes is found by its date; the moved meeting would be taken for another
    one (a second held meeting, its corrections left behind on the first). The callers re-apply the
    secretaries' corrections after every ingest (`apply_corrections`), which moves it again.
    """
    from planner.webmodels import Correction

    moved = session.scalars(
        select(Meeting).join(Correction, (Correction.entity == "meeting") & (Correction.entity_key == Meeting.uid))
        .where(Meeting.body_id == body.id, Meeting.status == MeetingStatus.HELD, Meeting.document_id.is_not(None),
               Meeting.date != date, Correction.field == "date")
        .distinct()).all()
    for meeting in moved:
        doc = session.get(Document, meeting.document_id)
        read = json.loads(doc.extraction_json).get("meeting", {}).get("date") if doc is not None else None
        if read == date.isoformat():
            meeting.date = date
    if moved:
        session.flush()


@dataclass(frozen=True, slots=True)
class Prepared:
    """One minutes file read and extracted, ready for ingest (picklable, for worker processes)."""

    path: Path
    data: bytes
    text: str
    extraction: Extraction


# PostgreSQL errors of two transactions meeting (unique violation on a shared row such as a person,
# deadlock, serialization failure): the document is ingested again from the start, once the other has committed.
RETRY_SQLSTATES = frozenset({"23505", "40P01", "40001"})
ATTEMPTS = 3
_T = TypeVar("_T")


def is_conflict(err: DBAPIError) -> bool:
    """Whether a database error is another transaction's ingest meeting ours; ingest again from the start.

    On PostgreSQL: a unique violation, deadlock or serialization failure. On SQLite writers take turns,
    so a unique violation (the same minutes, a body met for the first time) means the other has committed.
    """
    if getattr(err.orig, "sqlstate", None) in RETRY_SQLSTATES:
        return True
    return getattr(err.orig, "sqlite_errorname", None) == "SQLITE_CONSTRAINT_UNIQUE"


def retry_on_conflict(session: Session, attempt: Callable[[], _T]) -> _T:
    """Run `attempt` (which commits) in `session`; when it meets another transaction's rows (`is_conflict`),
    roll back and run it again, up to ATTEMPTS times: the same minutes uploaded at once are stored once."""
    for n in range(1, ATTEMPTS + 1):
        try:
            return attempt()
        except DBAPIError as err:
            session.rollback()
            if n == ATTEMPTS or not is_conflict(err):
                raise
    raise AssertionError("unreachable")


def _failed(path: Path, err: Exception) -> IngestResult:
    if isinstance(err, PlannerError):
        return IngestResult(str(path), "failed", message=str(err).removeprefix(f"{path}: "))
    if isinstance(err, FileNotFoundError) and path.is_symlink():  # a link in the inbox whose target went
        return IngestResult(str(path), "failed", message=f"no such file (a link to {str(path.readlink())!r})")
    if isinstance(err, OSError):
        return IngestResult(str(path), "failed", message=f"cannot read file: {err.strerror or err}")
    from planner.db import database_reason, is_environment_error

    if is_environment_error(err):  # one line: not the statement, its parameters and the minutes' text
        return IngestResult(str(path), "failed", message=f"database: {database_reason(err)}")
    return IngestResult(str(path), "failed", message=f"{type(err).__name__}: {err}")


def read_file(path: Path) -> bytes:
    """Return a minutes file's bytes; refuse what is not a regular file before reading it.

    A FIFO would block the ingest until something writes to it, and a device such as /dev/zero
    would be read until memory runs out (`read_minutes` refuses them too, but only after this read).
    """
    refuse_irregular(path)
    return path.read_bytes()


def prepare_file(path: Path) -> Prepared | IngestResult:
    """Read and extract one file (no database); failures come back as results."""
    from planner.extract import extract_text, read_minutes

    try:
        data = read_file(path)
        minutes = read_minutes(path)
        return Prepared(path, data, minutes.text, extract_text(minutes))
    except Exception as err:  # noqa: BLE001  # a bug in one file's extraction must not stop the others
        return _failed(path, err)


def ingest_prepared(factory: sessionmaker[Session], doc: Prepared, *, now: dt.datetime,
                    settings: Settings | None = None) -> IngestResult:
    """Ingest one extracted file in its own transaction; failures come back as results.

    A conflict with another transaction (PostgreSQL) rolls the document back and ingests it again.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with factory() as session, session.begin():
                return _ingest_one(session, doc, now=now, settings=settings)
        except DBAPIError as err:
            if attempt < ATTEMPTS and is_conflict(err):
                continue
            return _failed(doc.path, err)
        except Exception as err:  # noqa: BLE001  # a bug or a database error must not stop the other files
            return _failed(doc.path, err)
    raise AssertionError("unreachable")


def _precheck_columns(dialect: str) -> list[Any]:
    """Return the columns of the precheck: are these bytes (`sha`) stored already, and are there any corrections?

    On PostgreSQL they also make the document's commit asynchronous: a file ingest need not wait
    for the WAL to reach the disk. A server crash may lose the last documents committed (never
    part of one); ingesting the files again stores them.
    """
    from planner.webmodels import Correction

    columns: list[Any] = [KNOWN.scalar_subquery(), select(Correction.id).limit(1).scalar_subquery()]
    if dialect == "postgresql":
        columns.append(func.set_config("synchronous_commit", "off", True))
    return columns


@cache
def _precheck(dialect: str) -> Select[*tuple[Any, ...]]:
    """Return the precheck as one query (see `_precheck_columns`)."""
    return select(*_precheck_columns(dialect))


@cache
def _precheck_body(dialect: str) -> Select[*tuple[Any, ...]]:
    """Return the precheck with the body of that name (`key`), locked as `resolve_body` locks it: one round trip.

    No row when the body is not stored yet.
    """
    return (select(Body, *_precheck_columns(dialect)).join(BodyAlias).where(BodyAlias.key == bindparam("key"))
            .with_for_update(of=Body))


def _ingest_one(session: Session, doc: Prepared, *, now: dt.datetime, settings: Settings | None) -> IngestResult:
    sha = hashlib.sha256(doc.data).hexdigest()
    dialect = session.get_bind().dialect.name
    filename = name_as_text(str(doc.path))  # stored, and the hint of a body the minutes do not name
    name = body_name(doc.extraction, filename)
    row = session.execute(_precheck_body(dialect), {"sha": sha, "key": body_key(name)}).one_or_none() if name else None
    body: Body | None = None
    if row is not None:
        body, known, corrected = row[0], row[1], row[2]
    else:
        known, corrected = session.execute(_precheck(dialect), {"sha": sha}).one()[:2]
    if known is not None:
        return _unchanged(session, filename, known)
    result = _store(session, doc.extraction, sha=sha, filename=filename, text=doc.text, now=now,
                    settings=settings, body=body, corrections=corrected is not None)
    # Secretaries' corrections win over re-extraction, whichever way the minutes arrive (none stored: nothing to do).
    if result.document_id is not None and corrected is not None:
        from planner.corrections import apply_corrections

        apply_corrections(session, session.get_one(Document, result.document_id), now=now)
    return result


def ingest_file(factory: sessionmaker[Session], path: Path, *, now: dt.datetime,
                settings: Settings | None = None) -> IngestResult:
    """Read, extract and ingest one file in its own transaction; failures come back as results."""
    try:
        data = read_file(path)
        with factory() as session:
            sha = hashlib.sha256(data).hexdigest()
            known = session.scalar(select(Document.id).where(Document.sha256 == sha))
            if known is not None:
                return _unchanged(session, str(path), known)
    except Exception as err:  # noqa: BLE001
        return _failed(path, err)
    prepared = prepare_file(path)
    if isinstance(prepared, IngestResult):
        return prepared
    return ingest_prepared(factory, prepared, now=now, settings=settings)


Progress = Callable[[int], None]  # called with the number of files just finished
# With `--jobs` > 1, files are extracted one batch ahead of the ingest.
INGEST_BATCH = 500


def ingest_files(factory: sessionmaker[Session], paths: Sequence[Path], *, now: dt.datetime,
                 settings: Settings | None = None, jobs: int = 1, progress: Progress | None = None,
                 batch: int = INGEST_BATCH) -> list[IngestResult]:
    """Ingest files, one transaction each; return their results in the order of `paths`.

    With `jobs` > 1, worker processes extract the files, and on PostgreSQL other workers ingest
    them: every body's minutes go to one worker, in the given order (see `ingest_many`). The files
    go in `batch` at a time; the next batch is extracted while one is ingested.
    """
    if jobs <= 1:
        results = []
        for path in paths:
            results.append(ingest_file(factory, path, now=now, settings=settings))
            if progress:
                progress(1)
        return results
    known = _known_files(factory, paths)
    out: list[IngestResult | None] = [known.get(p) for p in paths]
    todo = [p for p in paths if p not in known]
    if progress and known:
        progress(len(known))
    fresh: list[IngestResult] = []
    # Batches in file order: while one batch is ingested (by `jobs` workers on PostgreSQL, here on
    # SQLite), the next is extracted by `jobs` other workers. A batch is stored completely before
    # the next one starts, so every body's minutes still go in in the given order.
    with _pool(jobs) as extractors, _pool(jobs) as writers:
        batches = [todo[i:i + batch] for i in range(0, len(todo), batch)]
        extracting = _extract(extractors, batches[0], jobs) if batches else iter(())
        for k in range(len(batches)):
            prepared = list(extracting)
            if k + 1 < len(batches):
                extracting = _extract(extractors, batches[k + 1], jobs)  # starts at once, runs meanwhile
            docs = [p for p in prepared if isinstance(p, Prepared)]
            if progress and len(docs) < len(prepared):
                progress(len(prepared) - len(docs))
            done = iter(ingest_many(factory, docs, now=now, settings=settings, jobs=jobs, progress=progress,
                                    pool=writers))
            fresh.extend(p if isinstance(p, IngestResult) else next(done) for p in prepared)
    stored = iter(fresh)
    return [r if r is not None else next(stored) for r in out]


def _extract(pool: ProcessPoolExecutor, paths: Sequence[Path], jobs: int) -> Iterator[Prepared | IngestResult]:
    """Start extracting `paths` in the pool; the results come in order (submitted at once, not lazily).

    Not `pool.map`: its iterator cancels the futures from this thread when it is abandoned (Ctrl-C),
    while the pool's own thread marks them failed as the interrupted workers die, and CPython 3.11
    then prints that thread's InvalidStateError. Here nothing is cancelled but by `_pool`'s shutdown,
    in the pool's thread.
    """
    size = max(1, min(50, len(paths) // (4 * jobs)))
    with _workers_spawn_quietly():
        futures = [pool.submit(prepare_files, paths[i:i + size]) for i in range(0, len(paths), size)]
    return (result for future in futures for result in future.result())


def prepare_files(paths: Sequence[Path]) -> list[Prepared | IngestResult]:
    """Worker process: `prepare_file` for a chunk of paths."""
    return [prepare_file(path) for path in paths]


@contextmanager
def _workers_spawn_quietly() -> Iterator[None]:
    """Hold back Ctrl-C while the pool spawns workers (it does so on submit); it takes effect afterwards.

    Ctrl-C in the middle of a spawn left a worker without its start-up data ("EOFError: Ran out of
    input"), and one that came while a worker still imported our modules printed a KeyboardInterrupt
    traceback there. Here the signal is blocked, so each new worker starts with it blocked until
    `_worker_starts` lets it end the worker quietly, and this process only notes it until the workers
    are spawned (a signal delivered to another thread would otherwise still interrupt the spawn).
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    handler = signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C held by the mask is noted now
        signal.signal(signal.SIGINT, handler)
    if held:
        signal.raise_signal(signal.SIGINT)


def _worker_starts() -> None:
    """Worker process: end at once on Ctrl-C (the parent reports it), including one held back at its start."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _known_files(factory: sessionmaker[Session], paths: Sequence[Path]) -> dict[Path, IngestResult]:
    """Return the "unchanged" results of the paths whose exact bytes are stored already (a query per 500 files)."""
    shas: dict[str, list[Path]] = {}
    for path in paths:
        try:
            shas.setdefault(hashlib.sha256(read_file(path)).hexdigest(), []).append(path)
        except (OSError, PlannerError):
            continue  # reported when the file is read again
    known: dict[Path, IngestResult] = {}
    with factory() as session:
        keys = list(shas)
        for i in range(0, len(keys), 500):
            rows = session.execute(select(Document.sha256, Document.id)
                                   .where(Document.sha256.in_(keys[i:i + 500]))).all()
            for sha, document_id in rows:
                for path in shas[sha]:
                    known[path] = _unchanged(session, str(path), document_id)
    return known


@contextmanager
def _pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `jobs` worker processes; on Ctrl-C the work not begun is dropped.

    Spawned, not forked: a forked worker would share the parent's pooled database connections.
    Ctrl-C reaches the workers too (the terminal signals the whole process group): they end at once,
    without a traceback each (a document being ingested in one is rolled back with its connection),
    and the parent reports the interruption.
    """
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_worker_starts)
    try:
        yield executor
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        executor.shutdown(wait=True)


def lanes(docs: Sequence[Prepared], jobs: int) -> list[list[int]]:
    """Split documents (by index) into at most `jobs` lanes, every body's minutes in one lane, order kept.

    A body's minutes must be folded one after the other; different bodies share only rows that
    tolerate concurrent ingest (people, organisations: a conflict is retried).
    """
    groups: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        name = body_name(doc.extraction, str(doc.path))
        groups.setdefault(body_key(name) if name else "", []).append(i)
    out: list[list[int]] = [[] for _ in range(max(1, jobs))]
    for group in sorted(groups.values(), key=lambda g: (-len(g), g[0])):
        min(out, key=len).extend(group)
    return [sorted(lane) for lane in out if lane]


def ingest_many(factory: sessionmaker[Session], docs: Sequence[Prepared], *, now: dt.datetime,
                settings: Settings | None = None, jobs: int = 1, progress: Progress | None = None,
                pool: ProcessPoolExecutor | None = None) -> list[IngestResult]:
    """Ingest extracted files, one transaction each; return their results in the order of `docs`.

    With `jobs` > 1 on PostgreSQL, `lanes` run in worker processes, each with its own connection.
    SQLite takes one writer at a time, so there the documents are ingested here, one by one.
    """
    engine = factory.kw["bind"]
    if jobs <= 1 or len(docs) < 2 or engine.dialect.name != "postgresql":
        results = []
        for doc in docs:
            results.append(ingest_prepared(factory, doc, now=now, settings=settings))
            if progress:
                progress(1)
        return results
    url = engine.url.render_as_string(hide_password=False)
    out: list[IngestResult | None] = [None] * len(docs)
    with nullcontext(pool) if pool is not None else _pool(jobs) as executor:
        with _workers_spawn_quietly():
            owners = {executor.submit(_ingest_lane, url, [docs[i] for i in lane], now, settings): lane
                      for lane in lanes(docs, jobs)}
        futures = list(owners)
        for future in as_completed(futures):
            try:
                lane_results = future.result()
            except Exception as err:  # noqa: BLE001  # a worker that died: its files are reported, not lost
                lane_results = [_failed(docs[i].path, err) for i in owners[future]]
            for i, result in zip(owners[future], lane_results, strict=True):
                out[i] = result
            if progress:
                progress(len(owners[future]))
    return [r for r in out if r is not None]


def _ingest_lane(url: str, docs: list[Prepared], now: dt.datetime, settings: Settings | None) -> list[IngestResult]:
    """Worker process: ingest a lane of documents in order, on a connection of its own."""
    from planner.db import make_engine, make_sessionmaker

    engine = make_engine(url, pool_pre_ping=False, pool_size=1)
    try:
        factory = make_sessionmaker(engine)
        return [ingest_prepared(factory, doc, now=now, settings=settings) for doc in docs]
    finally:
        engine.dispose()


def collect_paths(args: list[str] | tuple[str, ...]) -> list[Path]:
    """Expand files, folders (recursively, minutes suffixes only) and globs into sorted paths.

    A folder a glob matches is read as a folder (`planner ingest 'inkorg/*'` with a folder per year); a link
    to nothing in a folder or among a glob's matches is kept, so that its ingest fails and says so.
    """
    from planner.extract.readers import SUFFIXES

    def is_file_or_dangling(f: Path) -> bool:
        return f.is_file() or (f.is_symlink() and not f.exists())

    def minutes_in(folder: Path) -> list[Path]:
        return sorted(f for f in folder.rglob("*") if f.suffix.lower() in SUFFIXES and is_file_or_dangling(f))

    out: list[Path] = []
    for arg in args:
        if not arg.strip():
            # Path("") is the working folder: `planner ingest "$MINUTES"` with the variable unset would ingest
            # everything below it.
            raise PlannerError(f"{arg!r}: empty path, expected a file, folder or glob")
        p = Path(arg)
        if p.is_dir():
            out.extend(minutes_in(p))
        elif p.exists():
            out.append(p)
        elif p.is_symlink():  # glob would list the link, and the is_file() below drop it without a word
            raise PlannerError(f"{arg}: no such file or folder (a link to {str(p.readlink())!r})")
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise PlannerError(f"{arg}: no such file or folder")
            for m in map(Path, matches):
                if m.is_dir():
                    out.extend(minutes_in(m))
                elif is_file_or_dangling(m):
                    out.append(m)
    return list(dict.fromkeys(out))
