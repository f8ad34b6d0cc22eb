"""Secretaries' corrections of extracted facts: record them (who, when, old -> new) and re-apply them.

A correction is stored against a key that survives re-ingest (a meeting's or event's UID), so
`apply_corrections(session, document)` can run after every ingest of a document and the
secretary's word wins over a re-extraction. Feeds and reminders read the corrected rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner import attendees
from planner.carry import CARRIED_STATUSES
from planner.extract.model import CarryReason, EventKind, EventStatus, ItemStatus
from planner.store import (
    AgendaItem,
    CarryItem,
    CarryState,
    CarryStep,
    CarryStepKind,
    Document,
    Event,
    Meeting,
    MeetingStatus,
    runs_past_midnight,
)
from planner.webmodels import Correction, User

Entity = Meeting | Event | AgendaItem | CarryItem

# Fields a secretary may correct, per entity, with their type.
FIELDS: dict[str, dict[str, str]] = {
    "meeting": {"date": "date", "start": "time", "end": "time", "venue": "text", "online": "text",
                "status": "text", "tentative": "bool", "published": "bool"},
    "event": {"date": "date", "start": "time", "end": "time", "venue": "text", "title": "text",
              "kind": "text", "status": "text", "tentative": "bool", "published": "bool", "deleted": "bool"},
    "agenda_item": {"status": "text", "title": "text"},
    "carry_item": {"state": "text", "closed_reason": "text"},
}
# The values a field of fixed choices may take; a form or API client that sends another would store a
# status no page or feed knows.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("meeting", "status"): tuple(MeetingStatus),
    ("event", "status"): tuple(EventStatus),
    ("event", "kind"): tuple(EventKind),
    ("agenda_item", "status"): tuple(ItemStatus),
    ("carry_item", "state"): tuple(CarryState),
}
# Text fields that cannot be emptied (NOT NULL columns) and the longest text each column holds.
REQUIRED = {("event", "title"), ("agenda_item", "title"), ("event", "kind"), ("meeting", "status"),
            ("event", "status"), ("agenda_item", "status"), ("carry_item", "state")}
MAX_LENGTH = {("meeting", "venue"): 500, ("meeting", "online"): 100, ("event", "venue"): 500, ("event", "title"): 500}
# Changes to these make calendar clients update their copy (SEQUENCE goes up).
_SCHEDULE_FIELDS = {"date", "start", "end", "venue", "online", "status", "title", "tentative", "deleted"}


# The years a corrected date may fall in: those with a month page (planner.views), and within what
# every calendar program reads (a meeting in year 9999 broke a feed reader's recurrence arithmetic).
DATE_YEARS = (1900, 2200)


class CorrectionError(ValueError):
    """A value that cannot be stored in the field (message in Swedish: shown in the form)."""


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: str | None
    new: str | None


def entity_name(obj: Entity) -> str:
    """Return the entity word stored in Correction.entity for a row."""
    return {Meeting: "meeting", Event: "event", AgendaItem: "agenda_item", CarryItem: "carry_item"}[type(obj)]


def entity_key(obj: Entity) -> str:
    """Return the key of a row that survives re-ingest of its document."""
    if isinstance(obj, (Meeting, Event)):
        return obj.uid
    if isinstance(obj, AgendaItem):
        return f"{obj.meeting.uid}#{obj.position}"
    return str(obj.id)


def format_value(value: Any) -> str | None:
    """Return the text form of a field value as stored in a correction."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_value(kind: str, text: str | None) -> Any:
    """Parse the text form of a value of type `kind` (date, time, bool, text); empty means None."""
    text = (text or "").strip()
    if not text:
        return False if kind == "bool" else None
    try:
        if kind == "date":
            return dt.date.fromisoformat(text)
        if kind == "time":
            return dt.time.fromisoformat(text.replace(".", ":"))
    except ValueError:
        word = "datum (ÅÅÅÅ-MM-DD)" if kind == "date" else "klockslag (TT:MM)"
        raise CorrectionError(f"Ogiltigt värde {text!r}: ange ett {word}.") from None
    if kind == "bool":
        return text.lower() in ("true", "1", "on", "ja")
    return text


