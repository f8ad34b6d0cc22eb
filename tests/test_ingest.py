"""Ingest of the five seeds (gold extractions): acceptance drafts, idempotence, corrections, order.

The extractions come from the gold files (the contract's JSON), so these tests pin the store's
behaviour whatever the state of the extraction rules; tests/test_storecli.py runs the real ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from planner.agenda import draft_next_agenda
from planner.extract.model import Extraction
from planner.ingest import extraction_from_json, find_body, ingest
from planner.store import AgendaItem, Body, CarryItem, CarryStep, Document, Event, Meeting, Organisation

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 1, 15, 8, 0, tzinfo=dt.UTC)
LG = "Ledningsgrupp för samordning av länets hälso- och sjukvård och socialtjänst"


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes (stored as UTC); PostgreSQL aware ones."""
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def gold(prefix: str) -> tuple[Extraction, bytes, str, str]:
    """Return the gold extraction of a seed with the seed's bytes, text and name."""
    path = next((ROOT / "tests/data/gold").glob(f"{prefix}_*.json"))
    seed = ROOT / "seeds" / (path.stem + ".txt")
    data = seed.read_bytes()
    return extraction_from_json(json.loads(path.read_text(encoding="utf-8"))), data, data.decode("utf-8"), seed.name


def ingest_gold(session: Session, prefix: str, now: dt.datetime = NOW, **kwargs):  # type: ignore[no-untyped-def]
    ex, data, txt, name = gold(prefix)
    session.commit()  # end a read transaction left open by queries
    with session.begin():
        return ingest(session, ex, data=data, filename=name, text=txt, now=now, **kwargs)


def _sorted(rows: object) -> list[object]:
    return sorted(rows, key=repr)  # type: ignore[call-overload]


def snapshot(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """Return the store's content without ids, UIDs and timestamps, for comparing end states."""
    session.expire_all()
    bodies = {b.id: b.slug for b in session.scalars(select(Body))}
    meetings = {m.id: m for m in session.scalars(select(Meeting))}

    def when(m: Meeting | None) -> str | None:
        return None if m is None else (m.date.isoformat() if m.date else m.month)

    items = {i.id: i for i in session.scalars(select(AgendaItem))}
    return {
        "meetings": _sorted((bodies[m.body_id], when(m), m.status, m.kind, str(m.start), str(m.end), m.venue,
                            m.online, m.tentative, m.sequence, m.cancelled_at is not None, m.published,
                            len(m.items)) for m in meetings.values()),
        "events": _sorted((e.kind, e.title, str(e.date), str(e.month), e.status, e.sequence)
                         for e in session.scalars(select(Event))),
        "carries": _sorted((bodies[c.body_id], c.title, c.reason, str(c.when), c.state, c.times_postponed,
                           c.not_handled, when(meetings.get(c.origin_meeting_id or 0)), str(c.origin_item_number),
                           when(meetings.get(c.target_meeting_id or 0)),
                           items[c.closed_item_id].number if c.closed_item_id else None)
                          for c in session.scalars(select(CarryItem))),
        "steps": _sorted((s.carry.title, s.kind, when(s.meeting), str(s.item_number))
                        for s in session.scalars(select(CarryStep))),
        "organisations": _sorted(o.name for o in session.scalars(select(Organisation))),
    }


@pytest.fixture
def other_session(database_url, tmp_path):  # type: ignore[no-untyped-def]
    """A second fresh database of the same kind, to compare two ingest orders."""
    from planner.db import make_engine, make_sessionmaker, upgrade

    if database_url.startswith("sqlite"):
        url, admin, name = f"sqlite:///{tmp_path / 'other.sqlite3'}", None, None
    else:
        admin = make_engine(os.environ["PLANNER_TEST_POSTGRES_URL"], isolation_level="AUTOCOMMIT")
        name = f"planner_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(database_url).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    with make_sessionmaker(engine)() as s:
        yield s
    engine.dispose()
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def ingest_all(session: Session, order: tuple[str, ...] = ("000", "001", "002", "003", "004")) -> None:
    for prefix in order:
        ingest_gold(session, prefix)


def titles(agenda) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.title for e in agenda.entries]


def test_kommunalt_forum_workshop_draft(session):
    ingest_all(session)
    body = find_body(session, "kommunala forum")
    assert body is not None and body.name == "Kommunalt forum"
    agenda = draft_next_agenda(session, body, on=dt.date(2020, 5, 8))
    assert agenda.date == dt.date(2020, 5, 8) and agenda.kind == "workshop"
    assert (agenda.start, agenda.end) == (dt.time(8, 45), dt.time(15, 0))
    assert agenda.venue is not None and agenda.venue.startswith("Videum Science Park")
    entries = {e.title: e for e in agenda.entries}
    assert entries["Information om Yrkes-SM"].note == "Bordlades 2020-03-06, punkt 5"
    assert entries["Information om modellen Omställning Kronoberg"].note == "Bordlades 2020-03-06, punkt 6"
    assert [e.number for e in agenda.entries] == list(range(1, len(agenda.entries) + 1))
    assert agenda.entries[-1].title == "Övrigt"


