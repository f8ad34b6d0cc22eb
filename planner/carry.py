"""The lifecycle of deferred items: carried from meeting to meeting until handled.

The held meetings of a body are folded in date order. At each, every open carried item is
matched (fuzzy title match on normalised Swedish words) against the meeting's items: handled
closes it with a link to the item; postponed again carries it on and counts; absent from a
meeting it was due at leaves it open and flags it "ej behandlad". Then the meeting's own carry
list raises new items. Each step is recorded with the document and span it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from planner.extract.model import Carry as ExCarry
from planner.extract.model import CarryReason
from planner.store import CarryState, CarryStepKind
from planner.words_match import similarity

MATCH = 0.6
CARRIED_STATUSES = ("postponed", "returns")  # an item of these is carried on to a later meeting
_FIRST_STEP = {"postponed": CarryStepKind.POSTPONED, "returns": CarryStepKind.RETURNED,
               "announced": CarryStepKind.ANNOUNCED}


@dataclass(slots=True)
class Step:
    kind: str
    meeting_id: int | None
    meeting_date: dt.date | None
    item_number: str | None
    note: str | None
    document_id: int | None
    span: tuple[int, int] | None


@dataclass(slots=True)
class OpenCarry:
    """A carried item as the fold sees it (`row_id` is the stored row, when there is one)."""

    title: str
    reason: str
    when: str | None
    origin_meeting_id: int | None
    origin_date: dt.date
    origin_item_number: str | None
    origin_title: str
    document_id: int | None
    span: tuple[int, int] | None
    row_id: int | None = None
    state: str = CarryState.OPEN
    times_postponed: int = 0
    not_handled: bool = False
    closed_item_id: int | None = None
    closed_reason: str | None = None
    last_date: dt.date | None = None  # the meeting that last put it forward
    steps: list[Step] = field(default_factory=list)
    new_steps: list[Step] = field(default_factory=list)
    touched: bool = False

    def key(self) -> tuple[int | None, str, str]:
        return (self.origin_meeting_id, self.origin_item_number or "", self.title[:200])

    def add(self, step: Step) -> None:
        self.steps.append(step)
        self.new_steps.append(step)
        self.touched = True


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A stored agenda item as the fold reads it (plain values: no ORM instance per item)."""

    id: int
    position: int
    number: str | None
    title: str
    status: str
    target_when: str | None
    span_start: int | None
    span_end: int | None


@dataclass(frozen=True, slots=True)
class HeldMeeting:
    """A held meeting for the fold: its row id, date, items and the carry list of its minutes."""

    meeting_id: int
    date: dt.date
    document_id: int | None
    items: tuple[ItemRow, ...]
    carry: tuple[ExCarry, ...]


def raised_by(ex: ExCarry, item: ItemRow) -> bool:
    """Say whether the minutes' carried entry `ex` comes from `item` (by number; an unnumbered item by title)."""
    return ex.from_item == item.number if item.number else ex.from_item is None and ex.title == item.title


def with_corrections(meeting: HeldMeeting, corrected: Mapping[int, Mapping[str, str]]) -> HeldMeeting:
    """Return a held meeting whose items have the titles and statuses a secretary gave them (`corrected`:
    item position -> field -> value).

    The carry list of the minutes is made to agree, as `corrections.sync_item_carry` and
    `corrections.sync_item_title` make the stored rows agree: the item's own carried entry takes its
    corrected title (a topic announced inside it keeps its own); an item corrected to postponed or
    returns raises a carried item, one corrected to handled or referred raises none.
    """
    if not corrected:
        return meeting
    items = list(meeting.items)
    carry = list(meeting.carry)
    for k, item in enumerate(items):
        title = corrected.get(item.position, {}).get("title")
        if title and title != item.title:
            carry = [replace(ex, title=title) if raised_by(ex, item) and (
                ex.reason != CarryReason.ANNOUNCED or ex.title == item.title) else ex for ex in carry]
            items[k] = replace(item, title=title)
    for k, item in enumerate(items):
        status = corrected.get(item.position, {}).get("status")
        if not status:
            continue
        item = items[k] = replace(item, status=status)
        if item.status not in CARRIED_STATUSES:
            carry = [ex for ex in carry if not raised_by(ex, item)]
        elif any(raised_by(ex, item) for ex in carry):
            carry = [replace(ex, reason=CarryReason(item.status)) if raised_by(ex, item) else ex for ex in carry]
        else:
            span = (item.span_start, item.span_end) if item.span_start is not None and item.span_end is not None else None
            carry.append(ExCarry(item.number, item.title, CarryReason(item.status), item.target_when or "next", span))
    return replace(meeting, items=tuple(items), carry=tuple(carry))


