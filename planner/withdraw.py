"""Withdraw minutes: remove a document and everything only it gave, as if it had never been ingested.

A secretary who uploaded the wrong file (another body's minutes, a draft) takes it back with
`withdraw_document(session, document_id, now=...)`, in the caller's transaction; the CLI
(`planner withdraw`), the review page and `DELETE /api/v1/documents/<id>` call it.

What happens to each kind of row:
- the document and the older versions it replaced (`superseded_by_id`) are deleted;
- the held meeting it made goes back to planned (same row and UID, SEQUENCE up) when other minutes
  announced it; otherwise the row is deleted (a meeting nobody else speaks of never existed);
- its agenda items and attendance are deleted; the body's other minutes are refolded without it
  (`ingest.refold_body`), so meetings and events only it announced are cancelled as a corrected
  version that drops them cancels them (subscribers see the cancellation, the UID stays), and
  carried items it raised go while those of other meetings get their steps written again;
- secretaries' corrections made on its rows: those of rows that remain (a meeting another set of
  minutes also announced, a carried item raised elsewhere) move to the row's remaining document,
  so the secretary's word still wins; the others are deleted (the rows they corrected are gone, or
  were the withdrawn minutes' own meeting and items). The corrections of the body's other
  documents are applied again after the refold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from planner.config import Settings
from planner.errors import PlannerError
from planner.store import AgendaItem, Attendance, Body, Document, Event, Meeting, MeetingStatus, get_row

__all__ = ["Withdrawn", "document_bodies", "document_versions", "or_admin_only", "withdraw_document"]


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """What a withdrawal removed: the documents, and what became of the meeting the minutes made."""

    document_id: int
    filename: str
    documents: int  # the document and the older versions it replaced
    body: str | None
    date: str | None
    meeting: str  # "planned" (others announced it), "removed", or "none"


def document_versions(session: Session, document_id: int) -> list[int]:
    """Return the document's id and those of the older versions it replaced, however many in a row."""
    found = [document_id]
    todo = [document_id]
    while todo:
        older = list(session.scalars(select(Document.id).where(Document.superseded_by_id.in_(todo))))
        todo = [i for i in older if i not in found]
        found.extend(todo)
    return found


def _bodies(session: Session, ids: list[int]) -> set[int]:
    """Return the ids of the bodies whose meetings or events these documents gave."""
    found = set(session.scalars(select(Meeting.body_id).where(
        or_(Meeting.document_id.in_(ids), Meeting.source_document_id.in_(ids), Meeting.change_document_id.in_(ids)))))
    return found | {i for i in session.scalars(select(Event.body_id).where(
        or_(Event.document_id.in_(ids), Event.change_document_id.in_(ids)))) if i is not None}


def document_bodies(session: Session, document_id: int) -> set[int]:
    """Return the ids of the bodies a withdrawal of the document would change (for permission checks)."""
    return _bodies(session, document_versions(session, document_id))


def or_admin_only(bodies: set[int]) -> list[int | None]:
    """Return the bodies a user must be allowed to edit to withdraw a document; none: [None] (admins only)."""
    return [*sorted(bodies)] if bodies else [None]


