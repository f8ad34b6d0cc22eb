"""An event moved or cancelled in words other than those it was announced in is still that event.

The November minutes announced "Workshop om digitalisering den 15 januari 2027" and "Länskonferensen
hålls 25-26 mars 2027 i Kalmar"; the December minutes said "Workshopen den 15 januari 2027 flyttas
till den 22 januari 2027" and "Länskonferensen 25-26 mars 2027 ställs in". The titles read from the
two sentences share too few words, so the move made a second workshop (the first stayed confirmed on
15 January) and the cancellation a second, cancelled conference beside the confirmed one: subscribers
had a duplicate and never saw the move or the cancellation. A move or cancellation names the event by
its day and kind; when that day holds one event of the kind, it is that event, whatever the words.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Event
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2026, 12, 9, 8, 0, tzinfo=dt.UTC)
NOVEMBER = minutes("2026-11-10", [("Kommande aktiviteter", (
    "Workshop om digitalisering den 15 januari 2027 kl. 13.00-16.00 i Asa, regionhuset.\n"
    "Länskonferensen hålls 25-26 mars 2027 i Kalmar."))], "2026-12-08")
DECEMBER = minutes("2026-12-08", [("Kommande aktiviteter", (
    "Workshopen den 15 januari 2027 flyttas till den 22 januari 2027.\n"
    "Länskonferensen 25-26 mars 2027 ställs in."))], "2027-02-09")


def events(session_factory) -> dict[str, list[tuple[str, str, str, int]]]:  # type: ignore[no-untyped-def]
    with session_factory() as s:
        found: dict[str, list[tuple[str, str, str, int]]] = {}
        for e in s.scalars(select(Event).order_by(Event.date, Event.id)):
            found.setdefault(e.kind, []).append((str(e.date), e.status, e.uid, e.sequence))
        return found


def test_move_and_cancellation_reach_the_announced_events(session_factory, tmp_path):
    assert ingest_file(session_factory, write_minutes(tmp_path, "nov.txt", NOVEMBER), now=NOW).status == "new"
    before = events(session_factory)
    [(_, _, workshop_uid, workshop_seq)] = before["workshop"]
    [(_, _, conference_uid, conference_seq)] = before["conference"]
    assert ingest_file(session_factory, write_minutes(tmp_path, "dec.txt", DECEMBER), now=NOW).status == "new"
    after = events(session_factory)
    [(day, status, uid, sequence)] = after["workshop"]
    assert (day, status, uid) == ("2027-01-22", "planned", workshop_uid) and sequence > workshop_seq
    [(day, status, uid, sequence)] = after["conference"]
    assert (day, status, uid) == ("2027-03-25", "cancelled", conference_uid) and sequence > conference_seq


def test_refold_out_of_order_ends_the_same(session_factory, tmp_path):
    assert ingest_file(session_factory, write_minutes(tmp_path, "dec.txt", DECEMBER), now=NOW).status == "new"
    assert ingest_file(session_factory, write_minutes(tmp_path, "nov.txt", NOVEMBER), now=NOW).status == "new"
    after = events(session_factory)
    assert [(day, status) for day, status, _, _ in after["workshop"]] == [("2027-01-22", "planned")]
    assert [(day, status) for day, status, _, _ in after["conference"]] == [("2027-03-25", "cancelled")]


def test_two_events_of_the_kind_that_day_are_not_guessed(session_factory, tmp_path):
    """Two workshops on 15 January: a move that names neither by its title moves none of them."""
    two = NOVEMBER.replace("Länskonferensen hålls", "Workshop om klimatanpassning den 15 januari 2027 kl. "
                           "09.00-11.00 i Bolmen.\nLänskonferensen hålls")
    assert ingest_file(session_factory, write_minutes(tmp_path, "nov.txt", two), now=NOW).status == "new"
    assert [d for d, _, _, _ in events(session_factory)["workshop"]] == ["2027-01-15", "2027-01-15"]
    assert ingest_file(session_factory, write_minutes(tmp_path, "dec.txt", DECEMBER), now=NOW).status == "new"
    assert sorted((d, s) for d, s, _, _ in events(session_factory)["workshop"]) == [
        ("2027-01-15", "planned"), ("2027-01-15", "planned"), ("2027-01-22", "planned")]
