"""A topic announced under "Övriga frågor" was closed by the next meeting's "Övriga frågor".

The March minutes say, under "Övriga frågor", that the treasurer reports on the laundry booking
survey at the next meeting: an announced topic, raised inside that item. The fold matched each
carried item against the next meeting's items by its own title and by the title of the item it
came from, so the April minutes' "Övriga frågor" ("Inga övriga frågor.") closed the topic as
handled there, and it vanished from the carried items and the drafts though nobody reported.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.agenda import draft_next_agenda
from planner.ingest import find_body, ingest_file
from planner.store import CarryItem
from tests.carry_minutes import BODY, minutes, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
TOPIC = "Kassören redovisar enkäten om tvättstugans bokning vid nästa möte."
MARCH = minutes("2024-03-12", [("Renovering av tvättstugan", "Styrelsen beslutade att anta offerten."),
                               ("Övriga frågor", TOPIC)], "2024-04-09")
APRIL = minutes("2024-04-09", [("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj."),
                               ("Övriga frågor", "Inga övriga frågor.")], "2024-05-14")
MAY = minutes("2024-05-14", [("Enkäten om tvättstugans bokning", "Kassören redovisade enkäten. Styrelsen tackade.")],
              "2024-06-11")


def announced(session_factory):  # type: ignore[no-untyped-def]
    """Return the announced topics as (state, closed by) and the next draft's announced entries."""
    with session_factory() as s:
        rows = [(c.state, c.closed_reason) for c in s.scalars(
            select(CarryItem).where(CarryItem.reason == "announced").order_by(CarryItem.id))]
        body = find_body(s, BODY)
        assert body is not None
        draft = [e.note for e in draft_next_agenda(s, body).entries if e.section == "announced"]
    return rows, draft


def test_standing_item_does_not_close_topic_announced_under_it(session_factory, tmp_path):
    for name, text in (("2024-03-12.txt", MARCH), ("2024-04-09.txt", APRIL)):
        result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
        assert result.status == "new", result.message
    rows, draft = announced(session_factory)
    assert rows == [("open", None)]
    # Due at 9 April and not taken up there, it is not put forward by itself (see agenda.py).
    assert draft == []

    result = ingest_file(session_factory, write_minutes(tmp_path, "2024-05-14.txt", MAY), now=NOW)
    assert result.status == "new", result.message
    rows, _ = announced(session_factory)
    assert rows == [("closed", "Behandlad 2024-05-14, punkt 2")]