def check_value(entity: str, field: str, value: Any) -> None:
    """Refuse a value the field cannot hold (CorrectionError, in Swedish): an empty required field, an
    unknown status or kind, a date outside DATE_YEARS, a text longer than its column."""
    label = {"title": "Rubriken", "venue": "Platsen", "online": "Digitalt", "kind": "Typen", "status": "Status",
             "state": "Läget"}.get(field, field)
    if (entity, field) in REQUIRED and (value is None or isinstance(value, str) and attendees.is_blank(value)):
        raise CorrectionError(f"{label} måste fyllas i.")
    choices = CHOICES.get((entity, field))
    if choices is not None and value is not None and value not in choices:
        raise CorrectionError(f"Ogiltigt värde {value!r}: välj ett av alternativen.")
    if isinstance(value, dt.date) and not DATE_YEARS[0] <= value.year <= DATE_YEARS[1]:
        raise CorrectionError(f"Ogiltigt värde {value.isoformat()!r}: ange ett datum mellan år {DATE_YEARS[0]} "
                              f"och {DATE_YEARS[1]}.")
    limit = MAX_LENGTH.get((entity, field))
    if limit is not None and isinstance(value, str) and len(value) > limit:
        raise CorrectionError(f"{label} får vara högst {limit} tecken (nu {len(value)}).")


def _set(obj: Entity, field: str, value: Any, *, now: dt.datetime, step: bool = True) -> bool:
    """Set one field; return whether the row changed. `deleted` cancels an event.

    A change of a meeting's or event's schedule raises its SEQUENCE one step, unless `step` is False:
    a correction re-applied after an ingest restores what that ingest wrote over, and the ingest counted
    that as its change already (`storewrite.store_slots`, `cancel_unclaimed`).
    """
    if field == "deleted":
        assert isinstance(obj, Event)
        if not value or obj.status in ("deleted", "cancelled"):
            return False
        # A false event that subscribers may already hold is cancelled so their copies go away.
        obj.status = "cancelled" if obj.published else "deleted"
        obj.cancelled_at = now
    else:
        if getattr(obj, field) == value:
            return False
        setattr(obj, field, value)
        if field == "date" and isinstance(obj, (Meeting, Event)) and value is not None:
            obj.month = None  # a known day replaces a month-only date
        if field == "status" and isinstance(obj, (Meeting, Event)) and value == "cancelled":
            obj.cancelled_at = now
    if isinstance(obj, (Meeting, Event)):
        if field in _SCHEDULE_FIELDS and step:
            obj.sequence = (obj.sequence or 0) + 1
        obj.updated_at = now
    elif isinstance(obj, CarryItem):
        obj.updated_at = now
    else:
        # An item has no `updated_at`: its meeting's stands for it, as for the attendance. The feeds
        # are cached by the store's latest change, and the next meeting's draft agenda in them repeats
        # the titles of the last meeting's standing items.
        obj.meeting.updated_at = now
    return True


def correct(session: Session, obj: Entity, values: Mapping[str, str | None], *, user: User | None,
            document: Document | None, now: dt.datetime) -> list[Change]:
    """Apply a secretary's values to a row and record each real change as a Correction.

    `values` maps field names to their text form (as from a form); unchanged fields are ignored.
    """
    name = entity_name(obj)
    kinds = FIELDS[name]
    changes: list[Change] = []
    for field, text in values.items():
        if field not in kinds:
            raise CorrectionError(f"Fältet {field!r} kan inte rättas.")
        value = parse_value(kinds[field], text)
        check_value(name, field, value)
        if field == "date" and value is None and isinstance(obj, Meeting | Event) and obj.month is None:
            # Nothing would say when it is: no page, feed or reminder could place it.
            raise CorrectionError("Datumet måste fyllas i (det finns ingen månad att falla tillbaka på).")
        old = False if field == "deleted" else getattr(obj, field)
        if field != "deleted" and old == value:
            continue
        if not _set(obj, field, value, now=now):
            continue
        change = Change(field, format_value(old), format_value(value))
        changes.append(change)
        session.add(Correction(user_id=user.id if user else None, document_id=document.id if document else None,
                               entity=name, entity_key=entity_key(obj), field=field,
                               old_value=change.old, new_value=change.new, at=now))
        if isinstance(obj, AgendaItem) and field == "status":
            sync_item_carry(session, obj, now=now)
        if isinstance(obj, AgendaItem) and field == "title" and isinstance(old, str):
            sync_item_title(session, obj, old, now=now)
    if {"start", "end"} & {c.field for c in changes} and isinstance(obj, Meeting | Event):
        check_times(obj)
    return changes


