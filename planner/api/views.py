"""The JSON API at /api/v1: bodies, meetings, agenda items, events, carried items, documents,
extraction of an uploaded file and its ingest; the OpenAPI document at /api/v1/openapi.json.

Reads are public (unpublished rows only with a token); writes need a Bearer token of a user who
may edit the body. Every error under /api/v1 is an RFC 9457 problem object.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from flask import Blueprint, Response, current_app
from sqlalchemy import Select, String, and_, cast, func, or_, select

from planner import attendees, corrections
from planner.api import args as a
from planner.api import schemas as s
from planner.api.errors import register_errors
from planner.api.fieldtypes import SLUG
from planner.api.framework import (
    ApiError,
    db,
    json_response,
    now,
    operation,
    request_user,
    require_edit,
)
from planner.api.uploads import extract_upload, ingest_upload
from planner.store import (
    AgendaItem,
    Attendance,
    Body,
    CarryItem,
    CarryState,
    CarryStep,
    CarryStepKind,
    Document,
    Event,
    Meeting,
    get_row,
)
from planner.webmodels import User

bp = Blueprint("api", __name__, url_prefix="/api/v1")
T = TypeVar("T")


# --- helpers ---------------------------------------------------------------------------------------


def _get(model: type[T], row_id: int, what: str) -> T:
    row = get_row(db(), model, row_id)
    if row is None:
        raise ApiError(404, f"No {what} with id {row_id}.")
    return row


def _body(slug: str) -> Body:
    body = None
    if re.fullmatch(SLUG, slug):
        body = db().scalars(select(Body).where(Body.slug == slug)).first()
    if body is None:
        raise ApiError(404, f"No body with slug {slug!r}; GET /api/v1/bodies lists them.")
    return body


def _page(stmt: Select[Any], args: dict[str, Any]) -> dict[str, Any]:
    session = db()
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    rows = session.scalars(stmt.limit(args["limit"]).offset(args["offset"])).unique().all()
    return {"total": total or 0, "limit": args["limit"], "offset": args["offset"], "results": rows}


def _dated(model: type[Meeting | Event], args: dict[str, Any]) -> list[Any]:
    """Conditions of the from/to filter: a row is in when its days overlap the range (a multi-day one on
    any of its days, as in the feeds), a month-only row when its month does."""
    conds: list[Any] = []
    if "from_" in args:
        start = args["from_"]
        conds.append(or_(model.date >= start, model.end_date >= start,
                         and_(model.date.is_(None), model.month >= start.strftime("%Y-%m"))))
    if "to" in args:
        end = args["to"]
        conds.append(or_(model.date <= end, and_(model.date.is_(None), model.month <= end.strftime("%Y-%m"))))
    return conds


def _chronological(model: type[Meeting | Event]) -> tuple[Any, ...]:
    # Same order on SQLite and PostgreSQL: a meeting without a time comes first on its day.
    return (func.coalesce(cast(model.date, String), model.month), model.start.asc().nulls_first(), model.id)


def _viewer() -> User | None:
    return request_user(required=False)


def _meetings_visible() -> Select[Any]:
    stmt = select(Meeting)
    return stmt if _viewer() else stmt.where(Meeting.published.is_(True))


def _events_visible() -> Select[Any]:
    stmt = select(Event).where(Event.status != "deleted")
    return stmt if _viewer() else stmt.where(Event.published.is_(True))


def _document_of(row: Any) -> Document | None:
    doc_id = corrections.document_id_of(row)
    return db().get(Document, doc_id) if doc_id else None


def _correct(row: Any, values: dict[str, Any], user: User) -> None:
    """Store the values as corrections (who, when, old -> new) through planner.corrections."""
    text = {key: corrections.format_value(value) for key, value in values.items()}
    try:
        corrections.correct(db(), row, text, user=user, document=_document_of(row), now=now())
    except corrections.CorrectionError as err:
        db().rollback()
        raise ApiError(422, str(err)) from err


# --- index and document ------------------------------------------------------------------------------


@bp.get("/")
@operation("The API's entry points", tag="meta", response=s.ApiIndexSchema)
def index() -> dict[str, Any]:
    """Links to the collections and the OpenAPI document."""
    base = bp.url_prefix or ""
    links = {name: f"{base}/{name}" for name in ("bodies", "meetings", "items", "events", "carried")}
    links["extract"] = f"{base}/extract"
    return {"name": "Forum planner API", "version": "v1", "openapi": f"{base}/openapi.json", "links": links}


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3 document, generated from the routes and their schemas."""
    from planner.api.spec import build_spec

    spec = current_app.extensions.get("planner.api.openapi")
    if spec is None:
        spec = build_spec(current_app, bp.name)
        current_app.extensions["planner.api.openapi"] = spec
    return json_response(spec)


