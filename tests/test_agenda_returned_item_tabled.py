"""An item that was to return and then was tabled showed only where it first came from.

The March minutes say "Stadgeändring" returns at the next meeting; in April it is tabled
("bordläggs till nästa möte"). The May draft (the CLI, the exports, the feeds' description, the
editor's first lines) said only "Återkommer enligt beslut 2024-03-12, punkt 2": that it was put
off in April showed nowhere, because the last postponement was named only for an item raised as
postponed and put off again. The same held for a topic announced and then tabled.
"""

from __future__ import annotations

import datetime as dt

from planner.agenda import draft_next_agenda
from planner.ingest import find_body, ingest_file
from tests.carry_minutes import BODY, POSTPONED, minutes, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
MARCH = minutes("2024-03-12", [("Stadgeändring", "Frågan återkommer till nästa möte."),
                               ("Renovering av tvättstugan", "Styrelsen beslutade att anta offerten.")], "2024-04-09")
APRIL = minutes("2024-04-09", [("Stadgeändring", POSTPONED),
                               ("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj.")], "2024-05-14")
MAY = minutes("2024-05-14", [("Stadgeändring", POSTPONED)], "2024-06-11")


def drafted(session_factory):  # type: ignore[no-untyped-def]
    with session_factory() as s:
        body = find_body(s, BODY)
        assert body is not None
        return [(e.title, e.note) for e in draft_next_agenda(s, body).entries if e.section == "carried"]


def test_returned_item_tabled_later_says_when(session_factory, tmp_path):
    for name, text in (("2024-03-12.txt", MARCH), ("2024-04-09.txt", APRIL)):
        result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
        assert result.status == "new", result.message
    assert drafted(session_factory) == [
        ("Stadgeändring", "Återkommer enligt beslut 2024-03-12, punkt 2; bordlades 2024-04-09, punkt 2")]

    result = ingest_file(session_factory, write_minutes(tmp_path, "2024-05-14.txt", MAY), now=NOW)
    assert result.status == "new", result.message
    assert drafted(session_factory) == [
        ("Stadgeändring", "Återkommer enligt beslut 2024-03-12, punkt 2; bordlades 2024-05-14, punkt 2 (2 gånger)")]