def test_ledningsgrupp_drafts_after_each_meeting(session):
    ingest_all(session)
    body = find_body(session, LG + " 2021")
    assert body is not None
    june = draft_next_agenda(session, body, after=dt.date(2020, 4, 3))
    assert (june.date, june.month, june.when_text) == (None, "2020-06", "juni 2020, datum ej fastställt")
    carried = [e for e in june.entries if e.section == "carried"]
    assert [e.note for e in carried] == [
        "Återkommer enligt beslut 2020-04-03, punkt 2",
        "Bordlades 2020-04-03, punkt 3",
        "Bordlades 2020-04-03, punkt 4",
    ]
    assert titles(june)[0] == "Incheckning"
    november = draft_next_agenda(session, body, after=dt.date(2021, 10, 1))
    assert november.month == "2021-11"
    notes = {e.title: e.note for e in november.entries}
    assert notes["Länsgemensam strategi för psykisk hälsa: beslut"] == "Återkommer enligt beslut 2021-10-01, punkt 5"
    assert notes["Slutrapport brukarmedverkan"] == "Återkommer enligt beslut 2021-10-01, punkt 14"
    assert titles(november)[:2] == ["Incheckning", "Föregående mötesanteckningar och godkännande av dagordning"]
    assert titles(november)[-2:] == ["Övrigt", "Utcheckning"]


def test_bodies_organisations_and_2022_meetings(session):
    ingest_all(session)
    bodies = {b.name: b for b in session.scalars(select(Body))}
    assert len(bodies) == 3  # the Ledningsgrupp of 2020 and 2021 is one body
    assert bodies["Kommunalt forum"].region == "Region Kronoberg"
    assert bodies[LG].organisation is not None and bodies[LG].organisation.name == "Region Kronoberg"
    names = [o.name for o in session.scalars(select(Organisation))]
    assert "Lessebo kommun" in names and "Lessebo" not in names
    lg = bodies[LG].id
    in_2022 = session.scalars(select(Meeting).where(Meeting.body_id == lg, Meeting.date >= dt.date(2022, 1, 1))).all()
    assert len(in_2022) == 8 and {m.status for m in in_2022} == {"planned"}
    held = session.scalars(select(Meeting).where(Meeting.status == "held")).all()
    assert sorted(m.date.isoformat() for m in held if m.date) == [
        "2018-02-21", "2020-03-06", "2020-04-03", "2020-10-02", "2021-10-01"]
    month_only = session.scalars(select(Meeting).where(Meeting.month == "2020-06")).one()
    assert month_only.date is None and month_only.status == "planned"


def test_same_file_twice_changes_nothing(session):
    ingest_all(session)
    before = snapshot(session)
    results = [ingest_gold(session, p, now=NOW + dt.timedelta(days=1)) for p in ("000", "003")]
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert snapshot(session) == before
    latest = session.scalar(select(Meeting.updated_at).order_by(Meeting.updated_at.desc()).limit(1))
    assert utc(latest) == NOW


def test_out_of_order_gives_the_same_end_state(session, other_session):
    # File order is out of date order for both bodies (000 is 2020, 001 2018; 003 is 2021, 004 2020).
    assert [ingest_gold(session, p).refolded for p in ("000", "001", "002", "003", "004")] == [
        False, True, False, False, True]
    ingest_all(other_session, ("001", "000", "002", "004", "003"))  # date order
    assert snapshot(other_session) == snapshot(session)


def test_planned_meeting_becomes_held_with_the_same_uid(session):
    ingest_gold(session, "004")
    planned = session.scalars(select(Meeting).where(Meeting.month == "2020-06")).one()
    uid = planned.uid
    # Minutes of a June 2020 meeting (the 2021 minutes' gold, re-dated) pin and hold that row.
    ex, data, txt, _name = gold("003")
    from dataclasses import replace

    session.commit()
    june = replace(ex, meeting=replace(ex.meeting, date="2020-06-05"), events=(), next_meeting=None)
    with session.begin():
        ingest(session, june, data=data + b"\n", filename="juni.txt", text=txt, now=NOW)
    session.expire_all()
    held = session.scalars(select(Meeting).where(Meeting.uid == uid)).one()
    assert (held.status, held.date, held.month, held.sequence) == ("held", dt.date(2020, 6, 5), None, 1)


def test_corrected_version_replaces_the_earlier(session):
    ingest_all(session)
    meeting_uid = session.scalar(select(Meeting.uid).where(Meeting.date == dt.date(2020, 3, 6)))
    ex, data, txt, name = gold("000")
    from dataclasses import replace

    # The corrected minutes: item 6 was handled after all, and the workshop starts at 09.00.
    items = tuple(replace(i, status="handled") if i.number == "6" else i for i in ex.items)
    carry = tuple(c for c in ex.carry if c.from_item != "6")
    events = tuple(replace(e, start="09:00") if e.date == "2020-05-08" else e for e in ex.events)
    fixed = replace(ex, items=items, carry=carry, events=events)
    session.commit()
    with session.begin():
        result = ingest(session, fixed, data=data + "\nRättad version.\n".encode(), filename="000_rattad.txt", text=txt,
                        now=NOW + dt.timedelta(days=2))
    assert result.status == "updated" and result.refolded
    session.expire_all()
    held = session.scalars(select(Meeting).where(Meeting.date == dt.date(2020, 3, 6))).all()
    assert len(held) == 1 and held[0].uid == meeting_uid and held[0].document_id == result.document_id
    assert len(held[0].items) == 8
    titles_ = [c.title for c in session.scalars(select(CarryItem).where(CarryItem.body_id == held[0].body_id))]
    assert "Information om modellen Omställning Kronoberg" not in titles_
    old = session.scalars(select(Document).where(Document.filename == name)).one()
    assert old.superseded_by_id == result.document_id
    workshop = session.scalars(select(Meeting).where(Meeting.date == dt.date(2020, 5, 8))).one()
    assert workshop.start == dt.time(9, 0) and workshop.sequence == 1
    assert utc(workshop.updated_at) == NOW + dt.timedelta(days=2)