def is_due(when: str | None, after: dt.date, meeting: dt.date) -> bool:
    """Say whether an item put forward on `after` to `when` was due at a meeting on `meeting`."""
    if meeting <= after:
        return False
    if when is None or when == "next":
        return True
    return meeting.isoformat()[: len(when)] >= when


def _best_item(carry: OpenCarry, items: tuple[ItemRow, ...], taken: set[int]) -> ItemRow | None:
    best, score = None, MATCH
    # A topic announced inside an item ("Karin redovisar enkäten vid nästa möte" under "Övriga frågor")
    # is not that item: the next meeting's item of the same title, often a standing one, is no sign of it.
    titles = (carry.title,) if carry.reason == CarryReason.ANNOUNCED else (carry.title, carry.origin_title)
    for item in items:
        if item.id in taken:
            continue
        s = max(similarity(title, item.title) for title in titles)
        if s >= score and (best is None or s > score):
            best, score = item, s
    return best


def fold_meeting(carries: list[OpenCarry], meeting: HeldMeeting) -> None:
    """Apply one held meeting to the carried items of its body."""
    taken: dict[int, OpenCarry] = {}
    for carry in carries:
        if carry.state != CarryState.OPEN or carry.origin_date >= meeting.date:
            continue
        item = _best_item(carry, meeting.items, set(taken))
        span = ((item.span_start, item.span_end) if item and item.span_start is not None and item.span_end is not None
                else None)
        if item is None:
            if is_due(carry.when, carry.last_date or carry.origin_date, meeting.date) and not carry.not_handled:
                carry.not_handled = True
                carry.add(Step(CarryStepKind.NOT_HANDLED, meeting.meeting_id, meeting.date, None, "ej behandlad",
                               meeting.document_id, None))
            continue
        taken[item.id] = carry
        carry.not_handled = False
        carry.last_date = meeting.date
        if item.status in ("handled", "referred"):
            carry.state = CarryState.CLOSED
            carry.closed_item_id = item.id
            carry.closed_reason = f"Behandlad {meeting.date.isoformat()}, punkt {item.number or item.position}"
            carry.add(Step(CarryStepKind.HANDLED, meeting.meeting_id, meeting.date, item.number, item.title,
                           meeting.document_id, span))
        elif item.status == "postponed":
            carry.times_postponed += 1
            carry.when = item.target_when
            carry.add(Step(CarryStepKind.POSTPONED, meeting.meeting_id, meeting.date, item.number, item.title,
                           meeting.document_id, span))
        else:
            carry.when = item.target_when
            carry.add(Step(CarryStepKind.RETURNED, meeting.meeting_id, meeting.date, item.number, item.title,
                           meeting.document_id, span))
    by_number = {item.number: item for item in meeting.items if item.number}
    continued = {id(c) for c in taken.values()}
    for ex in meeting.carry:
        item = by_number.get(ex.from_item) if ex.from_item else None
        if item is not None and item.id in taken:
            carry = taken[item.id]
            carry.when = ex.when
            continue
        if any(c.state == CarryState.OPEN and id(c) in continued and similarity(c.title, ex.title) >= MATCH
               for c in carries):
            continue
        carry = OpenCarry(
            title=ex.title, reason=str(ex.reason), when=ex.when, origin_meeting_id=meeting.meeting_id,
            origin_date=meeting.date, origin_item_number=ex.from_item,
            origin_title=item.title if item is not None else ex.title, document_id=meeting.document_id,
            span=ex.span, last_date=meeting.date, times_postponed=1 if ex.reason == "postponed" else 0,
        )
        carry.add(Step(_FIRST_STEP.get(str(ex.reason), CarryStepKind.RAISED), meeting.meeting_id, meeting.date,
                       ex.from_item, ex.title, meeting.document_id, ex.span))
        carries.append(carry)