def check_times(obj: Meeting | Event) -> None:
    """Refuse (CorrectionError) an end earlier than the start on the same day, unless it runs past midnight
    (`store.runs_past_midnight`, as the feeds read it)."""
    start, end = obj.start, obj.end
    if start is None or end is None or end >= start or (obj.end_date not in (None, obj.date)):
        return
    if not runs_past_midnight(start, end):
        raise CorrectionError(f"Sluttiden {end:%H:%M} är före starttiden {start:%H:%M}.")


def sync_item_title(session: Session, item: AgendaItem, old: str, *, now: dt.datetime) -> None:
    """Give an item's corrected title to the carried item it raised (a topic announced inside the item,
    carried under a title of its own, keeps that), so that the draft agenda shows it and a later
    meeting's item is matched with it.

    A carried item that changes gets `updated_at = now`: feeds are cached by the store's latest
    `updated_at`, and the next meeting's draft agenda in them shows the title.
    """
    query = select(CarryItem).where(CarryItem.origin_meeting_id == item.meeting_id)
    query = query.where(CarryItem.origin_item_number == item.number) if item.number else query.where(
        CarryItem.title == old)
    for carry in session.scalars(query):
        if carry.reason != CarryReason.ANNOUNCED or carry.title == old:
            if carry.title != item.title:
                carry.title = item.title
                carry.updated_at = now
            if carry.origin_title == old:
                carry.origin_title = item.title


def sync_item_carry(session: Session, item: AgendaItem, *, now: dt.datetime) -> None:
    """Make the carried items agree with an item's corrected status.

    A postponed or returning item gets an open carried item (so the next agenda lists it); an item
    corrected to handled or referred loses the carried item that was read by mistake.
    """
    meeting = item.meeting
    query = select(CarryItem).where(CarryItem.origin_meeting_id == meeting.id)
    query = query.where(CarryItem.origin_item_number == item.number) if item.number else query.where(
        CarryItem.title == item.title)
    existing = session.scalars(query).all()
    if item.status not in CARRIED_STATUSES:
        for carry in existing:
            if carry.state == "open":
                _drop_first_step(session, carry, meeting, now=now)
        return
    if existing:
        for carry in existing:
            if carry.reason != item.status:  # the provenance in the draft agenda says it: "Återkommer ..."
                carry.reason = item.status
                carry.updated_at = now
        return
    target = None
    if meeting.date is not None:
        target = session.scalars(select(Meeting.id).where(
            Meeting.body_id == meeting.body_id, Meeting.date > meeting.date, Meeting.status == "planned")
            .order_by(Meeting.date)).first()
    carry = CarryItem(body_id=meeting.body_id, title=item.title, origin_title=item.title, reason=item.status,
                      when=item.target_when or "next", origin_meeting_id=meeting.id,
                      origin_item_number=item.number, target_meeting_id=target, document_id=item.document_id,
                      span_start=item.span_start, span_end=item.span_end,
                      times_postponed=1 if item.status == "postponed" else 0, created_at=now, updated_at=now)
    session.add(carry)
    session.flush()
    session.add(CarryStep(carry_id=carry.id, kind="postponed" if item.status == "postponed" else "returned",
                          meeting_id=meeting.id, item_number=item.number, document_id=item.document_id,
                          span_start=item.span_start, span_end=item.span_end, at=now))


