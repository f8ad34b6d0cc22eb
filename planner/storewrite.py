"""Rows of the store as ingest writes them: bodies, organisations, people, items, slots, carried items.

Functions here take a Session and write what the folds (plans.py, carry.py) decided; ingest.py
orchestrates them, one document per transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    inspect,
    literal,
    null,
    or_,
    select,
    union_all,
    update,
)
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
from planner.carry import HeldMeeting, ItemRow, OpenCarry, Step
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
    PLACEHOLDER_TITLES,
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


def bodies_starting_with(session: Session, name: str) -> list[Body]:
    """Return the bodies whose name (any spelling) begins with these words, by name.

    "Ledningsgrupp" finds "Ledningsgrupp för samordning av länets hälso- och sjukvård och
    socialtjänst"; words are compared whole and folded as `body_key` folds them.
    """
    key = body_key(name)
    if not key:
        return []
    query = (select(Body).join(BodyAlias).where(BodyAlias.key.startswith(key + " ", autoescape=True))
             .distinct().order_by(Body.name))
    return list(session.scalars(query))


def _unique_slug(session: Session, model: type[Body | Organisation], base: str) -> str:
    slug, n = base, 1
    while session.scalar(select(model.id).where(model.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


_BODY_FOR_UPDATE = select(Body).join(BodyAlias).where(BodyAlias.key == bindparam("key")).with_for_update(of=Body)


def resolve_body(session: Session, name: str, *, now: dt.datetime) -> Body:
    """Return the body of this name, creating it (with its alias) the first time.

    The body's row is locked (PostgreSQL) until the transaction ends, so two ingests of the same
    body (an upload and the CLI) take turns instead of both deciding from the same state.
    """
    body = session.scalar(_BODY_FOR_UPDATE, {"key": body_key(name)})
    if body is not None:
        return body
    clean = clean_body_name(name)
    body = Body(slug=_unique_slug(session, Body, slugify(clean)), name=clean, created_at=now)
    body.aliases.append(BodyAlias(key=body_key(name), name=clean))
    session.add(body)
    return body


def _wanted_organisations(names: Iterable[str]) -> dict[str, str]:
    """Return the longest name given for each organisation key, by key."""
    wanted: dict[str, str] = {}
    for name in names:
        key = organisation_key(name)
        if key and len(organisation_name(name)) > len(wanted.get(key, "")):
            wanted[key] = organisation_name(name)
    return wanted


def _settle_organisations(session: Session, wanted: dict[str, str], found: dict[str, tuple[int, str]]
                          ) -> dict[str, int]:
    """Return organisation ids by key, adding the missing ones and lengthening short names."""
    slugs = {slugify(k): k for k in wanted}
    result: dict[str, int] = {}
    renamed: list[dict[str, Any]] = []
    missing: list[dict[str, Any]] = []
    for slug, key in slugs.items():
        if slug not in found:
            missing.append({"slug": slug, "name": wanted[key]})
            continue
        org_id, name = found[slug]
        if len(wanted[key]) > len(name):
            renamed.append({"org_id": org_id, "name": wanted[key]})  # "Lessebo kommun" rather than "Lessebo"
        result[key] = org_id
    conn = session.connection()
    if renamed:
        conn.execute(update(Organisation).where(Organisation.id == bindparam("org_id")), renamed)
        expire_rows(session, Organisation, [r["org_id"] for r in renamed])
    if missing:
        added = conn.execute(insert(Organisation).returning(Organisation.slug, Organisation.id), missing)
        result.update({slugs[slug]: org_id for slug, org_id in added})
    return result


def resolve_organisations(session: Session, names: list[str]) -> dict[str, int]:
    """Return organisation ids by key for these names: one row per key, one query for the lot."""
    wanted = _wanted_organisations(names)
    if not wanted:
        return {}
    query = select(Organisation.slug, Organisation.id, Organisation.name).where(
        Organisation.slug.in_([slugify(k) for k in wanted]))
    found = {slug: (org_id, name) for slug, org_id, name in session.connection().execute(query)}
    return _settle_organisations(session, wanted, found)


def expire_rows(session: Session, model: type[Any], ids: Iterable[int], *, gone: bool = False) -> None:
    """Expire (or, when `gone`, expunge) instances of rows written with Core statements, if the session holds any."""
    identity_map = session.identity_map
    if not len(identity_map):
        return
    for row_id in ids:
        obj = identity_map.get(session.identity_key(model, row_id))
        if obj is not None:
            if gone:
                session.expunge(obj)
            else:
                session.expire(obj)


def _expire_collection(session: Session, row: Any, name: str) -> None:
    """Forget a loaded collection whose rows a Core statement replaced (read again when used)."""
    if name not in inspect(row).unloaded:
        session.expire(row, [name])


_PEOPLE = select(Person.name, Person.organisation_id, Person.id).where(
    Person.name.in_(bindparam("names", expanding=True)))
# One round trip finds both the organisations (person id null) and the people already stored.
_PEOPLE_ROWS = select(cast(null(), String), Person.organisation_id, Person.name, Person.id).where(
    Person.name.in_(bindparam("names", expanding=True)))
_ORGS_AND_PEOPLE: CompoundSelect[str | None, int | None, str, int | None] = union_all(
    select(Organisation.slug, Organisation.id, Organisation.name, cast(null(), Integer)).where(
        Organisation.slug.in_(bindparam("slugs", expanding=True))),
    _PEOPLE_ROWS)


_INSERT_PEOPLE = insert(Person).returning(Person.name, Person.organisation_id, Person.id)
_INSERT_ATTENDANCE = insert(Attendance)


def store_attendance(session: Session, meeting: Meeting, ex: ExMeeting, document_id: int, *,
                      replace: bool) -> None:
    """Store who was present and absent (a few statements whatever the number of people)."""
    conn = session.connection()
    if replace:
        conn.execute(delete(Attendance).where(Attendance.meeting_id == meeting.id))
        _expire_collection(session, meeting, "attendance")
    people = [(a, True) for a in ex.present] + [(a, False) for a in ex.absent]
    if not people:
        return
    wanted = _wanted_organisations([a.organisation for a, _ in people if a.organisation])
    params = {"names": sorted({a.name[:300] for a, _ in people}), "slugs": [slugify(k) for k in wanted]}
    found: dict[str, tuple[int, str]] = {}
    known: dict[tuple[str, int | None], int] = {}
    rows = conn.execute(_ORGS_AND_PEOPLE if wanted else _PEOPLE_ROWS, params)
    for slug, some_id, name, person_id in rows:
        if person_id is None:
            found[slug] = (some_id, name)
        else:
            known[(name, some_id)] = person_id
    orgs = _settle_organisations(session, wanted, found) if wanted else {}

    def key(attendee: Attendee) -> tuple[str, int | None]:
        org_id = orgs.get(organisation_key(attendee.organisation)) if attendee.organisation else None
        return (attendee.name[:300], org_id)

    # Sorted, so that two ingests running at once insert shared people in the same order (no deadlock).
    missing = sorted({key(a) for a, _ in people if key(a) not in known}, key=lambda k: (k[0], k[1] or 0))
    if any(org_id is None for _, org_id in missing) and conn.dialect.name == "postgresql":
        # The unique constraint does not see two people without organisation as one: concurrent
        # ingests take turns (until commit) before adding such people, then look again.
        conn.execute(select(func.pg_advisory_xact_lock(PERSON_LOCK)))
        known = {(name, org_id): person_id for name, org_id, person_id in conn.execute(_PEOPLE, params)}
        missing = [k for k in missing if k not in known]
    if missing:
        added = conn.execute(_INSERT_PEOPLE, [{"name": name, "organisation_id": org_id} for name, org_id in missing])
        known.update({(name, org_id): person_id for name, org_id, person_id in added})
    conn.execute(_INSERT_ATTENDANCE, [
        {"meeting_id": meeting.id, "person_id": known[key(a)], "present": present,
         "read_name": a.name[:300], "role": a.role,
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
        body.organisation_id = resolve_organisations(session, [region])[organisation_key(region)]
        if "organisation" not in inspect(body).unloaded:
            session.expire(body, ["organisation"])  # loaded as None: read again from the id


# --- writing the fold back ---------------------------------------------------------------------


def publish_policy(confidence: float, settings: Settings | None) -> bool:
    policy = settings.web.auto_publish if settings else "high"
    return policy == "all" or (policy == "high" and confidence >= 0.7)


ITEM_COLUMNS = (AgendaItem.id, AgendaItem.position, AgendaItem.number, AgendaItem.title, AgendaItem.status,
                AgendaItem.target_when, AgendaItem.span_start, AgendaItem.span_end)


_INSERT_ITEMS = insert(AgendaItem).returning(*ITEM_COLUMNS)


def _item_row(row: Sequence[Any]) -> ItemRow:
    return ItemRow(*row)


def store_items(session: Session, meeting: Meeting, ex: Extraction, document_id: int, *,
                 replace: bool) -> tuple[ItemRow, ...]:
    """Store the items of a held meeting in one statement and return them (with their ids)."""
    conn = session.connection()
    if replace:
        conn.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
        _expire_collection(session, meeting, "items")
    if not ex.items:
        return ()
    rows = [
        {"meeting_id": meeting.id, "position": position, "number": item.number, "title": item.title,
         "status": str(item.status), "target_when": item.target.when, "target_body": item.target.body,
         "decisions": "\n".join(item.decisions) or None, "document_id": document_id,
         "span_start": item.span[0] if item.span else None, "span_end": item.span[1] if item.span else None}
        for position, item in enumerate(ex.items, 1)
    ]
    # One INSERT ... RETURNING for the lot; put back in position order here, as asking the database
    # for parameter order makes SQLite insert row by row.
    returned = conn.execute(_INSERT_ITEMS, rows)
    return tuple(sorted((_item_row(r) for r in returned), key=lambda item: item.position))


# The stored fields a secretary's correction of a field (planner.corrections) decides.
_CORRECTED_FIELDS = {"date": ("date", "month"), "status": ("status",), "deleted": ("status",)}


def store_slots(session: Session, body: Body, slots: list[Slot], docs: dict[int, Extraction], *,
                 now: dt.datetime, settings: Settings | None,
                 pinned: Mapping[str, Collection[str]] | None = None) -> dict[int, tuple[ItemRow, ...]]:
    """Write the slots to their rows (new rows for new slots); return the items stored, by meeting id.

    `pinned` maps a row's uid to the fields secretaries corrected: the minutes may say otherwise, but the
    corrections are applied again after the ingest (`corrections.apply_corrections`), so a difference there
    is no change a subscriber sees and raises no SEQUENCE (it did, and the re-applied correction once more).
    """
    stored: dict[int, tuple[ItemRow, ...]] = {}
    pinned = pinned or {}
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
        # A title is the minutes' first word for a row, kept after (secretaries correct it), except that a
        # placeholder ("Nästa möte") gives way once the meeting is held and named.
        renamed = row.title in PLACEHOLDER_TITLES and slot.title not in PLACEHOLDER_TITLES
        if created or slot.title and (not row.title or renamed):
            values["title"] = (slot.title or "")[:500] if isinstance(row, Event) else (slot.title[:500] if slot.title else None)
        if isinstance(row, Meeting):
            values.update(document_id=slot.document_id, source_document_id=row.source_document_id or slot.source_document_id)
        else:
            values.update(holder=slot.holder, document_id=row.document_id or slot.source_document_id)
        if created or row.span_start is None:
            values.update(span_start=slot.span[0] if slot.span else None, span_end=slot.span[1] if slot.span else None)
        # Unlike the announcement, the words of the latest change follow the fold: a refold without the minutes
        # that changed it (withdrawn, or a corrected version) gives the earlier words back.
        values.update(change_document_id=slot.change_document_id,
                      change_span_start=slot.change_span[0] if slot.change_span else None,
                      change_span_end=slot.change_span[1] if slot.change_span else None)
        dirty = any(getattr(row, k, None) != v for k, v in values.items())
        for name, value in values.items():
            setattr(row, name, value)
        kept = {f for name in pinned.get(row.uid, ()) for f in _CORRECTED_FIELDS.get(name, (name,))}
        observed = not created and any(before[n] != getattr(row, n) for n in before if n not in kept)
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
            if row.id is None:
                session.flush()  # the items need its id; a stored row's changes wait for the next flush
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


def _slot_rows(since: bool) -> Select[Meeting, Event]:
    """Return one query for a body's meetings and events (from `since` on, or undated): (meeting, None) or (None, event) rows."""
    meetings = select(literal(0).label("k"), Meeting.id.label("id")).where(Meeting.body_id == bindparam("body_id"))
    events = select(literal(1).label("k"), Event.id.label("id")).where(Event.body_id == bindparam("body_id"))
    if since:
        meetings = meetings.where(or_(Meeting.date >= bindparam("since"), Meeting.date.is_(None)))
        events = events.where(or_(Event.date >= bindparam("since"), Event.date.is_(None)))
    keys = union_all(meetings, events).subquery()
    return (select(Meeting, Event).select_from(keys)
            .outerjoin(Meeting, and_(keys.c.k == 0, Meeting.id == keys.c.id))
            .outerjoin(Event, and_(keys.c.k == 1, Event.id == keys.c.id))
            .order_by(keys.c.k, keys.c.id))


