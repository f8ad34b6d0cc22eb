"""Withdrawing minutes leaves the store as if they had never been ingested (planner/withdraw.py).

The board of Föreningen Ekbacken met on 12 March, 9 April and 14 May 2024; each set of minutes
announces the next meeting, and "Budget 2025" is put off twice and decided in May.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.errors import PlannerError
from planner.ingest import ingest_file, withdraw_document
from planner.store import AgendaItem, Attendance, CarryItem, CarryStep, Document, Event, Meeting
from tests.carry_minutes import APRIL, MARCH, MAY, write_minutes
from tests.test_ingest import other_session, snapshot  # noqa: F401 (fixture)

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2024, 6, 2, 8, 0, tzinfo=dt.UTC)


def ingest(session_factory, tmp_path, name: str, text: str) -> int:  # type: ignore[no-untyped-def]
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
    assert result.status in ("new", "updated"), result.message
    assert result.document_id is not None
    return result.document_id


def withdraw(session_factory, document_id: int):  # type: ignore[no-untyped-def]
    with session_factory() as s, s.begin():
        return withdraw_document(s, document_id, now=LATER)


def meetings(session_factory) -> dict[str, tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    """Return the meetings by date: (status, uid, sequence)."""
    with session_factory() as s:
        return {m.date.isoformat(): (m.status, m.uid, m.sequence) for m in s.scalars(select(Meeting))}


def carries(session_factory) -> list[tuple[str, str, str, int, list[tuple[str, str]]]]:  # type: ignore[no-untyped-def]
    with session_factory() as s:
        return [(c.title, c.origin_meeting.date.isoformat(), c.state, c.times_postponed,
                 [(st.kind, st.meeting.date.isoformat()) for st in c.steps if st.meeting is not None])
                for c in s.scalars(select(CarryItem).order_by(CarryItem.id))]


def without_sequence(snap: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """A snapshot without SEQUENCE: a meeting that went back to planned and came back is a change to subscribers."""
    out = dict(snap)
    out["meetings"] = sorted((row[:9] + row[10:] for row in snap["meetings"]), key=repr)
    out["events"] = sorted((row[:5] for row in snap["events"]), key=repr)
    return out


def test_withdrawing_the_latest_minutes_plans_its_meeting_again(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    ingest(session_factory, tmp_path, "april.txt", APRIL)
    before = meetings(session_factory)
    may = ingest(session_factory, tmp_path, "maj.txt", MAY)
    held = meetings(session_factory)
    assert held["2024-05-14"][0] == "held" and held["2024-06-11"][0] == "planned"

    result = withdraw(session_factory, may)
    assert (result.documents, result.date, result.meeting) == (1, "2024-05-14", "planned")
    after = meetings(session_factory)
    # Same rows and UIDs; May is planned again as April announced it, June (only May spoke of it) cancelled.
    assert after["2024-05-14"][:2] == ("planned", before["2024-05-14"][1])
    assert after["2024-05-14"][2] > held["2024-05-14"][2]
    assert after["2024-06-11"][:2] == ("cancelled", held["2024-06-11"][1])
    assert after["2024-06-11"][2] > held["2024-06-11"][2]
    assert carries(session_factory) == [
        ("Budget 2025", "2024-03-12", "open", 2, [("postponed", "2024-03-12"), ("postponed", "2024-04-09")])]
    with session_factory() as s:
        assert s.get(Document, may) is None
        may_row = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 5, 14))).one()
        assert (may_row.items, may_row.attendance, may_row.document_id) == ([], [], None)
        assert s.scalar(select(CarryItem.target_meeting_id)) == may_row.id


def test_withdrawing_a_bodys_only_minutes_leaves_nothing_of_them(session_factory, tmp_path):
    march = ingest(session_factory, tmp_path, "mars.txt", MARCH)
    april_uid = meetings(session_factory)["2024-04-09"][1]

    result = withdraw(session_factory, march)
    assert result.meeting == "removed"
    # The held meeting never existed; the meeting it announced is cancelled, for subscribers' calendars.
    assert meetings(session_factory) == {"2024-04-09": ("cancelled", april_uid, 1)}
    with session_factory() as s:
        for model in (Document, AgendaItem, Attendance, CarryItem, CarryStep):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
        assert all(e.status == "cancelled" and e.document_id is None for e in s.scalars(select(Event)))


def test_withdrawing_middle_minutes_refolds_the_later_carried_items(session_factory, tmp_path, other_session):  # noqa: F811
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    april = ingest(session_factory, tmp_path, "april.txt", APRIL)
    ingest(session_factory, tmp_path, "maj.txt", MAY)
    uids = meetings(session_factory)

    withdraw(session_factory, april)
    after = meetings(session_factory)
    assert after["2024-04-09"][:2] == ("planned", uids["2024-04-09"][1])  # March announced it
    assert after["2024-05-14"][:2] == ("held", uids["2024-05-14"][1])
    assert carries(session_factory) == [
        ("Budget 2025", "2024-03-12", "closed", 1, [("postponed", "2024-03-12"), ("handled", "2024-05-14")])]

    # As if April's minutes had never come: the same store as March and May alone (but for what April
    # announced and nobody else did, now cancelled, and SEQUENCE).
    with session_factory() as s:
        withdrawn = without_sequence(snapshot(s))
    other = other_session.get_bind()
    from planner.db import make_sessionmaker

    other_factory = make_sessionmaker(other)
    ingest(other_factory, tmp_path, "mars.txt", MARCH)
    ingest(other_factory, tmp_path, "maj.txt", MAY)
    with other_factory() as s:
        fresh = without_sequence(snapshot(s))
    cancelled = {k: [r for r in v if "cancelled" in r] for k, v in withdrawn.items()}
    assert {k: [r for r in v if "cancelled" not in r] for k, v in withdrawn.items()} == fresh, cancelled


def test_withdraw_then_ingest_again_comes_back_as_before(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    ingest(session_factory, tmp_path, "april.txt", APRIL)
    may = ingest(session_factory, tmp_path, "maj.txt", MAY)
    with session_factory() as s:
        before = snapshot(s)
    uids = meetings(session_factory)

    withdraw(session_factory, may)
    ingest(session_factory, tmp_path, "maj.txt", MAY)
    with session_factory() as s:
        assert without_sequence(snapshot(s)) == without_sequence(before)
    assert {d: v[:2] for d, v in meetings(session_factory).items()} == {d: v[:2] for d, v in uids.items()}
    assert ingest_file(session_factory, tmp_path / "maj.txt", now=NOW).status == "unchanged"


def test_withdrawing_a_corrected_version_takes_the_older_versions_too(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    first = ingest(session_factory, tmp_path, "april.txt", APRIL)
    fixed = ingest(session_factory, tmp_path, "april rättad.txt", APRIL.replace("öppnade mötet", "hälsade välkommen"))
    with pytest.raises(PlannerError, match=f"document {first} was replaced by a corrected version, document {fixed}"):
        withdraw(session_factory, first)
    assert withdraw(session_factory, fixed).documents == 2
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 1
    assert meetings(session_factory)["2024-04-09"][0] == "planned"


def test_withdrawing_an_unknown_document_is_refused_in_one_line(session_factory):
    with pytest.raises(PlannerError, match=r"^no document with id 42$"):
        withdraw(session_factory, 42)


def test_ids_of_withdrawn_rows_are_never_given_again(session_factory, tmp_path):
    """A link to withdrawn minutes (/dokument/N, /api/v1/items/N, ...) must not come to show other minutes.

    SQLite hands out the highest id again once its row is deleted unless the table says AUTOINCREMENT;
    PostgreSQL's sequences never do.
    """
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    april = ingest(session_factory, tmp_path, "april.txt", APRIL)
    tables = (Document, Meeting, Event, AgendaItem, CarryItem, Attendance)

    def ids() -> dict[str, set[int]]:
        with session_factory() as s:
            return {t.__tablename__: set(s.scalars(select(t.id))) for t in tables}

    before = ids()
    withdraw(session_factory, april)
    gone = {name: before[name] - now for name, now in ids().items()}
    assert gone["document"] == {april} and gone["agenda_item"], gone
    ingest(session_factory, tmp_path, "maj.txt", MAY)
    after = ids()
    assert {name: gone[name] & after[name] for name in gone} == {name: set() for name in gone}
    assert all(max(after[name]) > max(before[name]) for name in ("document", "agenda_item"))