# --- bodies ------------------------------------------------------------------------------------------


@bp.get("/bodies")
@operation("List bodies (forums)", tag="bodies", response=s.BodyPage, query=a.PageArgs)
def list_bodies(args: dict[str, Any]) -> dict[str, Any]:
    """Bodies in name order."""
    return _page(select(Body).order_by(Body.name, Body.id), args)


@bp.get("/bodies/<slug>")
@operation("One body", tag="bodies", response=s.BodySchema, errors=(404,))
def get_body(slug: str) -> Body:
    """A body by its slug."""
    return _body(slug)


# --- meetings ---------------------------------------------------------------------------------------


@bp.get("/meetings")
@operation("List meetings", tag="meetings", response=s.MeetingPage, query=a.MeetingListArgs, errors=(404,))
def list_meetings(args: dict[str, Any]) -> dict[str, Any]:
    """Meetings in date order, filtered by body slug, date range (from/to, inclusive) and status.

    A meeting of several days is in the range when one of its days is; a month-only meeting when its
    month overlaps it. 404 for an unknown body.
    """
    stmt = _meetings_visible().where(*_dated(Meeting, args)).order_by(*_chronological(Meeting))
    if "body" in args:
        stmt = stmt.where(Meeting.body_id == _body(args["body"]).id)
    if "status" in args:
        stmt = stmt.where(Meeting.status == args["status"])
    return _page(stmt, args)


def _meeting(meeting_id: int) -> Meeting:
    meeting: Meeting = _get(Meeting, meeting_id, "meeting")
    if not meeting.published and _viewer() is None:
        raise ApiError(404, f"No meeting with id {meeting_id}.")
    return meeting


@bp.get("/meetings/<int:meeting_id>")
@operation("One meeting with its agenda items and attendance", tag="meetings", response=s.MeetingSchema,
           errors=(404,))
def get_meeting(meeting_id: int) -> Meeting:
    """A meeting with its items (in agenda order) and attendance."""
    return _meeting(meeting_id)


@bp.patch("/meetings/<int:meeting_id>")
@operation("Correct a meeting", tag="meetings", response=s.MeetingSchema, body=a.MeetingPatch, auth=True,
           errors=(404,))
def patch_meeting(meeting_id: int, data: dict[str, Any], user: User) -> Meeting:
    """Correct the date, times, venue, platform, status or publication of a meeting.

    Each changed field is stored as a correction (who, when, old -> new) that wins over a later
    re-extraction of the same minutes; feeds and reminders see the change at once.
    """
    meeting = _get(Meeting, meeting_id, "meeting")
    require_edit(user, meeting.body_id)
    _correct(meeting, data, user)
    db().commit()
    return meeting


# --- attendance --------------------------------------------------------------------------------------


def _attendee(meeting: Meeting, attendance_id: int) -> Attendance:
    row = get_row(db(), Attendance, attendance_id)
    if row is None or row.meeting_id != meeting.id:
        raise ApiError(404, f"No attendee with id {attendance_id} at meeting {meeting.id}; "
                            f"GET /api/v1/meetings/{meeting.id} lists them.")
    return row