# Statements run for every document are built once (bound parameters): building and keying a
# statement costs more client time than the round trip of a small one.
_SLOT_ROWS = _slot_rows(False)
_SLOT_ROWS_SINCE = _slot_rows(True)


def load_slots(session: Session, body: Body, since: dt.date | None) -> list[Slot]:
    """Return the body's meetings and events (those from `since` on, or undated) as slots of the fold (one query)."""
    params = {"body_id": body.id, "since": since}
    rows: list[Meeting | Event] = []
    for meeting, event in session.execute(_SLOT_ROWS if since is None else _SLOT_ROWS_SINCE, params):
        row = meeting if meeting is not None else event
        if row is not None:
            rows.append(row)
    return [slot_from_row(r) for r in rows]


CARRY_COLUMNS = (CarryItem.id, CarryItem.title, CarryItem.reason, CarryItem.when, CarryItem.origin_meeting_id,
                 CarryItem.origin_item_number, CarryItem.origin_title, CarryItem.document_id, CarryItem.span_start,
                 CarryItem.span_end, CarryItem.state, CarryItem.times_postponed, CarryItem.not_handled,
                 CarryItem.closed_item_id, CarryItem.closed_reason, CarryItem.last_date)


_CARRIES = select(*CARRY_COLUMNS, Meeting.date).join(Meeting, CarryItem.origin_meeting_id == Meeting.id).where(
    CarryItem.body_id == bindparam("body_id")).order_by(CarryItem.id)