def withdraw_document(session: Session, document_id: int, *, now: dt.datetime,
                      settings: Settings | None = None) -> Withdrawn:
    """Remove a set of minutes and what only it gave; refold the body's other minutes without it.

    Runs in the caller's transaction (the caller commits or rolls back). PlannerError for a
    document that does not exist or that a corrected version replaced (withdraw that one).
    """
    from planner.corrections import apply_body_corrections
    from planner.ingest import refold_body

    doc = get_row(session, Document, document_id)
    if doc is None:
        raise PlannerError(f"no document with id {document_id}")
    if doc.superseded_by_id is not None:
        # The version in force, not the next one: that may be replaced too, and naming it sent the user round
        # ("document 1 ... document 2: withdraw that one", then "document 2 ... document 3" ...).
        from planner.ingest import current_version

        raise PlannerError(f"document {document_id} was replaced by a corrected version, document "
                           f"{current_version(session, doc.id)}: withdraw that one")
    ids = document_versions(session, doc.id)
    meeting = session.scalar(select(Meeting).where(Meeting.document_id.in_(ids)))
    body_ids = _bodies(session, ids)
    # The same lock as an ingest of the body's minutes takes (PostgreSQL): they take turns.
    bodies = list(session.scalars(select(Body).where(Body.id.in_(body_ids)).order_by(Body.id).with_for_update()))
    date = meeting.date.isoformat() if meeting is not None and meeting.date else None
    body_name = meeting.body.name if meeting is not None else None

    conn = session.connection()
    if meeting is not None:
        conn.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
        conn.execute(delete(Attendance).where(Attendance.meeting_id == meeting.id))
        session.expire(meeting, ["items", "attendance"])
        # No longer held from minutes: the refold leaves it out of the held meetings, and gives it back
        # to the minutes that announced it (status `held` until then, so that SEQUENCE rises).
        meeting.document_id = None
        meeting.reference = None
    # Rows announced by the withdrawn minutes: the refold finds them again from the other minutes
    # (their link and span then come from those) or cancels them. A span pointed into the withdrawn text.
    session.execute(update(Meeting).where(Meeting.source_document_id.in_(ids))
                    .values(source_document_id=None, span_start=None, span_end=None)
                    .execution_options(synchronize_session="fetch"))
    session.execute(update(Event).where(Event.document_id.in_(ids))
                    .values(document_id=None, span_start=None, span_end=None)
                    .execution_options(synchronize_session="fetch"))
    # Rows the withdrawn minutes changed: the refold gives them the words of the change before, if any.
    for model in (Meeting, Event):
        session.execute(update(model).where(model.change_document_id.in_(ids))
                        .values(change_document_id=None, change_span_start=None, change_span_end=None)
                        .execution_options(synchronize_session="fetch"))
    session.flush()
    with session.no_autoflush:
        for body in bodies:
            refold_body(session, body, now=now, settings=settings)
    session.flush()
    outcome = "none"
    if meeting is not None:
        if meeting.status == MeetingStatus.HELD:  # no other minutes announced it: it never existed
            # The feeds lose it with no row left to say so: the body records when (Last-Modified).
            meeting.body.rows_removed_at = now
            session.delete(meeting)
            outcome = "removed"
        else:
            outcome = "planned"
        session.flush()
    _settle_corrections(session, ids, gone_uid=meeting.uid if meeting is not None else None)
    session.flush()
    apply_body_corrections(session, [b.id for b in bodies], now=now)
    session.flush()
    conn.execute(update(Document).where(Document.id.in_(ids)).values(superseded_by_id=None))
    conn.execute(delete(Document).where(Document.id.in_(ids)))
    for i in ids:
        obj = session.identity_map.get(session.identity_key(Document, i))
        if obj is not None:
            session.expunge(obj)
    return Withdrawn(document_id, doc.filename, len(ids), body_name, date, outcome)


def _settle_corrections(session: Session, ids: list[int], *, gone_uid: str | None) -> None:
    """Move corrections of the withdrawn documents to the remaining document of their row, or delete them.

    `gone_uid` is the UID of the meeting the minutes made: corrections of it and of its items
    corrected those minutes, and go with them.
    """
    from planner.corrections import document_id_of, find_entity
    from planner.webmodels import Correction

    for c in session.scalars(select(Correction).where(Correction.document_id.in_(ids))).all():
        # agenda items: those of the withdrawn minutes' meeting are gone with it
        gone = c.entity == "agenda_item" or (c.entity == "meeting" and c.entity_key == gone_uid)
        row = None if gone else find_entity(session, c.entity, c.entity_key)
        keep = document_id_of(row) if row is not None else None
        if keep is not None and keep not in ids:
            c.document_id = keep
        else:
            session.delete(c)
