"""The meeting and event lifecycle of one body: fold the minutes' announcements into slots.

A slot is one real-world meeting or event. Minutes are folded in meeting-date order: each set
of minutes makes its own meeting held and announces, moves, cancels, pins or confirms later
ones. Slots keep the rows they came from, so a meeting keeps its row and UID for life;
`sequence` rises whenever date, time, place or status changes (as calendar clients need).
Ingesting in date order folds one document onto the stored slots; anything else (minutes older
than the latest held meeting, a corrected version) refolds the body's minutes and reconciles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from planner.bodies import body_key
from planner.extract.model import Event as ExEvent
from planner.extract.model import EventKind, EventStatus, Extraction
from planner.store import PLACEHOLDER_TITLES, Event, Meeting, MeetingStatus
from planner.words_match import similarity

MEETING_KINDS = (EventKind.MEETING, EventKind.WORKSHOP)
# Minutes of a meeting held at most this long after the one planned meeting before it (announced, never
# held) show that meeting moved: the held one takes its place (and its calendar entry, by UID).
MOVED_WITHIN = dt.timedelta(days=14)
# The fields a calendar subscriber sees change: a change to any of them bumps SEQUENCE.
OBSERVED = ("date", "month", "end_date", "start", "end", "venue", "online", "status", "tentative")


@dataclass(slots=True)
class Slot:
    """One meeting (`is_meeting`) or event of the body as the minutes so far describe it."""

    is_meeting: bool
    kind: str
    title: str | None
    date: dt.date | None
    month: str | None
    row: Meeting | Event | None = None
    end_date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None
    online: str | None = None
    theme: str | None = None
    holder: str | None = None
    status: str = MeetingStatus.PLANNED
    tentative: bool = False
    confidence: float = 1.0
    document_id: int | None = None  # the minutes of a held meeting
    source_document_id: int | None = None  # the minutes that announced it
    span: tuple[int, int] | None = None
    # The later minutes that last changed it (moved, cancelled, pinned its month to a day, gave it a time or
    # place) and their words: what calendars, mails and pages quote. None while the announcement is the latest.
    change_document_id: int | None = None
    change_span: tuple[int, int] | None = None
    history: set[str] = field(default_factory=set)
    changes: int = 0

    def when(self) -> str | None:
        return self.date.isoformat() if self.date else self.month

    def in_month(self, month: str) -> bool:
        return self.month == month or (self.date is not None and self.date.isoformat()[:7] == month)


@dataclass(frozen=True, slots=True)
class Minutes:
    """One held meeting's minutes as the fold sees them."""

    document_id: int
    date: dt.date
    extraction: Extraction
    text: str = ""  # the document's text, which the spans point into

    def evidence(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0]:span[1]] if span else ""


def parse_when(value: str | None) -> tuple[dt.date | None, str | None]:
    """Split "YYYY-MM-DD" / "YYYY-MM" into (date, month); anything else gives (None, None)."""
    if not value:
        return None, None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value), None
        if len(value) == 7:
            dt.date.fromisoformat(value + "-01")
            return None, value
    except ValueError:
        pass
    return None, None


