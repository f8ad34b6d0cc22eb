"""Rows of the store as ingest writes them: bodies, organisations, people, items, slots, carried items.

Functions here take a Session and write what the folds (plans.py, carry.py) decided; ingest.py
orchestrates them, one document per transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from planner.bodies import (
    body_key,
    clean_body_name,
    find_region,
    is_generic,
    name_from_file,
    organisation_key,
    organisation_name,
    slugify,
)
from planner.carry import HeldMeeting, OpenCarry, Step
from planner.config import Settings
from planner.extract.model import (
    Attendee,
    Carry,
    Extraction,
)
from planner.extract.model import (
    Meeting as ExMeeting,
)
from planner.plans import OBSERVED, Slot, slot_from_row
from planner.store import (
    AgendaItem,
    Attendance,
    Body,
    BodyAlias,
    CarryItem,
    CarryState,
    CarryStep,
    Event,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
)

# --- bodies, organisations, people ------------------------------------------------------------

PERSON_LOCK = 4_004_001  # PostgreSQL advisory lock key: adding people without an organisation


def body_name(extraction: Extraction, filename: str) -> str | None:
    """Return the body's name: as the minutes give it, qualified when generic ("Styrelsen (Kvastskaft)").

    A generic name takes the attendees' most common organisation, else a hint from the file
    name; minutes that name no body take the file name's hint as their body.
    """
    m = extraction.meeting
    if not m.body:
        return name_from_file(filename)
    if not is_generic(m.body):
        return m.body
    orgs = [a.organisation for a in m.present + m.absent if a.organisation]
    common = max(set(orgs), key=lambda o: (orgs.count(o), o)) if orgs else None
    # One stray "organisation" is more often a note in the list than the owner.
    owner = common if common and orgs.count(common) >= 2 else name_from_file(filename)
    return f"{clean_body_name(m.body)} ({owner})" if owner else m.body


def find_body(session: Session, name: str) -> Body | None:
    """Return the body known by this slug or name (any spelling), or None."""
    body = session.scalar(select(Body).where(Body.slug == name))
    if body is not None:
        return body
    alias = session.scalar(select(BodyAlias).where(BodyAlias.key == body_key(name)))
    return alias.body if alias else None


def _unique_slug(session: Session, model: type[Body | Organisation], base: str) -> str:
    slug, n = base, 1
    while session.scalar(select(model.id).where(model.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def resolve_body(session: Session, name: str, *, now: dt.datetime) -> Body:
    """Return the body of this name, creating it (with its alias) the first time.

    The body's row is locked (PostgreSQL) until the transaction ends, so two ingests of the same
    body (an upload and the CLI) take turns instead of both deciding from the same state.
    """
    body = session.scalar(select(Body).join(BodyAlias).where(BodyAlias.key == body_key(name))
                          .with_for_update(of=Body))
    if body is not None:
        return body
    clean = clean_body_name(name)
    body = Body(slug=_unique_slug(session, Body, slugify(clean)), name=clean, created_at=now)
    body.aliases.append(BodyAlias(key=body_key(name), name=clean))
    session.add(body)
    return body


def resolve_organisations(session: Session, names: list[str]) -> dict[str, Organisation]:
    """Return organisations by key for these names: one row per key, one query for the lot."""
    wanted: dict[str, str] = {}
    for name in names:
        key = organisation_key(name)
        if key and len(organisation_name(name)) > len(wanted.get(key, "")):
            wanted[key] = organisation_name(name)
    if not wanted:
        return {}
    slugs = {slugify(k): k for k in wanted}
    found = {o.slug: o for o in session.scalars(select(Organisation).where(Organisation.slug.in_(list(slugs))))}
    result: dict[str, Organisation] = {}
    for slug, key in slugs.items():
        org = found.get(slug)
        if org is None:
            org = Organisation(slug=slug, name=wanted[key])
            session.add(org)
        elif len(wanted[key]) > len(org.name):
            org.name = wanted[key]  # "Lessebo kommun" rather than "Lessebo"
        result[key] = org
    session.flush()
    return result


def store_attendance(session: Session, meeting: Meeting, ex: ExMeeting, document_id: int, *,
                      replace: bool) -> None:
    """Store who was present and absent (a few statements whatever the number of people)."""
    if replace:
        session.execute(delete(Attendance).where(Attendance.meeting_id == meeting.id))
    people = [(a, True) for a in ex.present] + [(a, False) for a in ex.absent]
    if not people:
        return
    orgs = resolve_organisations(session, [a.organisation for a, _ in people if a.organisation])

    def key(attendee: Attendee) -> tuple[str, int | None]:
        org = orgs.get(organisation_key(attendee.organisation)) if attendee.organisation else None
        return (attendee.name[:300], org.id if org else None)

    names = {a.name[:300] for a, _ in people}
    people_query = select(Person.name, Person.organisation_id, Person.id).where(Person.name.in_(names))
    known = {(name, org_id): person_id for name, org_id, person_id in session.execute(people_query)}
    # Sorted, so that two ingests running at once insert shared people in the same order (no deadlock).
    missing = sorted({key(a) for a, _ in people if key(a) not in known}, key=lambda k: (k[0], k[1] or 0))
    if any(org_id is None for _, org_id in missing) and session.get_bind().dialect.name == "postgresql":
        # The unique constraint does not see two people without organisation as one: concurrent
        # ingests take turns (until commit) before adding such people, then look again.
        session.execute(select(func.pg_advisory_xact_lock(PERSON_LOCK)))
        known = {(name, org_id): person_id for name, org_id, person_id in session.execute(people_query)}
        missing = [k for k in missing if k not in known]
    if missing:
        returning = insert(Person).returning(Person.name, Person.organisation_id, Person.id)
        added = session.execute(returning.execution_options(render_nulls=True),
                                [{"name": name, "organisation_id": org_id} for name, org_id in missing])
        known.update({(name, org_id): person_id for name, org_id, person_id in added})
    session.execute(insert(Attendance).execution_options(render_nulls=True), [
        {"meeting_id": meeting.id, "person_id": known[key(a)], "present": present, "role": a.role,
         "party": a.party, "document_id": document_id, "span_start": a.span[0] if a.span else None,
         "span_end": a.span[1] if a.span else None}
        for a, present in people
    ])


def place_body(session: Session, body: Body, ex: Extraction, text: str) -> None:
    """Give a body its region and organisation from the attendee lists or the text (once)."""
    if body.organisation_id is not None:
        return
    orgs = [a.organisation for a in ex.meeting.present + ex.meeting.absent if a.organisation]
    region = find_region(text, orgs)
    if region:
        body.region = region
        body.organisation = resolve_organisations(session, [region])[organisation_key(region)]


# --- writing the fold back ---------------------------------------------------------------------


def publish_policy(confidence: float, settings: Settings | None) -> bool:
    policy = settings.web.auto_publish if settings else "high"
    return policy == "all" or (policy == "high" and confidence >= 0.7)


def store_items(session: Session, meeting: Meeting, ex: Extraction, document_id: int, *,
                 replace: bool) -> tuple[AgendaItem, ...]:
    """Store the items of a held meeting in one statement and return them (with their ids)."""
    if replace:
        session.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
    if not ex.items:
        return ()
    rows = [
        {"meeting_id": meeting.id, "position": position, "number": item.number, "title": item.title,
         "status": str(item.status), "target_when": item.target.when, "target_body": item.target.body,
         "decisions": "\n".join(item.decisions) or None, "document_id": document_id,
         "span_start": item.span[0] if item.span else None, "span_end": item.span[1] if item.span else None}
        for position, item in enumerate(ex.items, 1)
    ]
    # One INSERT ... RETURNING for the lot (every row with the same keys); put back in position order here,
    # as asking the database for parameter order makes SQLite insert row by row.
    returning = insert(AgendaItem).returning(AgendaItem).execution_options(render_nulls=True)
    return tuple(sorted(session.scalars(returning, rows), key=lambda item: item.position))


def store_slots(session: Session, body: Body, slots: list[Slot], docs: dict[int, Extraction], *,
                 now: dt.datetime, settings: Settings | None) -> dict[int, tuple[AgendaItem, ...]]:
    """Write the slots to their rows (new rows for new slots); return the items stored, by meeting id."""
    stored: dict[int, tuple[AgendaItem, ...]] = {}
    for slot in slots:
        row = slot.row
        created = row is None
        if row is None:
            row = Meeting(body_id=body.id, created_at=now) if slot.is_meeting else Event(body_id=body.id, created_at=now)
            row.published = False
            session.add(row)
            slot.row = row
        elif row.status == "deleted":
            continue  # removed by a secretary (corrections.py): the minutes do not bring it back
        before = {name: getattr(row, name, None) for name in OBSERVED}
        old_confidence = row.confidence
        new_document = isinstance(row, Meeting) and slot.document_id is not None and row.document_id != slot.document_id
        had_document = isinstance(row, Meeting) and row.document_id is not None
        values: dict[str, Any] = {
            "kind": slot.kind, "date": slot.date, "month": slot.month, "end_date": slot.end_date, "start": slot.start,
            "end": slot.end, "venue": slot.venue, "online": slot.online, "theme": slot.theme, "status": slot.status,
            "tentative": slot.tentative, "confidence": slot.confidence,
        }
        if created or slot.title and not row.title:
            values["title"] = (slot.title or "")[:500] if isinstance(row, Event) else (slot.title[:500] if slot.title else None)
        if isinstance(row, Meeting):
            values.update(document_id=slot.document_id, source_document_id=row.source_document_id or slot.source_document_id)
        else:
            values.update(holder=slot.holder, document_id=row.document_id or slot.source_document_id)
        if created or row.span_start is None:
            values.update(span_start=slot.span[0] if slot.span else None, span_end=slot.span[1] if slot.span else None)
        dirty = any(getattr(row, k, None) != v for k, v in values.items())
        for name, value in values.items():
            setattr(row, name, value)
        observed = not created and any(before[n] != getattr(row, n) for n in before)
        row.sequence = max((row.sequence or 0) + (1 if observed else 0), slot.changes)
        if dirty or created:
            row.updated_at = now
        if row.status == MeetingStatus.CANCELLED:
            row.cancelled_at = row.cancelled_at or now
        else:
            row.cancelled_at = None
        # Published by policy when made, or when new minutes raise its confidence past the policy's bar;
        # otherwise `published` belongs to the secretaries' review (planner/secretary.py).
        if created or (not row.published and publish_policy(slot.confidence, settings)
                       and not publish_policy(old_confidence or 0.0, settings)):
            row.published = publish_policy(slot.confidence, settings)
        if new_document and isinstance(row, Meeting) and slot.document_id in docs:
            session.flush()
            ex = docs[slot.document_id]
            row.reference = ex.meeting.reference
            stored[row.id] = store_items(session, row, ex, slot.document_id, replace=had_document)
    return stored


def cancel_unclaimed(rows: list[Meeting | Event], now: dt.datetime) -> None:
    """Cancel planned rows no minutes announce any more (a corrected version dropped them)."""
    for row in rows:
        if row.status == MeetingStatus.PLANNED:
            row.status = MeetingStatus.CANCELLED
            row.cancelled_at = now
            row.updated_at = now
            row.sequence += 1


def load_slots(session: Session, body: Body, since: dt.date | None) -> list[Slot]:
    meetings = select(Meeting).where(Meeting.body_id == body.id)
    events = select(Event).where(Event.body_id == body.id)
    if since is not None:
        meetings = meetings.where(or_(Meeting.date >= since, Meeting.date.is_(None)))
        events = events.where(or_(Event.date >= since, Event.date.is_(None)))
    rows: list[Meeting | Event] = [*session.scalars(meetings), *session.scalars(events)]
    return [slot_from_row(r) for r in rows]


def load_carries(session: Session, body: Body, *, open_only: bool) -> list[tuple[CarryItem, OpenCarry]]:
    query = select(CarryItem, Meeting.date).join(Meeting, CarryItem.origin_meeting_id == Meeting.id).where(
        CarryItem.body_id == body.id)
    if open_only:
        query = query.where(CarryItem.state == CarryState.OPEN)
    out = []
    for row, origin_date in session.execute(query):
        if origin_date is None:
            continue  # an origin meeting always has a date; guard for rows edited by hand
        out.append((row, OpenCarry(
            title=row.title, reason=row.reason, when=row.when, origin_meeting_id=row.origin_meeting_id,
            origin_date=origin_date, origin_item_number=row.origin_item_number,
            origin_title=row.origin_title or row.title, document_id=row.document_id,
            span=(row.span_start, row.span_end) if row.span_start is not None and row.span_end is not None else None,
            row_id=row.id, state=row.state, times_postponed=row.times_postponed, not_handled=row.not_handled,
            closed_item_id=row.closed_item_id, closed_reason=row.closed_reason, last_date=row.last_date,
        )))
    return out


Candidate = tuple[int, str]  # a meeting's id and its date (or "YYYY-MM-99" for a month)


def meeting_candidates(slots: list[Slot]) -> list[Candidate]:
    """Return the meetings a carried item may be due at, in date order."""
    found = [(s.row.id, s.date.isoformat() if s.date else f"{s.month}-99") for s in slots
             if s.is_meeting and s.row is not None and s.status != MeetingStatus.CANCELLED and s.when()]
    return sorted(found, key=lambda c: c[1])


def carry_target(candidates: list[Candidate], carry: OpenCarry, latest_held: dt.date | None) -> int | None:
    """Return the id of the first meeting after the carry's last step that it is due at."""
    after = carry.last_date or carry.origin_date
    if carry.not_handled and latest_held is not None:  # due at a meeting that passed without it
        after = max(after, latest_held)
    day, month = after.isoformat(), after.isoformat()[:7]
    for meeting_id, when in candidates:
        if (when[:7] <= month) if when.endswith("-99") else (when <= day):
            continue
        if carry.when is None or carry.when == "next" or when[: len(carry.when)] >= carry.when:
            return meeting_id
    return None


