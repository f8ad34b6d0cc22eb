"""Secretaries' corrections of attendance lists: change, remove or add an attendee, and re-apply them.

The sibling of `planner.corrections` for who was present and absent. A correction is a `Correction`
row with entity "attendance" and the key "<meeting uid>#<name as read>" (whitespace collapsed; compared
without regard to case), so it names the same attendee after a re-ingest of the same minutes or of a
corrected version: the ingest stores the name as read in `Attendance.read_name`. Fields:

- `name`, `organisation`, `role`: text; `present`: "true"/"false";
- `listed`: "false" removes a false attendee (a title, a heading), "true" adds a missing one.

People and organisations are shared rows (a Person is unique by name and organisation): a corrected name
or organisation points the attendance at another Person, found or added, and never renames one.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.bodies import organisation_key
from planner.store import Attendance, Meeting, Person
from planner.webmodels import Correction, User

ENTITY = "attendance"
FIELDS = ("name", "organisation", "role", "present", "listed")
# The longest text each column holds (person.name, organisation.name, attendance.role).
MAX_LENGTH = {"name": 300, "organisation": 300, "role": 200}
_LABELS = {"name": "Namnet", "organisation": "Organisationen", "role": "Rollen"}


class AttendeeError(ValueError):
    """A correction of an attendee that cannot be made (message in Swedish: shown in the form)."""


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: str | None
    new: str | None


def clean_name(text: str | None) -> str:
    """Return a name with its whitespace collapsed (as keys and people are stored)."""
    return " ".join((text or "").split())


def attendee_key(meeting: Meeting, name: str) -> str:
    """Return the correction key of the attendee of `meeting` read (or added) as `name`."""
    return f"{meeting.uid}#{clean_name(name)[:240]}"


def row_key(row: Attendance) -> str:
    """Return the correction key of an attendance row: its name as read, not as corrected."""
    return attendee_key(row.meeting, row.read_name or row.person.name)


def _fold(key: str) -> str:
    return key.casefold()


def _organisation_name(row: Attendance) -> str | None:
    return row.person.organisation.name if row.person.organisation else None


def _bool(value: bool) -> str:
    return "true" if value else "false"


def is_blank(text: str | None) -> bool:
    """Tell whether a text shows nothing: empty, or white space and invisible characters only.

    A zero-width space, a soft hyphen or a word joiner is no white space, yet a name or title of
    them alone is as blank as an empty one: a page or a calendar would show nothing.
    """
    return not any(unicodedata.category(c)[0] not in "CZ" for c in text or "")


def check_text(field: str, value: str | None) -> str | None:
    """Return the cleaned value of a text field, or refuse it (AttendeeError): an empty name, a text too long."""
    cleaned = clean_name(value) or None
    if field == "name" and is_blank(cleaned):
        raise AttendeeError("Namnet måste fyllas i.")
    limit = MAX_LENGTH[field]
    if cleaned is not None and len(cleaned) > limit:
        raise AttendeeError(f"{_LABELS[field]} får vara högst {limit} tecken (nu {len(cleaned)}).")
    return cleaned


def organisation_id_for(session: Session, name: str | None) -> int | None:
    """Return the id of the organisation so named (found by its key, or added); None for no organisation."""
    from planner.storewrite import resolve_organisations

    if not name:
        return None
    key = organisation_key(name)
    org_id = resolve_organisations(session, [name]).get(key) if key else None
    if org_id is None:
        raise AttendeeError(f"Organisationen {name!r} går inte att läsa: skriv dess namn, t.ex. 'Lessebo kommun'.")
    return org_id


def person_for(session: Session, name: str, organisation_id: int | None) -> Person:
    """Return the Person of that name and organisation, added when there is none (never renaming one)."""
    from planner.storewrite import PERSON_LOCK

    def find() -> Person | None:
        org = (Person.organisation_id.is_(None) if organisation_id is None
               else Person.organisation_id == organisation_id)
        return session.scalars(select(Person).where(Person.name == name, org).order_by(Person.id)).first()

    person = find()
    if person is None and organisation_id is None and session.connection().dialect.name == "postgresql":
        # As the ingest does: the unique constraint does not see two people without organisation as one.
        session.execute(select(func.pg_advisory_xact_lock(PERSON_LOCK)))
        person = find()
    if person is None:
        person = Person(name=name, organisation_id=organisation_id)
        session.add(person)
        session.flush()
    return person


def _taken(meeting: Meeting, name: str, *, besides: Attendance | None = None) -> bool:
    folded = name.casefold()
    return any(r is not besides and r.person.name.casefold() == folded for r in meeting.attendance)


def _record(session: Session, meeting: Meeting, key: str, change: Change, *, user: User | None,
            now: dt.datetime) -> None:
    from planner.corrections import document_id_of

    session.add(Correction(user_id=user.id if user else None, document_id=document_id_of(meeting), entity=ENTITY,
                           entity_key=key, field=change.field, old_value=change.old, new_value=change.new, at=now))


def correct_attendee(session: Session, row: Attendance, values: Mapping[str, str | None], *, user: User | None,
                     now: dt.datetime) -> list[Change]:
    """Apply a secretary's values (name, organisation, role, present: as from a form) to an attendee and
    record each real change as a Correction; unchanged values and fields not given are left alone."""
    unknown = set(values) - {"name", "organisation", "role", "present"}
    if unknown:
        raise AttendeeError(f"Fältet {min(unknown)!r} kan inte rättas.")
    meeting = row.meeting
    key = row_key(row)
    changes: list[Change] = []
    name, org_name, org_id = row.person.name, _organisation_name(row), row.person.organisation_id
    if "name" in values:
        new_name = check_text("name", values["name"])
        assert new_name is not None
        if new_name != name:
            if _taken(meeting, new_name, besides=row):
                raise AttendeeError(f"{new_name} finns redan på närvarolistan.")
            changes.append(Change("name", name, new_name))
            name = new_name
    if "organisation" in values:
        new_org = check_text("organisation", values["organisation"])
        same = (new_org is None and org_name is None) or (
            new_org is not None and org_name is not None and organisation_key(new_org) == organisation_key(org_name))
        if not same:
            org_id = organisation_id_for(session, new_org)
            changes.append(Change("organisation", org_name, new_org))
    if "role" in values:
        role = check_text("role", values["role"])
        if role != row.role:
            changes.append(Change("role", row.role, role))
            row.role = role
    if "present" in values:
        present = (values["present"] or "").strip().lower() in ("true", "1", "on", "ja")
        if present != row.present:
            changes.append(Change("present", _bool(row.present), _bool(present)))
            row.present = present
    if name != row.person.name or org_id != row.person.organisation_id:
        row.person = person_for(session, name, org_id)
    for change in changes:
        _record(session, meeting, key, change, user=user, now=now)
    if changes:
        meeting.updated_at = now  # the feeds' cache and an organisation's scope read the attendance
    return changes


def remove_attendee(session: Session, row: Attendance, *, user: User | None, now: dt.datetime) -> Change:
    """Remove a false attendee (a title or heading read as a person) and record it."""
    meeting = row.meeting
    change = Change("listed", "true", "false")
    _record(session, meeting, row_key(row), change, user=user, now=now)
    meeting.attendance.remove(row)
    session.delete(row)
    meeting.updated_at = now
    return change


def add_attendee(session: Session, meeting: Meeting, name: str | None, organisation: str | None = None,
                 role: str | None = None, *, present: bool = True, user: User | None,
                 now: dt.datetime) -> tuple[Attendance, list[Change]]:
    """Add an attendee the minutes were read without, and record it (name, organisation, role, present)."""
    clean = check_text("name", name)
    assert clean is not None
    org = check_text("organisation", organisation)
    role_text = check_text("role", role)
    if _taken(meeting, clean) or any(_fold(row_key(r)) == _fold(attendee_key(meeting, clean))
                                     for r in meeting.attendance):
        raise AttendeeError(f"{clean} finns redan på närvarolistan.")
    row = Attendance(meeting=meeting, person=person_for(session, clean, organisation_id_for(session, org)),
                     present=present, read_name=clean, role=role_text, document_id=meeting.document_id)
    session.add(row)
    changes = [Change("listed", None, "true"), Change("name", None, clean), Change("present", None, _bool(present))]
    if org:
        changes.append(Change("organisation", None, org))
    if role_text:
        changes.append(Change("role", None, role_text))
    key = attendee_key(meeting, clean)
    for change in changes:
        _record(session, meeting, key, change, user=user, now=now)
    meeting.updated_at = now
    session.flush()
    return row, changes


def _find_row(meeting: Meeting, folded_key: str) -> Attendance | None:
    """The attendee of `meeting` whose key (`row_key`, folded) is `folded_key`; the first stored of several."""
    rows = sorted((r for r in meeting.attendance if _fold(row_key(r)) == folded_key), key=lambda r: r.id or 0)
    return rows[0] if rows else None


def reapply(session: Session, corrections: Iterable[Correction], *, now: dt.datetime) -> int:
    """Re-apply attendance corrections (oldest first) after an ingest rewrote the lists; return how many
    attendees changed. The latest value of each field of each attendee wins."""
    latest: dict[str, dict[str, Correction]] = {}
    uids: dict[str, str] = {}
    for c in corrections:
        if c.entity != ENTITY or c.field not in FIELDS:
            continue
        uid, sep, name = c.entity_key.partition("#")
        if not sep or not name:
            continue
        folded = _fold(c.entity_key)
        uids[folded] = uid
        latest.setdefault(folded, {})[c.field] = c
    changed = 0
    meetings: dict[str, Meeting | None] = {}
    for folded, fields in latest.items():
        uid = uids[folded]
        if uid not in meetings:
            meetings[uid] = session.scalars(select(Meeting).where(Meeting.uid == uid)).first()
        meeting = meetings[uid]
        if meeting is None:
            continue
        row = _find_row(meeting, folded)
        if _applied(session, meeting, row, {f: c.new_value for f, c in fields.items()}):
            meeting.updated_at = now
            changed += 1
    return changed


def _applied(session: Session, meeting: Meeting, row: Attendance | None, values: Mapping[str, str | None]) -> bool:
    """Give an attendee (or its absence) the corrected values; return whether anything changed."""
    listed = values.get("listed")
    if listed == "false":
        if row is None:
            return False
        meeting.attendance.remove(row)
        session.delete(row)
        return True
    changed = False
    if row is None:
        name = values.get("name")
        if listed != "true" or not name:
            return False  # an attendee the minutes no longer list: nothing to correct
        try:
            person = person_for(session, name, organisation_id_for(session, values.get("organisation")))
        except AttendeeError:
            return False
        row = Attendance(meeting=meeting, person=person, present=values.get("present") != "false", read_name=name,
                         role=values.get("role"), document_id=meeting.document_id)
        session.add(row)
        return True
    name = values.get("name") or row.person.name
    org_id = row.person.organisation_id
    if "organisation" in values:
        try:
            org_id = organisation_id_for(session, values["organisation"])
        except AttendeeError:
            pass
    if name != row.person.name or org_id != row.person.organisation_id:
        row.person = person_for(session, name, org_id)
        changed = True
    if "role" in values and values["role"] != row.role:
        row.role = values["role"]
        changed = True
    if "present" in values and values["present"] in ("true", "false") and (values["present"] == "true") != row.present:
        row.present = values["present"] == "true"
        changed = True
    return changed
