"""A secretary's correction of an item to postponed was undone by a refold of the body's minutes.

The minutes of 12 March read "Budget 2025" as decided; the secretary corrected it to postponed
(the review page, `corrections.correct`), and the item was carried to 9 April, where it was put
off again. When the March minutes were then ingested in a corrected version (or any earlier
minutes came in), the body's carried items were folded again from the minutes alone: the fold
started the item at 9 April, and re-applying the correction added a second carried item from
12 March beside it. The May draft listed "Budget 2025" twice, neither with its whole history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.agenda import draft_next_agenda
from planner.corrections import correct
from planner.ingest import find_body, ingest_file
from planner.store import AgendaItem, CarryItem, Meeting
from tests.carry_minutes import APRIL, BODY, DECIDED, MARCH, POSTPONED, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
MARCH_READ_AS_DECIDED = MARCH.replace(POSTPONED, DECIDED)


def ingest(session_factory, path) -> str:  # type: ignore[no-untyped-def]
    result = ingest_file(session_factory, path, now=NOW)
    assert result.status != "failed", result.message
    return result.status


def carried(session_factory):  # type: ignore[no-untyped-def]
    """Return the carried items as (title, origin, state, times put off, steps), and the next draft's carried entries."""
    with session_factory() as s:
        rows = [(c.title, c.origin_meeting.date.isoformat(), c.state, c.times_postponed,
                 [(st.kind, st.meeting.date.isoformat()) for st in c.steps if st.meeting is not None])
                for c in s.scalars(select(CarryItem).order_by(CarryItem.id))]
        body = find_body(s, BODY)
        assert body is not None
        draft = [(e.title, e.note) for e in draft_next_agenda(s, body).entries if e.section == "carried"]
    return rows, draft


def test_correction_to_postponed_survives_ingest_and_refold(session_factory, tmp_path):
    march = write_minutes(tmp_path, "2024-03-12.txt", MARCH_READ_AS_DECIDED)
    assert ingest(session_factory, march) == "new"
    with session_factory() as s, s.begin():
        item = s.scalars(select(AgendaItem).where(AgendaItem.title == "Budget 2025")).one()
        assert item.status == "handled"
        correct(s, item, {"status": "postponed"}, user=None, document=item.meeting.document, now=NOW)
    once = ([("Budget 2025", "2024-03-12", "open", 1, [("postponed", "2024-03-12")])],
            [("Budget 2025", "Bordlades 2024-03-12, punkt 2")])
    assert carried(session_factory) == once
    assert ingest(session_factory, march) == "unchanged"
    assert carried(session_factory) == once

    assert ingest(session_factory, write_minutes(tmp_path, "2024-04-09.txt", APRIL)) == "new"
    twice = ([("Budget 2025", "2024-03-12", "open", 2, [("postponed", "2024-03-12"), ("postponed", "2024-04-09")])],
             [("Budget 2025", "Bordlades 2024-03-12, punkt 2; bordlades igen 2024-04-09, punkt 2 (2 gånger)")])
    assert carried(session_factory) == twice
    # A corrected version of the March minutes (another word): the body's minutes are folded again.
    fixed = write_minutes(tmp_path, "2024-03-12 rättad.txt",
                          MARCH_READ_AS_DECIDED.replace("öppnade mötet", "hälsade välkommen"))
    assert ingest(session_factory, fixed) == "updated"
    assert carried(session_factory) == twice
    with session_factory() as s:
        march_items = s.scalars(select(AgendaItem).join(Meeting).where(Meeting.date == dt.date(2024, 3, 12))).all()
        assert [i.status for i in march_items if i.title == "Budget 2025"] == ["postponed"]


def test_correction_to_postponed_survives_earlier_minutes(session_factory, tmp_path):
    """Minutes older than all the body holds refold it too."""
    march = write_minutes(tmp_path, "2024-03-12.txt", MARCH_READ_AS_DECIDED)
    assert ingest(session_factory, march) == "new"
    assert ingest(session_factory, write_minutes(tmp_path, "2024-04-09.txt", APRIL)) == "new"
    with session_factory() as s, s.begin():
        item = s.scalars(select(AgendaItem).join(Meeting).where(
            AgendaItem.title == "Budget 2025", Meeting.date == dt.date(2024, 3, 12))).one()
        correct(s, item, {"status": "postponed"}, user=None, document=item.meeting.document, now=NOW)
    february = MARCH.replace("2024-03-12", "2024-02-13").replace("2024-04-09", "2024-03-12").replace(
        "Budget 2025", "Årsstämma").replace(POSTPONED, "Styrelsen beslutade att kalla till stämma.")
    assert ingest(session_factory, write_minutes(tmp_path, "2024-02-13.txt", february)) == "new"
    rows, draft = carried(session_factory)
    assert [(title, origin, state, times) for title, origin, state, times, _ in rows] == [
        ("Budget 2025", "2024-03-12", "open", 2)]
    assert [title for title, _ in draft] == ["Budget 2025"]


def test_correction_to_handled_keeps_a_later_meeting_putting_it_off(session_factory, tmp_path):
    """Put off in March and again in April; the secretary corrects March to handled (it was read wrong).

    The correction deleted the whole open carried item, April's own postponement with it, so the May
    draft lost "Budget 2025" until some later refold. It now carries on from April, as a refold does.
    """
    assert ingest(session_factory, write_minutes(tmp_path, "2024-03-12.txt", MARCH)) == "new"
    assert ingest(session_factory, write_minutes(tmp_path, "2024-04-09.txt", APRIL)) == "new"
    with session_factory() as s, s.begin():
        item = s.scalars(select(AgendaItem).join(Meeting).where(
            AgendaItem.title == "Budget 2025", Meeting.date == dt.date(2024, 3, 12))).one()
        correct(s, item, {"status": "handled"}, user=None, document=item.meeting.document, now=NOW)
    from_april = ([("Budget 2025", "2024-04-09", "open", 1, [("postponed", "2024-04-09")])],
                  [("Budget 2025", "Bordlades 2024-04-09, punkt 2")])
    assert carried(session_factory) == from_april
    # A refold (a corrected version of the April minutes) comes to the same.
    fixed = write_minutes(tmp_path, "2024-04-09 rättad.txt", APRIL.replace("öppnade mötet", "hälsade välkommen"))
    assert ingest(session_factory, fixed) == "updated"
    assert carried(session_factory) == from_april
