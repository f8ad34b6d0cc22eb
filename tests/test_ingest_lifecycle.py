"""Lifecycle of carried items and planned meetings across minutes, on built `Extraction` values.

An item deferred twice and then handled; an item absent from the meeting it was due at; a meeting
moved, one cancelled, a month pinned to a day and a preliminary date confirmed (same UIDs, higher
SEQUENCE); the same end state in either order.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select

from planner.agenda import draft_next_agenda
from planner.extract.model import (
    Carry,
    CarryReason,
    Event,
    EventKind,
    EventStatus,
    Extraction,
    Item,
    ItemStatus,
    Meeting,
    Target,
)
from planner.ingest import find_body, ingest
from planner.store import CarryItem, CarryStep
from planner.store import Meeting as MeetingRow
from tests.test_ingest import other_session, snapshot, utc  # noqa: F401 (fixture)

BODY = "Samverkansforum"
T0 = dt.datetime(2023, 1, 20, 12, 0, tzinfo=dt.UTC)


def minutes(date: str, items: tuple[Item, ...] = (), carry: tuple[Carry, ...] = (),
            events: tuple[Event, ...] = (), next_meeting: str | None = None, body: str = BODY) -> Extraction:
    return Extraction(meeting=Meeting(body=body, date=date, start="09:00", end="12:00", venue="Stadshuset"),
                      items=items, carry=carry, events=events, next_meeting=next_meeting)


def item(number: str, title: str, status: ItemStatus = ItemStatus.HANDLED, when: str | None = None) -> Item:
    return Item(number=number, title=title, status=status, target=Target(when=when), span=(0, 10))


def store(session, ex: Extraction, now: dt.datetime = T0, tag: str = "") -> str:  # type: ignore[no-untyped-def]
    session.commit()
    data = f"{ex.meeting.date} {tag}".encode()
    with session.begin():
        result = ingest(session, ex, data=data, filename=f"{ex.meeting.date}{tag}.txt", text="x" * 200, now=now)
    assert result.status != "failed"
    return hashlib.sha256(data).hexdigest()


BUDGET = "Budget för samverkan 2024"
JAN = minutes("2023-01-10",
              items=(item("1", "Incheckning"), item("2", BUDGET, ItemStatus.POSTPONED, "next"),
                     item("3", "Rapport om vägarna"), item("4", "Övrigt")),
              carry=(Carry("2", BUDGET, CarryReason.POSTPONED, "next", (50, 70)),),
              events=(Event(EventKind.DEADLINE, "Remissvar om översiktsplanen", "2023-02-01", (80, 120)),),
              next_meeting="2023-02-14")
FEB = minutes("2023-02-14",
              items=(item("1", "Incheckning"), item("2", "Budget för samverkan år 2024", ItemStatus.POSTPONED, "next"),
                     item("3", "Övrigt")),
              carry=(Carry("2", "Budget för samverkan år 2024", CarryReason.POSTPONED, "next", (40, 60)),),
              next_meeting="2023-03-15")
MAR = minutes("2023-03-15", items=(item("1", "Incheckning"), item("2", "Budgeten för samverkan 2024"),
                                   item("3", "Övrigt")))


def test_item_deferred_twice_then_handled(session):
    store(session, JAN)
    body = find_body(session, BODY)
    assert body is not None
    draft = draft_next_agenda(session, body, after=dt.date(2023, 1, 10))
    assert draft.date == dt.date(2023, 2, 14)
    assert [(e.title, e.note) for e in draft.entries if e.section == "carried"] == [
        (BUDGET, "Bordlades 2023-01-10, punkt 2")]
    assert [e.section for e in draft.entries] == ["opening", "carried", "deadline", "closing"]
    store(session, FEB)
    carry = session.scalars(select(CarryItem)).one()
    assert (carry.state, carry.times_postponed, carry.not_handled) == ("open", 2, False)
    draft = draft_next_agenda(session, body, after=dt.date(2023, 2, 14))
    assert [e.note for e in draft.entries if e.section == "carried"] == [
        "Bordlades 2023-01-10, punkt 2; bordlades igen 2023-02-14, punkt 2 (2 gånger)"]
    store(session, MAR)
    session.expire_all()
    carry = session.scalars(select(CarryItem)).one()  # postponed again is the same item, not a new one
    assert carry.state == "closed" and carry.closed_reason == "Behandlad 2023-03-15, punkt 2"
    assert carry.closed_item_id is not None
    steps = session.scalars(select(CarryStep).order_by(CarryStep.id)).all()
    assert [(s.kind, s.item_number) for s in steps] == [("postponed", "2"), ("postponed", "2"), ("handled", "2")]
    assert all(s.document_id is not None for s in steps)


def test_carried_item_handled_at_the_next_meeting(session):
    store(session, JAN)
    store(session, minutes("2023-02-14", items=(item("1", "Budget för samverkan 2024: beslut"),)))
    carry = session.scalars(select(CarryItem)).one()
    assert carry.state == "closed" and carry.times_postponed == 1
    assert carry.closed_reason == "Behandlad 2023-02-14, punkt 1"
    assert [s.kind for s in carry.steps] == ["postponed", "handled"]


def test_absent_item_stays_open_flagged_not_handled(session):
    store(session, JAN)
    store(session, minutes("2023-02-14", items=(item("1", "Trafiksäkerhet vid skolor"),), next_meeting="2023-04-04"))
    carry = session.scalars(select(CarryItem)).one()
    assert (carry.state, carry.not_handled) == ("open", True)
    assert [s.kind for s in carry.steps] == ["postponed", "not_handled"]
    body = find_body(session, BODY)
    assert body is not None
    draft = draft_next_agenda(session, body, after=dt.date(2023, 2, 14))
    assert [e.note for e in draft.entries if e.section == "carried"] == [
        "Bordlades 2023-01-10, punkt 2; ej behandlad 2023-02-14"]


PLAN = minutes("2023-04-10", events=(
    Event(EventKind.MEETING, BODY, "2023-05-02", (10, 20), body=BODY),
    Event(EventKind.MEETING, BODY, "2023-06-03", (20, 30), body=BODY),
    Event(EventKind.MEETING, BODY, "2023-09", (30, 40), body=BODY),
    Event(EventKind.MEETING, BODY, "2023-10-06", (40, 50), body=BODY, tentative=True),
    Event(EventKind.WORKSHOP, "Workshop om digitalisering", "2023-11-20", (50, 60), confidence=0.5),
))
CHANGES = minutes("2023-04-20", events=(
    Event(EventKind.MEETING, BODY, "2023-05-09", (10, 20), body=BODY, status=EventStatus.MOVED,
          moved_from="2023-05-02"),
    Event(EventKind.MEETING, BODY, "2023-06-03", (20, 30), body=BODY, status=EventStatus.CANCELLED),
    Event(EventKind.MEETING, BODY, "2023-09-12", (30, 40), body=BODY, start="13:00", end="15:00"),
    Event(EventKind.MEETING, BODY, "2023-10-06", (40, 50), body=BODY),
))


def test_move_cancel_pin_and_confirm_keep_uids(session):
    store(session, PLAN)
    rows = {(m.date or m.month): m for m in session.scalars(select(MeetingRow).where(MeetingRow.status == "planned"))}
    uids = {k: m.uid for k, m in rows.items()}
    assert set(uids) == {dt.date(2023, 5, 2), dt.date(2023, 6, 3), "2023-09", dt.date(2023, 10, 6)}
    assert rows[dt.date(2023, 10, 6)].tentative and all(m.sequence == 0 for m in rows.values())
    later = T0 + dt.timedelta(days=90)
    store(session, CHANGES, now=later)
    session.expire_all()
    by_uid = {m.uid: m for m in session.scalars(select(MeetingRow))}
    moved = by_uid[uids[dt.date(2023, 5, 2)]]
    assert (moved.date, moved.status, moved.sequence) == (dt.date(2023, 5, 9), "planned", 1)
    assert utc(moved.updated_at) == later
    cancelled = by_uid[uids[dt.date(2023, 6, 3)]]
    assert (cancelled.status, cancelled.sequence, utc(cancelled.cancelled_at)) == ("cancelled", 1, later)
    pinned = by_uid[uids["2023-09"]]
    assert (pinned.date, pinned.month, pinned.start, pinned.sequence) == (dt.date(2023, 9, 12), None,
                                                                          dt.time(13, 0), 1)
    confirmed = by_uid[uids[dt.date(2023, 10, 6)]]
    assert (confirmed.tentative, confirmed.sequence) == (False, 1)
    assert len(by_uid) == 6  # two held + four planned: nothing duplicated
    # The workshop of no named body is an event, held back for review (low confidence).
    from planner.store import Event as EventRow

    workshop = session.scalars(select(EventRow)).one()
    assert (workshop.kind, workshop.published) == ("workshop", False)


def test_move_and_cancel_in_either_order(session, other_session):  # noqa: F811
    store(session, PLAN)
    store(session, CHANGES)
    store(other_session, CHANGES)
    store(other_session, PLAN)
    assert snapshot(other_session) == snapshot(session)


def test_carry_lifecycle_in_either_order(session, other_session):  # noqa: F811
    for ex in (JAN, FEB, MAR):
        store(session, ex)
    for ex in (MAR, JAN, FEB):
        store(other_session, ex)
    assert snapshot(other_session) == snapshot(session)


def test_publish_policy_and_review(session, settings):
    store(session, PLAN)  # default policy "high": the 0.5 workshop waits for review, the rest is published
    rows = session.scalars(select(MeetingRow).where(MeetingRow.status == "planned")).all()
    assert all(m.published for m in rows)
    # A secretary holds one meeting back; later minutes touching it do not publish it again.
    held_back = next(m for m in rows if m.date == dt.date(2023, 6, 3))
    held_back.published = False
    session.commit()
    store(session, minutes("2023-04-15", events=(Event(EventKind.MEETING, BODY, "2023-06-03", (1, 2), body=BODY),)))
    session.expire_all()
    assert session.get_one(MeetingRow, held_back.id).published is False


def test_publish_policy_none_waits_for_review(session, settings):
    quiet = settings.replace(web={"auto_publish": "none"})
    session.commit()
    with session.begin():
        ingest(session, PLAN, data=b"plan", filename="plan.txt", text="x" * 100, now=T0, settings=quiet)
    assert not any(m.published for m in session.scalars(select(MeetingRow)))


def test_move_of_a_workshop_that_names_no_body(session):
    """ "Workshopen den 8 maj ... flyttas till den 9 maj" moves the body's 8 May workshop meeting."""
    store(session, minutes("2020-04-03", events=(
        Event(EventKind.WORKSHOP, f"{BODY} (workshop)", "2020-05-08", (1, 2), body=BODY, start="08:45"),)))
    uid = session.scalars(select(MeetingRow.uid).where(MeetingRow.date == dt.date(2020, 5, 8))).one()
    store(session, minutes("2020-04-24", next_meeting="2020-05-09", events=(
        Event(EventKind.WORKSHOP, "Workshopen den 8 maj flyttas", "2020-05-09", (3, 4), status=EventStatus.MOVED,
              moved_from="2020-05-08"),)))
    session.expire_all()
    planned = session.scalars(select(MeetingRow).where(MeetingRow.status == "planned")).all()
    assert [(m.uid, m.date, m.kind, m.sequence, m.title) for m in planned] == [
        (uid, dt.date(2020, 5, 9), "workshop", 1, f"{BODY} (workshop)")]
    from planner.store import Event as EventRow

    assert session.scalars(select(EventRow)).all() == []


