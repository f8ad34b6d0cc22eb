"""A secretary's correction of an agenda item's title reaches the item it carries, now and after a refold.

The March minutes came from a scan and read "Budqet 2O25" for "Budget 2025"; the item was put off.
The secretary corrected the title on the review page. The carried item kept the misread title: the
May draft listed "Budqet 2O25", and when the April minutes put "Budget 2025" off again, nothing
tied it to the carried item (no word in common), so the draft listed the matter twice. A refold of
the body's minutes (a corrected version, or earlier minutes arriving) read the titles from the
minutes again and lost the correction in the same way.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.corrections import correct
from planner.store import AgendaItem, Meeting
from tests.carry_minutes import APRIL, DECIDED, MARCH, MAY, POSTPONED, write_minutes
from tests.test_carry_corrected_status_refold import carried, ingest

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
MISREAD = "Budqet 2O25"
MARCH_SCANNED = MARCH.replace("Budget 2025", MISREAD)


def correct_title(session_factory, old: str, new: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    with session_factory() as s, s.begin():
        item = s.scalars(select(AgendaItem).join(Meeting).where(AgendaItem.title == old, Meeting.date == day)).one()
        correct(s, item, {"title": new}, user=None, document=item.meeting.document, now=NOW)


def test_corrected_title_is_the_carried_items_and_matches_later_minutes(session_factory, tmp_path):
    assert ingest(session_factory, write_minutes(tmp_path, "2024-03-12.txt", MARCH_SCANNED)) == "new"
    correct_title(session_factory, MISREAD, "Budget 2025", dt.date(2024, 3, 12))
    once = ([("Budget 2025", "2024-03-12", "open", 1, [("postponed", "2024-03-12")])],
            [("Budget 2025", "Bordlades 2024-03-12, punkt 2")])
    assert carried(session_factory) == once

    assert ingest(session_factory, write_minutes(tmp_path, "2024-04-09.txt", APRIL)) == "new"
    twice = ([("Budget 2025", "2024-03-12", "open", 2, [("postponed", "2024-03-12"), ("postponed", "2024-04-09")])],
             [("Budget 2025", "Bordlades 2024-03-12, punkt 2; bordlades igen 2024-04-09, punkt 2 (2 gånger)")])
    assert carried(session_factory) == twice

    # A corrected version of the March minutes, still misread: the body's minutes are folded again.
    fixed = write_minutes(tmp_path, "2024-03-12 rättad.txt", MARCH_SCANNED.replace("öppnade mötet", "hälsade välkommen"))
    assert ingest(session_factory, fixed) == "updated"
    assert carried(session_factory) == twice
    with session_factory() as s:
        titles = s.scalars(select(AgendaItem.title).join(Meeting).where(Meeting.date == dt.date(2024, 3, 12))).all()
        assert "Budget 2025" in titles and MISREAD not in titles

    assert ingest(session_factory, write_minutes(tmp_path, "2024-05-14.txt", MAY)) == "new"
    rows, draft = carried(session_factory)
    assert [(title, state) for title, _, state, _, _ in rows] == [("Budget 2025", "closed")]
    assert draft == []


def test_corrected_title_of_an_unnumbered_item_still_finds_its_carry_for_a_status_correction(session_factory,
                                                                                              tmp_path):
    """An unnumbered item's carried item was found by title: after a title correction, a status
    correction to handled found none and left the carried item open."""
    unnumbered = MARCH_SCANNED
    for n in range(1, 5):
        unnumbered = unnumbered.replace(f"§ {n} ", "")
    assert ingest(session_factory, write_minutes(tmp_path, "2024-03-12.txt", unnumbered)) == "new"
    rows, _ = carried(session_factory)
    assert [(title, state) for title, _, state, _, _ in rows] == [(MISREAD, "open")]
    correct_title(session_factory, MISREAD, "Budget 2025", dt.date(2024, 3, 12))
    rows, _ = carried(session_factory)
    assert [(title, state) for title, _, state, _, _ in rows] == [("Budget 2025", "open")]
    with session_factory() as s, s.begin():
        item = s.scalars(select(AgendaItem).where(AgendaItem.title == "Budget 2025")).one()
        correct(s, item, {"status": "handled"}, user=None, document=item.meeting.document, now=NOW)
    assert carried(session_factory) == ([], [])


assert POSTPONED in MARCH and DECIDED in MAY