def _drop_first_step(session: Session, carry: CarryItem, meeting: Meeting, *, now: dt.datetime) -> None:
    """Take back the carrying of an item from `meeting`, whose item a secretary corrected to handled.

    A later meeting that put the item off again carries it on from there, as a refold of the minutes
    with the corrected status does; with none, the carried item goes.
    """
    later = sorted(((st.meeting.date or dt.date.max, st.id, st) for st in carry.steps
                    if st.meeting is not None and st.meeting_id != meeting.id
                    and st.kind in (CarryStepKind.POSTPONED, CarryStepKind.RETURNED)), key=lambda x: x[:2])
    if not later:
        session.delete(carry)
        return
    first = later[0][2]
    for step in [st for st in carry.steps if st.meeting_id == meeting.id]:
        session.delete(step)
    carry.origin_meeting_id, carry.origin_item_number = first.meeting_id, first.item_number
    carry.document_id, carry.span_start, carry.span_end = first.document_id, first.span_start, first.span_end
    carry.reason = "postponed" if first.kind == CarryStepKind.POSTPONED else "returns"
    carry.times_postponed = sum(st.kind == CarryStepKind.POSTPONED for _, _, st in later)
    carry.updated_at = now


def corrected_items(session: Session, meetings: Iterable[Meeting]) -> dict[int, dict[int, dict[str, str]]]:
    """Return the titles and statuses secretaries gave agenda items of `meetings`: meeting id -> item
    position -> field -> value.

    A refold of the body's minutes reads the items from the minutes again; it folds the carried
    items with these, so that a correction to postponed carries the item on from its meeting (and one
    to handled closes nothing it did not raise), and a corrected title is the one a later meeting's
    item is matched with.
    """
    by_uid = {m.uid: m.id for m in meetings}
    if not by_uid:
        return {}
    rows = session.scalars(select(Correction).where(Correction.entity == "agenda_item",
                                                    Correction.field.in_(("status", "title")))
                           .order_by(Correction.at, Correction.id))
    out: dict[int, dict[int, dict[str, str]]] = {}
    for c in rows:
        key = _item_key(c.entity_key)
        if key is not None and key[0] in by_uid and c.new_value:
            out.setdefault(by_uid[key[0]], {}).setdefault(key[1], {})[c.field] = c.new_value  # the latest wins
    return out


def _item_key(key: str) -> tuple[str, int] | None:
    """The meeting uid and item position of an agenda item's `entity_key` ("<uid>#<position>"), or None."""
    uid, _, position = key.rpartition("#")
    return (uid, int(position)) if position.isdigit() else None


def document_id_of(row: Entity) -> int | None:
    """Return the id of the minutes a row comes from: its own, or for a planned meeting those that announced it."""
    if isinstance(row, Meeting) and row.document_id is None:
        return row.source_document_id
    return row.document_id


def find_entity(session: Session, entity: str, key: str) -> Entity | None:
    """Return the row a correction's (`entity`, `entity_key`) names, or None when it is gone."""
    if entity == "meeting":
        return session.scalars(select(Meeting).where(Meeting.uid == key)).first()
    if entity == "event":
        return session.scalars(select(Event).where(Event.uid == key)).first()
    if entity == "agenda_item":
        item_key = _item_key(key)
        if item_key is None:
            return None
        return session.scalars(
            select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.uid == item_key[0], AgendaItem.position == item_key[1])
        ).first()
    if entity == "carry_item" and key.isdigit():
        return session.get(CarryItem, int(key))
    return None


def _touched_bodies(session: Session, document: Document) -> set[int]:
    """Return the bodies whose rows an ingest of `document` may have rewritten."""
    ids = set(session.scalars(select(Meeting.body_id).where(
        or_(Meeting.document_id == document.id, Meeting.source_document_id == document.id))))
    ids |= {i for i in session.scalars(select(Event.body_id).where(Event.document_id == document.id)) if i is not None}
    return ids