def _attendance_refused(err: attendees.AttendeeError) -> ApiError:
    db().rollback()
    return ApiError(422, str(err))


@bp.post("/meetings/<int:meeting_id>/attendance")
@operation("Add a missing attendee", tag="meetings", response=s.MeetingSchema, status=201, body=a.AttendeeNew,
           auth=True, errors=(404,))
def add_attendee(meeting_id: int, data: dict[str, Any], user: User) -> Meeting:
    """Add an attendee the minutes were read without: a name, an organisation (optional), present or absent.

    Stored as a correction keyed by the meeting and the name, so a later ingest of the same minutes or of
    a corrected version keeps the attendee. 422 (in Swedish) for a name already on the list or an
    organisation whose name cannot be read.
    """
    meeting = _get(Meeting, meeting_id, "meeting")
    require_edit(user, meeting.body_id)
    try:
        attendees.add_attendee(db(), meeting, data["name"], data.get("organisation"), data.get("role"),
                               present=data["present"], user=user, now=now())
    except attendees.AttendeeError as err:
        raise _attendance_refused(err) from err
    db().commit()
    return meeting


@bp.patch("/meetings/<int:meeting_id>/attendance/<int:attendance_id>")
@operation("Correct an attendee", tag="meetings", response=s.MeetingSchema, body=a.AttendeePatch, auth=True,
           errors=(404,))
def patch_attendee(meeting_id: int, attendance_id: int, data: dict[str, Any], user: User) -> Meeting:
    """Correct an attendee's name, organisation (null: none), role, or whether present.

    Each change is stored as a correction keyed by the meeting and the name as the minutes gave it, so it
    wins over a later ingest of the same minutes or of a corrected version. People are shared between
    meetings: a new name or organisation points this attendance at another person, never renames one.
    """
    meeting = _get(Meeting, meeting_id, "meeting")
    require_edit(user, meeting.body_id)
    row = _attendee(meeting, attendance_id)
    values = {key: ("true" if value else "false") if key == "present" else value for key, value in data.items()}
    try:
        attendees.correct_attendee(db(), row, values, user=user, now=now())
    except attendees.AttendeeError as err:
        raise _attendance_refused(err) from err
    db().commit()
    return meeting


@bp.delete("/meetings/<int:meeting_id>/attendance/<int:attendance_id>")
@operation("Remove a false attendee", tag="meetings", response=None, status=204, auth=True, errors=(404,))
def delete_attendee(meeting_id: int, attendance_id: int, user: User) -> None:
    """Remove an attendee the minutes did not really list (a title or heading read as a person); stored as a
    correction, so a later ingest does not bring it back."""
    meeting = _get(Meeting, meeting_id, "meeting")
    require_edit(user, meeting.body_id)
    attendees.remove_attendee(db(), _attendee(meeting, attendance_id), user=user, now=now())
    db().commit()


# --- agenda items ------------------------------------------------------------------------------------


@bp.get("/items")
@operation("List agenda items", tag="items", response=s.ItemPage, query=a.ItemListArgs, errors=(404,))
def list_items(args: dict[str, Any]) -> dict[str, Any]:
    """Agenda items of held meetings, by meeting date and position; filters as for meetings."""
    meetings = _meetings_visible().where(*_dated(Meeting, args))
    if "body" in args:
        meetings = meetings.where(Meeting.body_id == _body(args["body"]).id)
    ids = meetings.with_only_columns(Meeting.id)
    stmt = (select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.meeting_id.in_(ids))
            .order_by(*_chronological(Meeting), AgendaItem.position, AgendaItem.id))
    if "status" in args:
        stmt = stmt.where(AgendaItem.status == args["status"])
    return _page(stmt, args)


def _item(item_id: int) -> AgendaItem:
    item: AgendaItem = _get(AgendaItem, item_id, "agenda item")
    if not item.meeting.published and _viewer() is None:
        raise ApiError(404, f"No agenda item with id {item_id}.")
    return item


