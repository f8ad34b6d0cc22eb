"""The extraction contract back from its JSON: stored documents and gold files become `Extraction`s.

Ingest keeps each document's `minutes-extraction/1` JSON; refolding a body reads it back here.
"""

from __future__ import annotations

from typing import Any

from planner.extract.model import (
    Attendee,
    Carry,
    CarryReason,
    EventKind,
    EventStatus,
    Extraction,
    Item,
    ItemStatus,
    Target,
)
from planner.extract.model import (
    Event as ExEvent,
)
from planner.extract.model import (
    Meeting as ExMeeting,
)


def _span(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if isinstance(value, (list, tuple)) and len(value) == 2 else None


def _attendee(obj: dict[str, Any]) -> Attendee:
    return Attendee(name=obj["name"], organisation=obj.get("organisation"), party=obj.get("party"),
                    role=obj.get("role"), span=_span(obj.get("span")))


def _kind(value: Any) -> EventKind:
    value = value[0] if isinstance(value, list) else value
    try:
        return EventKind(value)
    except ValueError:
        return EventKind.OTHER


def extraction_from_json(obj: dict[str, Any]) -> Extraction:
    """Rebuild an `Extraction` from its `minutes-extraction/1` JSON object."""
    m = obj.get("meeting") or {}
    meeting = ExMeeting(
        body=m.get("body"), date=m.get("date"), start=m.get("start"), end=m.get("end"), venue=m.get("venue"),
        online=m.get("online"), reference=m.get("reference"),
        present=tuple(_attendee(a) for a in m.get("present") or ()),
        absent=tuple(_attendee(a) for a in m.get("absent") or ()),
        spans={k: s for k, v in (m.get("spans") or {}).items() if (s := _span(v))},
    )
    items = tuple(
        Item(number=i.get("number"), title=i.get("title") or "", status=ItemStatus(i.get("status") or "handled"),
             target=Target(when=(i.get("target") or {}).get("when"), body=(i.get("target") or {}).get("body")),
             decisions=tuple(i.get("decisions") or ()), span=_span(i.get("span")),
             status_span=_span(i.get("status_span")))
        for i in obj.get("items") or ()
    )
    carry = tuple(
        Carry(from_item=c.get("from_item"), title=c["title"], reason=CarryReason(c["reason"]), when=c.get("when"),
              span=_span(c.get("span")))
        for c in obj.get("carry") or ()
    )
    events = tuple(
        ExEvent(kind=_kind(e["kind"]), title=e["title"], date=e["date"], span=_span(e.get("span")) or (0, 0),
                end_date=e.get("end_date"), start=e.get("start"), end=e.get("end"), venue=e.get("venue"),
                online=e.get("online"), theme=e.get("theme"), body=e.get("body"),
                tentative=bool(e.get("tentative", False)), status=EventStatus(e.get("status") or "planned"),
                moved_from=e.get("moved_from"), confidence=float(e.get("confidence", 0.8)))
        for e in obj.get("events") or ()
    )
    return Extraction(meeting=meeting, items=items, next_meeting=obj.get("next_meeting"), carry=carry,
                      events=events, source=obj.get("source"), warnings=tuple(obj.get("warnings") or ()))