def apply_corrections(session: Session, document: Document, *, now: dt.datetime | None = None) -> int:
    """Re-apply the corrections that an ingest of `document` may have overwritten; return how many changed a row.

    Call it after every (re-)ingest of `document`, in the same transaction. An ingest may refold
    every meeting of the body, so the corrections of all documents of the bodies it touched are
    re-applied, and those of the body's carried items (made in the agenda editor).
    """
    now = now or dt.datetime.now(dt.UTC)
    bodies = _touched_bodies(session, document)
    doc_ids = {document.id} | set(
        session.scalars(select(Document.id).where(Document.superseded_by_id == document.id)))
    return _reapply(session, bodies, doc_ids, now=now)


def apply_body_corrections(session: Session, bodies: Iterable[int], *, now: dt.datetime) -> int:
    """Re-apply the corrections of the bodies' documents and carried items after a refold that no new
    document caused (minutes withdrawn); return how many changed a row."""
    return _reapply(session, set(bodies), set(), now=now)


def _reapply(session: Session, bodies: set[int], doc_ids: set[int], *, now: dt.datetime) -> int:
    """Re-apply the latest correction of each field of the rows of `doc_ids` and of the bodies' documents."""
    if bodies:
        doc_ids |= {i for i in session.scalars(select(Meeting.document_id).where(Meeting.body_id.in_(bodies)))
                    if i is not None}
        doc_ids |= {i for i in session.scalars(select(Meeting.source_document_id)
                                               .where(Meeting.body_id.in_(bodies))) if i is not None}
        doc_ids |= {i for i in session.scalars(select(Event.document_id).where(Event.body_id.in_(bodies)))
                    if i is not None}
    carry_keys = [str(i) for i in session.scalars(select(CarryItem.id).where(CarryItem.body_id.in_(bodies)))]
    corrections = session.scalars(
        select(Correction).where(or_(Correction.document_id.in_(doc_ids),
                                     (Correction.entity == "carry_item") & Correction.entity_key.in_(carry_keys)))
        .order_by(Correction.at, Correction.id)
    ).all()
    latest: dict[tuple[str, str, str], Correction] = {}
    for c in corrections:
        latest[(c.entity, c.entity_key, c.field)] = c
    changed = 0
    for (entity, key, field), c in latest.items():
        obj = find_entity(session, entity, key)
        kind = FIELDS.get(entity, {}).get(field)
        if obj is None or kind is None:
            continue
        before = getattr(obj, field, None)
        # Only a field the ingest (or refold) just wrote over differs here: the store raised the row's SEQUENCE
        # for that already, and restoring the secretary's value is the same change seen once (one step, not two).
        if _set(obj, field, parse_value(kind, c.new_value), now=now, step=False):
            changed += 1
        if isinstance(obj, AgendaItem) and field == "status":
            sync_item_carry(session, obj, now=now)  # a refold recomputed the carry from the minutes
        if isinstance(obj, AgendaItem) and field == "title" and isinstance(before, str):
            sync_item_title(session, obj, before, now=now)
        if isinstance(obj, CarryItem) and field == "state" and c.new_value in ("closed", "dropped"):
            # a refold rewrites the history from the minutes: keep the secretary's step in it
            step_kind = "handled" if c.new_value == "closed" else "dropped"
            session.flush()
            session.expire(obj, ["steps"])
            if not any(st.kind == step_kind for st in obj.steps):
                reason = latest.get((entity, key, "closed_reason"))
                session.add(CarryStep(carry_id=obj.id, kind=step_kind, note=reason.new_value if reason else None,
                                      at=c.at))
    # The attendance lists an ingest wrote again from the minutes (planner.attendees keeps its own fields).
    changed += attendees.reapply(session, corrections, now=now)
    return changed


def history(session: Session, obj: Entity) -> list[Correction]:
    """Return the corrections of a row, oldest first."""
    return list(session.scalars(
        select(Correction).where(Correction.entity == entity_name(obj), Correction.entity_key == entity_key(obj))
        .order_by(Correction.at, Correction.id)
    ))