@bp.get("/items/<int:item_id>")
@operation("One agenda item", tag="items", response=s.ItemListEntrySchema, errors=(404,))
def get_item(item_id: int) -> AgendaItem:
    """An agenda item with its meeting's body and date."""
    return _item(item_id)


@bp.patch("/items/<int:item_id>")
@operation("Correct an agenda item", tag="items", response=s.ItemListEntrySchema, body=a.ItemPatch,
           auth=True, errors=(404,))
def patch_item(item_id: int, data: dict[str, Any], user: User) -> AgendaItem:
    """Correct the title or status (handled, postponed, returns, referred) of an agenda item."""
    item = _get(AgendaItem, item_id, "agenda item")
    require_edit(user, item.meeting.body_id)
    _correct(item, data, user)
    db().commit()
    return item


# --- events ------------------------------------------------------------------------------------------


@bp.get("/events")
@operation("List events", tag="events", response=s.EventPage, query=a.EventListArgs, errors=(404,))
def list_events(args: dict[str, Any]) -> dict[str, Any]:
    """Workshops, conferences, deadlines and other dated things, in date order; filters as for meetings."""
    stmt = _events_visible().where(*_dated(Event, args)).order_by(*_chronological(Event))
    if "body" in args:
        stmt = stmt.where(Event.body_id == _body(args["body"]).id)
    if "kind" in args:
        stmt = stmt.where(Event.kind == args["kind"])
    return _page(stmt, args)


def _event(event_id: int) -> Event:
    event: Event = _get(Event, event_id, "event")
    if event.status == "deleted" or (not event.published and _viewer() is None):
        raise ApiError(404, f"No event with id {event_id}.")
    return event


@bp.get("/events/<int:event_id>")
@operation("One event", tag="events", response=s.EventSchema, errors=(404,))
def get_event(event_id: int) -> Event:
    """An event by id."""
    return _event(event_id)


@bp.patch("/events/<int:event_id>")
@operation("Correct an event", tag="events", response=s.EventSchema, body=a.EventPatch, auth=True,
           errors=(404,))
def patch_event(event_id: int, data: dict[str, Any], user: User) -> Event:
    """Correct an event's title, kind, date, times, venue, status or publication."""
    event = _event(event_id)
    require_edit(user, event.body_id)
    _correct(event, data, user)
    db().commit()
    return event


@bp.delete("/events/<int:event_id>")
@operation("Delete a false event", tag="events", response=None, status=204, auth=True, errors=(404,))
def delete_event(event_id: int, user: User) -> None:
    """Remove an event that the minutes did not really announce (stored as a correction).

    An unpublished event disappears; a published one stays with status `cancelled`, so that
    subscribers' calendars drop their copies.
    """
    event = _event(event_id)
    require_edit(user, event.body_id)
    _correct(event, {"deleted": True}, user)
    db().commit()


# --- carried items -----------------------------------------------------------------------------------


@bp.get("/carried")
@operation("List carried items", tag="carried", response=s.CarryPage, query=a.CarryListArgs, errors=(404,))
def list_carried(args: dict[str, Any]) -> dict[str, Any]:
    """Matters carried to later meetings, with their history; filter by body slug and state."""
    stmt = select(CarryItem).order_by(CarryItem.id)
    if "body" in args:
        stmt = stmt.where(CarryItem.body_id == _body(args["body"]).id)
    if "state" in args:
        stmt = stmt.where(CarryItem.state == args["state"])
    return _page(stmt, args)


@bp.get("/carried/<int:carry_id>")
@operation("One carried item with its history", tag="carried", response=s.CarrySchema, errors=(404,))
def get_carried(carry_id: int) -> CarryItem:
    """A carried item and its steps (raised, postponed, returned, handled ...)."""
    carry: CarryItem = _get(CarryItem, carry_id, "carried item")
    return carry


