"""A carried item is closed by a later item that names it as one compound word.

Secretaries write a matter one way when it is put off and another when it comes back: "Samverkansavtal
om hjälpmedel" is tabled in March and handled in April as "Information om hjälpmedelsavtalet". The
titles share no whole word, so the fold did not see the April item as the matter and it stayed open
on every later draft agenda although it had been dealt with.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.agenda import draft_next_agenda
from planner.ingest import find_body, ingest_file
from planner.store import CarryItem
from tests.carry_minutes import BODY, POSTPONED, minutes, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
MARCH = minutes("2024-03-12", [("Samverkansavtal om hjälpmedel", POSTPONED),
                               ("Budget 2025", POSTPONED)], "2024-04-09")
APRIL = minutes("2024-04-09", [("Information om hjälpmedelsavtalet", "Styrelsen beslutade att godkänna avtalet."),
                               ("Budgetuppföljning 2025", "Kassören redovisade utfallet. Informationen noterades.")],
                "2024-05-14")


def test_compound_title_closes_the_matter_and_a_compound_of_one_part_does_not(session_factory, tmp_path):
    for name, text in (("2024-03-12.txt", MARCH), ("2024-04-09.txt", APRIL)):
        result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
        assert result.status == "new", result.message
    with session_factory() as s:
        rows = {c.title: (c.state, c.closed_reason) for c in s.scalars(select(CarryItem).order_by(CarryItem.id))}
        body = find_body(s, BODY)
        assert body is not None
        draft = [e.title for e in draft_next_agenda(s, body).entries if e.section == "carried"]
    assert rows["Samverkansavtal om hjälpmedel"] == ("closed", "Behandlad 2024-04-09, punkt 2")
    # "Budgetuppföljning" is about the budget's outcome, not the budget put off: it stays open.
    assert rows["Budget 2025"][0] == "open"
    assert "Samverkansavtal om hjälpmedel" not in draft
    assert "Budget 2025" in draft