_OPEN_CARRIES = _CARRIES.where(CarryItem.state == CarryState.OPEN)


def load_carries(session: Session, body: Body, *, open_only: bool) -> list[OpenCarry]:
    """Return the body's carried items (the open ones, or all) in the order they were made, for the fold."""
    query = _OPEN_CARRIES if open_only else _CARRIES
    out = []
    for (row_id, title, reason, when, origin_meeting_id, origin_item_number, origin_title, document_id, span_start,
         span_end, state, times_postponed, not_handled, closed_item_id, closed_reason, last_date,
         origin_date) in session.connection().execute(query, {"body_id": body.id}):
        if origin_date is None:
            continue  # an origin meeting always has a date; guard for rows edited by hand
        out.append(OpenCarry(
            title=title, reason=reason, when=when, origin_meeting_id=origin_meeting_id, origin_date=origin_date,
            origin_item_number=origin_item_number, origin_title=origin_title or title, document_id=document_id,
            span=(span_start, span_end) if span_start is not None and span_end is not None else None,
            row_id=row_id, state=state, times_postponed=times_postponed, not_handled=not_handled,
            closed_item_id=closed_item_id, closed_reason=closed_reason, last_date=last_date,
        ))
    return out


def delete_carries(session: Session, ids: Sequence[int], *, steps_only: bool = False) -> None:
    """Delete carried items (or only their steps) by id, a chunk of ids per statement."""
    conn = session.connection()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        conn.execute(delete(CarryStep).where(CarryStep.carry_id.in_(chunk)))
        if not steps_only:
            conn.execute(delete(CarryItem).where(CarryItem.id.in_(chunk)))
    expire_rows(session, CarryItem, ids, gone=not steps_only)


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