@bp.patch("/carried/<int:carry_id>")
@operation("Mark a carried item handled or dropped", tag="carried", response=s.CarrySchema, body=a.CarryPatch,
           auth=True, errors=(404,))
def patch_carried(carry_id: int, data: dict[str, Any], user: User) -> CarryItem:
    """Set the state: `closed` (handled), `dropped` (removed, give a reason) or `open` again.

    The change is stored as a correction and as a step in the item's history.
    """
    carry: CarryItem = _get(CarryItem, carry_id, "carried item")
    require_edit(user, carry.body_id)
    state, reason = data["state"], data.get("reason")
    if state == CarryState.DROPPED and not (reason or "").strip():
        raise ApiError(422, "Give a reason when dropping a carried item.",
                       errors={"reason": ["required when state is 'dropped'"]})
    before = carry.state
    values: dict[str, Any] = {"state": state}
    if "reason" in data:
        values["closed_reason"] = reason
    _correct(carry, values, user)
    if before != state and state != CarryState.OPEN:
        kind = CarryStepKind.HANDLED if state == CarryState.CLOSED else CarryStepKind.DROPPED
        note = f"{user.name or user.username}: {reason}" if reason else (user.name or user.username)
        carry.steps.append(CarryStep(kind=kind, note=note, at=now()))
    db().commit()
    return carry


# --- documents, extraction and ingest ----------------------------------------------------------------


@bp.get("/documents/<int:document_id>")
@operation("One ingested minutes document with its text", tag="documents", response=s.DocumentSchema,
           errors=(404,))
def get_document(document_id: int) -> Document:
    """The decoded text that every span points into (without a token: only minutes the public pages show,
    those a published meeting or event comes from)."""
    from planner.views import document_is_visible

    doc: Document = _get(Document, document_id, "document")
    if _viewer() is None and not document_is_visible(db(), doc):
        raise ApiError(404, f"No document with id {document_id}.")
    return doc


@bp.delete("/documents/<int:document_id>")
@operation("Withdraw minutes ingested by mistake", tag="documents", response=None, status=204, auth=True,
           errors=(404, 409))
def withdraw_document(document_id: int, user: User) -> None:
    """Remove the document (and the older versions it replaced) and everything only it gave.

    The body's other minutes are folded again without it: its meeting goes back to planned when
    other minutes announced it (same UID), else it is removed; meetings and events only it
    announced are cancelled, so subscribers' calendars drop them. 403 unless the user may edit
    every body the document gave rows to (admins: all); 409 for an older version that a corrected
    one replaced (withdraw that one).
    """
    from planner.app import app_settings
    from planner.errors import PlannerError
    from planner.withdraw import document_bodies, or_admin_only
    from planner.withdraw import withdraw_document as withdraw

    doc: Document = _get(Document, document_id, "document")
    for body_id in or_admin_only(document_bodies(db(), doc.id)):
        require_edit(user, body_id)
    try:
        withdraw(db(), doc.id, now=now(), settings=app_settings())
    except PlannerError as err:
        db().rollback()
        raise ApiError(409, str(err)) from err
    db().commit()


@bp.post("/extract")
@operation("Extract uploaded minutes (nothing is stored)", tag="documents", response=s.ExtractionSchema,
           upload=True, errors=(429,))
def extract() -> dict[str, Any]:
    """Read an uploaded minutes file and return its minutes-extraction/1 object; nothing is stored."""
    return extract_upload()


@bp.post("/documents")
@operation("Ingest uploaded minutes", tag="documents", response=s.IngestResultSchema, upload=True,
           auth=True)
def ingest_document(user: User) -> dict[str, Any]:
    """Extract an uploaded minutes file and store it (idempotent: the same file again is unchanged).

    A corrected version of the same minutes replaces the earlier one; the secretaries'
    corrections are applied again. 403 when the minutes are of a body the user may not edit.
    """
    return ingest_upload(user)


register_errors(bp)