def parse_clock(value: str | None) -> dt.time | None:
    """Parse "HH:MM" (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def slot_from_row(row: Meeting | Event) -> Slot:
    """Load a stored meeting or event as a slot of the fold."""
    is_meeting = isinstance(row, Meeting)
    slot = Slot(
        is_meeting=is_meeting, kind=row.kind, title=row.title, date=row.date, month=row.month, row=row,
        end_date=row.end_date, start=row.start, end=row.end, venue=row.venue, online=row.online,
        theme=row.theme, status=row.status, tentative=row.tentative, confidence=row.confidence,
        span=(row.span_start, row.span_end) if row.span_start is not None and row.span_end is not None else None,
    )
    if row.change_document_id is not None:
        slot.change_document_id = row.change_document_id
        if row.change_span_start is not None and row.change_span_end is not None:
            slot.change_span = (row.change_span_start, row.change_span_end)
    if isinstance(row, Meeting):
        slot.document_id = row.document_id
        slot.source_document_id = row.source_document_id
    else:
        slot.holder = row.holder
        slot.source_document_id = row.document_id
    if slot.when():
        slot.history.add(slot.when() or "")
    return slot


def _find(slots: list[Slot], is_meeting: bool, date: dt.date | None, month: str | None,
          kind: str = "", title: str = "", *, history: bool = False) -> Slot | None:
    """Find the slot an announcement speaks of: same day, or the month a month-only slot holds."""
    best: Slot | None = None
    for slot in slots:
        if slot.is_meeting != is_meeting:
            continue
        if not is_meeting and (slot.kind != kind or similarity(slot.title or "", title) < 0.5):
            continue
        if date is not None:
            if slot.date == date:
                return slot
            if slot.date is None and slot.month == date.isoformat()[:7] and slot.status == MeetingStatus.PLANNED or history and date.isoformat() in slot.history:
                best = best or slot
        elif month is not None and slot.in_month(month):
            if slot.month == month:
                return slot
            best = best or slot
    return best


def _sole_event(slots: list[Slot], kind: str, date: dt.date | None, month: str | None) -> Slot | None:
    """Return the one event of `kind` on `date` (or in `month`, when only that is known), whatever its title.

    Two or more of the kind there leave the choice open (None): a title that matches none of them
    names another event.
    """
    found = [s for s in slots if not s.is_meeting and s.kind == kind and s.status != MeetingStatus.HELD
             and ((date is not None and s.date == date) or (date is None and month is not None and s.month == month))]
    return found[0] if len(found) == 1 else None


def _change(slot: Slot, created: bool, **values: object) -> None:
    """Set fields of a slot, counting one change when a subscriber-visible field differs."""
    changed = False
    for name, value in values.items():
        if getattr(slot, name) != value:
            if name in OBSERVED:
                changed = True
            setattr(slot, name, value)
    if slot.when():
        slot.history.add(slot.when() or "")
    if changed and not created:
        slot.changes += 1


def _is_body_meeting(event: ExEvent, keys: set[str]) -> bool:
    if event.kind not in MEETING_KINDS:
        return False
    if event.body is None:
        return event.kind == EventKind.MEETING
    return body_key(event.body) in keys


def _speaks_of_meeting(slots: list[Slot], event: ExEvent) -> bool:
    """Say whether a workshop or meeting that names no body is one of the body's known meetings.

    "Workshopen den 8 maj ... flyttas till den 9 maj" moves the body's 8 May meeting even though
    the sentence names no body; a workshop on the day of a body's meeting is that meeting.
    """
    if event.body is not None or event.kind not in MEETING_KINDS:
        return False
    date, month = parse_when(event.moved_from or event.date)
    return (date or month) is not None and _find(slots, True, date, month, history=True) is not None


def fold_minutes(slots: list[Slot], minutes: Minutes, key: str) -> None:
    """Apply one set of minutes: its own meeting becomes held, its announcements plan the rest."""
    ex = minutes.extraction
    m = ex.meeting
    held = _find(slots, True, minutes.date, None) or _moved_here(slots, minutes.date)
    values: dict[str, object] = {
        "date": minutes.date, "month": None, "start": parse_clock(m.start), "end": parse_clock(m.end), "venue": m.venue,
        "online": m.online, "status": MeetingStatus.HELD, "tentative": False, "confidence": 1.0, "document_id": minutes.document_id,
    }
    if held is None:
        held = Slot(is_meeting=True, kind="meeting", title=m.body, date=minutes.date, month=None,
                    source_document_id=minutes.document_id, span=m.spans.get("date"))
        slots.append(held)
        _change(held, True, **values)
    else:
        if held.title in PLACEHOLDER_TITLES and m.body:
            values["title"] = m.body  # "Nästa möte" named it while planned; held, it is the body's meeting
        _change(held, False, **values)
    announced: set[str] = set()
    # The next meeting as these minutes name their body: a stored name made unique ("Styrelsen
    # (kvastskaft)") is not how its minutes write it ("Styrelsen beslutar att nästa möte ska hållas 15/5").
    own = {key, body_key(m.body)} if m.body else {key}
    for event in ex.events:
        is_meeting = (_is_body_meeting(event, {key}) or _speaks_of_meeting(slots, event)
                      or event.date == ex.next_meeting and _is_body_meeting(event, own))
        if is_meeting:
            announced.add(event.date)
        fold_event(slots, event, is_meeting, minutes)
    if ex.next_meeting and ex.next_meeting not in announced:
        date, month = parse_when(ex.next_meeting)
        if date or month:
            fold_event(slots, ExEvent(kind=EventKind.MEETING, title=m.body or "", date=ex.next_meeting,
                                      span=m.spans.get("next_meeting", (0, 0))), True, minutes)


def moved_since(day: dt.date) -> dt.date:
    """The first day a meeting planned before minutes of `day` may have been moved from."""
    return day - MOVED_WITHIN if day > dt.date.min + MOVED_WITHIN else dt.date.min


def _moved_here(slots: list[Slot], day: dt.date) -> Slot | None:
    """The planned meeting that minutes of `day` show was moved there, or None.

    The minutes of 12 March said the next meeting is on 9 April; minutes of 16 April came, none of
    9 April. The body met a week late: 9 April is that meeting, moved. Only when it is the one
    meeting planned in the `MOVED_WITHIN` before `day` and none was held from its day on; a planned
    meeting further back stays (its minutes may just not be here), as does one planned later (minutes
    of an earlier day are an extra meeting more often than a moved one).
    """
    since = moved_since(day)
    planned = [s for s in slots if s.is_meeting and s.status == MeetingStatus.PLANNED and s.date is not None
               and since <= s.date < day]
    if len(planned) != 1:
        return None
    moved = planned[0]
    assert moved.date is not None
    if any(s.is_meeting and s.status == MeetingStatus.HELD and s.date is not None and moved.date <= s.date < day
           for s in slots):
        return None
    return moved


def fold_event(slots: list[Slot], event: ExEvent, is_meeting: bool, minutes: Minutes) -> None:
    """Apply one announced event: plan, move, cancel, pin a month to a day, or confirm it."""
    date, month = parse_when(event.date)
    if date is None and month is None:
        return
    if date is not None and date <= minutes.date and event.status == EventStatus.PLANNED:
        return  # not ahead of the meeting: history, not a plan
    kind = str(event.kind) if not is_meeting or event.kind in MEETING_KINDS else "meeting"
    slot: Slot | None = None
    if event.status == EventStatus.MOVED and event.moved_from:
        old_date, old_month = parse_when(event.moved_from)
        slot = _find(slots, is_meeting, old_date, old_month, kind, event.title, history=True)
    if slot is None:
        slot = _find(slots, is_meeting, date, month, kind, event.title)
    if slot is None and not is_meeting and event.status in (EventStatus.MOVED, EventStatus.CANCELLED):
        # "Workshopen den 15 januari flyttas ...", "Länskonferensen ... ställs in": the sentence names the
        # event by its day, in words that may share little with the title it was announced under.
        slot = _sole_event(slots, kind, *(parse_when(event.moved_from) if event.moved_from else (date, month)))
    if slot is not None and slot.status == MeetingStatus.HELD:
        return  # the minutes of that meeting say what happened; an announcement cannot undo it
    created = slot is None
    if slot is None:
        slot = Slot(is_meeting=is_meeting, kind=kind, title=event.title, date=None, month=None,
                    source_document_id=minutes.document_id, span=event.span, confidence=event.confidence,
                    holder=None if is_meeting else event.body)
        slots.append(slot)
    if event.moved_from:
        slot.history.add(event.moved_from)
    values: dict[str, object] = {}
    if created or (event.status != EventStatus.CANCELLED and (
            event.status == EventStatus.MOVED or (date is not None and slot.date is None))):
        values.update(date=date, month=None if date else month)  # new, moved, or a month pinned to a day
    if event.status == EventStatus.CANCELLED:
        values["status"] = MeetingStatus.CANCELLED
    if event.status != EventStatus.CANCELLED:
        values["tentative"] = event.tentative if (created or not event.tentative) else slot.tentative
        for name in ("start", "end"):
            if getattr(event, name):
                values[name] = parse_clock(getattr(event, name))
        for name in ("venue", "online", "theme"):
            if getattr(event, name):
                values[name] = getattr(event, name)
        end_date, _ = parse_when(event.end_date)
        if end_date:
            values["end_date"] = end_date
        said = f"{event.title} {event.theme or ''} {minutes.evidence(event.span)}".lower()
        if is_meeting and (event.kind == EventKind.WORKSHOP or "workshop" in said):
            values["kind"] = "workshop"
            if created:
                values["title"] = event.title
    slot.confidence = max(slot.confidence, event.confidence) if not created else event.confidence
    before = slot.changes
    _change(slot, created, **values)
    if slot.changes > before:
        # These words changed it: they, not the announcement's (still `source_document_id`), are quoted now.
        slot.change_document_id = minutes.document_id
        slot.change_span = event.span if event.span and event.span[1] > event.span[0] else None


def announced_by(row: Meeting | Event) -> int | None:
    """Return the id of the minutes that announced a stored meeting or event."""
    return row.source_document_id if isinstance(row, Meeting) else row.document_id


def reconcile(slots: list[Slot], rows: list[Meeting | Event],
              corrected: Mapping[str, set[str]] | None = None,
              replaced: Mapping[int, Collection[int]] | None = None) -> list[Meeting | Event]:
    """Give each refolded slot the stored row it is (by held minutes or by a date it had).

    `corrected` maps a row's uid to the dates it had before secretaries corrected its date: the
    minutes read again still give it those. `replaced` maps a corrected version of minutes to the
    versions it replaced, which the refold no longer reads. Returns the rows no slot claimed.
    """
    corrected = corrected or {}
    free = list(rows)
    for slot in slots:
        pick: Meeting | Event | None = None
        for row in free:
            if (slot.is_meeting != isinstance(row, Meeting)) or (not slot.is_meeting and row.kind != slot.kind):
                continue
            if isinstance(row, Meeting) and slot.document_id and row.document_id == slot.document_id:
                pick = row
                break
            when = row.date.isoformat() if row.date else row.month
            had = when and when in slot.history or not slot.history.isdisjoint(corrected.get(row.uid, ()))
            if had and (slot.is_meeting or similarity(row.title or "", slot.title or "") >= 0.5):
                if when == slot.when():
                    pick = row
                    break
                pick = pick or row
        if pick is not None:
            slot.row = pick
            free.remove(pick)
    for slot in slots:
        # An event whose row was made from other words (later minutes read first, announcing its move or
        # cancellation): the one free row of its kind on its day, as `_sole_event` finds it in a fold.
        if slot.row is None and not slot.is_meeting and slot.when():
            same = [r for r in free if isinstance(r, Event) and r.kind == slot.kind
                    and (r.date.isoformat() if r.date else r.month) == slot.when()]
            if len(same) == 1:
                slot.row = same[0]
                free.remove(same[0])
    for new_doc, old_docs in (replaced or {}).items():
        # The corrected version gave the next meeting or an event another date: what the replaced version
        # announced and nothing claimed is what the correction announces in its place, when each side has
        # one of the kind (meetings of any kind, events of one). Subscribers then see a move, not a new entry.
        _pair_one_of_a_kind(slots, free, new_doc, old_docs, lambda r: r.status != MeetingStatus.HELD)
    # Minutes since withdrawn (planner/withdraw.py) had moved a row, given its month a day, or held it a few days
    # late: the refold no longer knows the date the row has, but the minutes that announced it still announce
    # it. It is the same calendar entry, moved back: subscribers see a move, not a cancellation and a new entry.
    # A meeting still held by its minutes is never taken.
    for doc_id in dict.fromkeys(s.source_document_id for s in slots if s.row is None):
        if doc_id is not None:
            _pair_one_of_a_kind(slots, free, doc_id, (doc_id,),
                                lambda r: not (isinstance(r, Meeting) and r.document_id is not None))
    return free


def _pair_one_of_a_kind(slots: list[Slot], free: list[Meeting | Event], doc_id: int, announcers: Collection[int],
                        may_take: Callable[[Meeting | Event], bool]) -> None:
    """Give the unclaimed slots announced by minutes `doc_id` the free row announced by one of `announcers`
    (and that `may_take` allows), when each side has one of the kind: meetings of any kind, events of one."""
    fresh = [s for s in slots if s.row is None and s.source_document_id == doc_id]
    for is_meeting, kind in {(s.is_meeting, "" if s.is_meeting else s.kind) for s in fresh}:
        mine = [s for s in fresh if s.is_meeting == is_meeting and (is_meeting or s.kind == kind)]
        left = [r for r in free if announced_by(r) in announcers and may_take(r)
                and isinstance(r, Meeting) == is_meeting and (is_meeting or r.kind == kind)]
        if len(mine) == 1 and len(left) == 1:
            mine[0].row = left[0]
            free.remove(left[0])