_UPDATE_CARRY = update(CarryItem).where(CarryItem.id == bindparam("row_id"))
# Ids in the order of the rows: their steps follow.
_INSERT_CARRY = insert(CarryItem).returning(CarryItem.id, sort_by_parameter_order=True)
_INSERT_STEPS = insert(CarryStep)


def store_carries(session: Session, body: Body, carries: list[OpenCarry], candidates: list[Candidate],
                   latest_held: dt.date | None, *, now: dt.datetime) -> None:
    """Write the carried items the fold touched or made, and their new steps (a few statements in all)."""
    todo = [c for c in carries if c.touched or c.row_id is None]
    if not todo:
        return

    def values(carry: OpenCarry) -> dict[str, Any]:
        span = carry.span or (None, None)
        return {
            "title": carry.title, "reason": carry.reason, "when": carry.when,
            "origin_meeting_id": carry.origin_meeting_id, "origin_item_number": carry.origin_item_number,
            "origin_title": carry.origin_title, "last_date": carry.last_date, "state": carry.state,
            "times_postponed": carry.times_postponed, "not_handled": carry.not_handled,
            "closed_item_id": carry.closed_item_id, "closed_reason": carry.closed_reason,
            "document_id": carry.document_id, "span_start": span[0], "span_end": span[1],
            "target_meeting_id": (carry_target(candidates, carry, latest_held) if carry.state == CarryState.OPEN
                                  else None),
            "updated_at": now,
        }

    conn = session.connection()
    new = [c for c in todo if c.row_id is None]
    old = [c for c in todo if c.row_id is not None]
    if old:
        conn.execute(_UPDATE_CARRY, [{"row_id": c.row_id, **values(c)} for c in old])
        expire_rows(session, CarryItem, [c.row_id for c in old if c.row_id is not None])
    if new:
        ids = conn.scalars(_INSERT_CARRY, [{"body_id": body.id, "created_at": now, **values(c)} for c in new]).all()
        for carry, row_id in zip(new, ids, strict=True):
            carry.row_id = row_id
    steps = [step_values(step, carry.row_id, now) for carry in todo if carry.row_id is not None
             for step in carry.new_steps]
    if steps:
        conn.execute(_INSERT_STEPS, steps)
    for carry in todo:
        carry.new_steps.clear()


def step_values(step: Step, carry_id: int, now: dt.datetime) -> dict[str, Any]:
    """Return the row of one step of a carried item."""
    return {"carry_id": carry_id, "kind": str(step.kind), "meeting_id": step.meeting_id,
            "item_number": step.item_number, "note": step.note, "document_id": step.document_id,
            "span_start": step.span[0] if step.span else None, "span_end": step.span[1] if step.span else None,
            "at": now}


def held_meeting(session: Session, meeting: Meeting, carry: tuple[Carry, ...],
                 items: tuple[ItemRow, ...] | None = None) -> HeldMeeting:
    """Return a held meeting for the carry fold (its items read from the store unless given)."""
    if items is None:
        query = select(*ITEM_COLUMNS).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
        items = tuple(_item_row(r) for r in session.connection().execute(query))
    assert meeting.date is not None
    return HeldMeeting(meeting.id, meeting.date, meeting.document_id, items, carry)