def test_announced_topic_goes_on_the_meeting_it_was_announced_for(session):
    store(session, minutes(
        "2023-01-10", items=(item("1", "Barnens bästa"),),
        carry=(Carry("1", "Barnens bästa: presentation", CarryReason.ANNOUNCED, "2023-03", (5, 9)),),
        events=(Event(EventKind.MEETING, BODY, "2023-02-14", (1, 2), body=BODY),
                Event(EventKind.MEETING, BODY, "2023-03", (3, 4), body=BODY))))
    body = find_body(session, BODY)
    assert body is not None
    february = draft_next_agenda(session, body, after=dt.date(2023, 1, 10))
    assert february.date == dt.date(2023, 2, 14) and not [e for e in february.entries if e.section == "announced"]
    march = draft_next_agenda(session, body, after=dt.date(2023, 2, 14))
    assert march.when_text == "mars 2023, datum ej fastställt"
    assert [(e.title, e.note) for e in march.entries if e.section == "announced"] == [
        ("Barnens bästa: presentation", "Aviserades 2023-01-10, punkt 1")]


def test_rows_the_session_holds_follow_the_ingest(session):
    """Carried items are written with Core statements: rows the caller's session already holds are read again."""
    store(session, JAN)
    carry = session.scalars(select(CarryItem)).one()
    assert (carry.state, carry.times_postponed, [s.kind for s in carry.steps]) == ("open", 1, ["postponed"])
    store(session, FEB)
    assert (carry.state, carry.times_postponed, [s.kind for s in carry.steps]) == ("open", 2, ["postponed"] * 2)
    store(session, MAR)
    assert carry.state == "closed" and carry.closed_item_id is not None
    assert [s.kind for s in carry.steps] == ["postponed", "postponed", "handled"]
