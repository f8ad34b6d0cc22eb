"""Values of the extraction contract `minutes-extraction/1`: frozen dataclasses and StrEnums.

Extraction steps return these; `Extraction.to_json()` gives the contract's JSON object.
Extra keys (spans of header fields, confidence, tentative, status) are additions that the
contract allows; the scorer ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA = "minutes-extraction/1"
EXTRACTION_VERSION = "1"

Span = tuple[int, int]


class ItemStatus(StrEnum):
    HANDLED = "handled"
    POSTPONED = "postponed"
    RETURNS = "returns"
    REFERRED = "referred"


class CarryReason(StrEnum):
    POSTPONED = "postponed"
    RETURNS = "returns"
    ANNOUNCED = "announced"


class EventKind(StrEnum):
    MEETING = "meeting"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    TRIP = "trip"
    DEADLINE = "deadline"
    MILESTONE = "milestone"
    OTHER = "other"


class EventStatus(StrEnum):
    """What the minutes say of a planned event: it stands, it was moved, or it is cancelled."""

    PLANNED = "planned"
    MOVED = "moved"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    organisation: str | None = None
    party: str | None = None
    role: str | None = None
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "organisation": self.organisation, "party": self.party,
                "role": self.role, "span": list(self.span) if self.span else None}


@dataclass(frozen=True, slots=True)
class Meeting:
    body: str | None = None
    date: str | None = None  # YYYY-MM-DD
    start: str | None = None  # HH:MM
    end: str | None = None
    venue: str | None = None
    online: str | None = None
    reference: str | None = None
    present: tuple[Attendee, ...] = ()
    absent: tuple[Attendee, ...] = ()
    # Evidence of each filled header field: {"date": (10, 20), ...}
    spans: dict[str, Span] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "body": self.body, "date": self.date, "start": self.start, "end": self.end,
            "venue": self.venue, "online": self.online, "reference": self.reference,
            "present": [a.to_json() for a in self.present],
            "absent": [a.to_json() for a in self.absent],
            "spans": {k: list(v) for k, v in self.spans.items()},
        }


@dataclass(frozen=True, slots=True)
class Target:
    when: str | None = None  # "next", "YYYY-MM", "YYYY-MM-DD" or None
    body: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"when": self.when, "body": self.body}


@dataclass(frozen=True, slots=True)
class Item:
    number: str | None
    title: str
    status: ItemStatus = ItemStatus.HANDLED
    target: Target = field(default_factory=Target)
    decisions: tuple[str, ...] = ()
    span: Span | None = None  # the heading
    status_span: Span | None = None  # the phrase that gave the status

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title or None, "status": str(self.status),
                "target": self.target.to_json(), "decisions": list(self.decisions),
                "span": list(self.span) if self.span else None,
                "status_span": list(self.status_span) if self.status_span else None}


@dataclass(frozen=True, slots=True)
class Carry:
    from_item: str | None
    title: str
    reason: CarryReason
    when: str | None = None
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"from_item": self.from_item, "title": self.title, "reason": str(self.reason),
                "when": self.when, "span": list(self.span) if self.span else None}


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    title: str
    date: str  # YYYY-MM-DD or YYYY-MM
    span: Span
    end_date: str | None = None
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    online: str | None = None
    theme: str | None = None
    body: str | None = None
    # Preliminary or one of several alternatives ("preliminärt", "Sjunde eller Fjortonde").
    tentative: bool = False
    status: EventStatus = EventStatus.PLANNED
    # For a moved event: the date it had before ("flyttas från den 2 maj till den 9 maj").
    moved_from: str | None = None
    # 0..1: how sure the rules are that this is a real, correctly dated future event.
    confidence: float = 0.8

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind), "title": self.title, "date": self.date, "end_date": self.end_date,
            "start": self.start, "end": self.end, "venue": self.venue, "online": self.online,
            "theme": self.theme, "body": self.body, "span": list(self.span),
            "tentative": self.tentative, "status": str(self.status), "moved_from": self.moved_from,
            "confidence": round(self.confidence, 2),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    meeting: Meeting
    items: tuple[Item, ...] = ()
    next_meeting: str | None = None
    carry: tuple[Carry, ...] = ()
    events: tuple[Event, ...] = ()
    source: str | None = None
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "meeting": self.meeting.to_json(),
            "items": [i.to_json() for i in self.items],
            "next_meeting": self.next_meeting,
            "carry": [c.to_json() for c in self.carry],
            "events": [e.to_json() for e in self.events],
            "warnings": list(self.warnings),
            "extraction_version": EXTRACTION_VERSION,
        }