def store_carries(session: Session, body: Body, carries: list[OpenCarry], rows: dict[int, CarryItem],
                   candidates: list[Candidate], latest_held: dt.date | None, *, now: dt.datetime) -> None:
    for carry in carries:
        if not carry.touched and carry.row_id is not None:
            continue
        row = rows.get(carry.row_id) if carry.row_id is not None else None
        if row is None:
            row = CarryItem(body_id=body.id, created_at=now)
            session.add(row)
        row.title, row.reason, row.when = carry.title, carry.reason, carry.when
        row.origin_meeting_id, row.origin_item_number = carry.origin_meeting_id, carry.origin_item_number
        row.origin_title, row.last_date = carry.origin_title, carry.last_date
        row.state, row.times_postponed, row.not_handled = carry.state, carry.times_postponed, carry.not_handled
        row.closed_item_id, row.closed_reason = carry.closed_item_id, carry.closed_reason
        row.document_id = carry.document_id
        row.span_start, row.span_end = carry.span if carry.span else (None, None)
        row.target_meeting_id = carry_target(candidates, carry, latest_held) if carry.state == CarryState.OPEN else None
        row.updated_at = now
        for step in carry.new_steps:
            session.add(step_row(step, row, now))
        carry.new_steps.clear()


def step_row(step: Step, carry: CarryItem, now: dt.datetime) -> CarryStep:
    # Setting `carry` (not appending to carry.steps) spares loading the collection.
    return CarryStep(carry=carry, kind=str(step.kind), meeting_id=step.meeting_id, item_number=step.item_number, note=step.note,
                     document_id=step.document_id, span_start=step.span[0] if step.span else None,
                     span_end=step.span[1] if step.span else None, at=now)


def held_meeting(session: Session, meeting: Meeting, carry: tuple[Carry, ...],
          items: tuple[AgendaItem, ...] | None = None) -> HeldMeeting:
    if items is None:
        items = tuple(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                                      .order_by(AgendaItem.position)))
    assert meeting.date is not None
    return HeldMeeting(meeting.id, meeting.date, meeting.document_id, items, carry)


