"""Secretaries' corrections of attendance lists survive a re-ingest of the same minutes and of a corrected version.

The gap (QA round): the review page showed who was present and absent read-only. A name run together
with its organisation, a person listed as present who was absent, a missing person or a false "person"
(a title, a heading) could not be fixed, and nothing would have kept a fix over the next ingest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from calendars.scopes import involved_body_ids
from planner.attendees import AttendeeError, add_attendee, correct_attendee, remove_attendee
from planner.ingest import ingest_file
from planner.store import Attendance, Document, Meeting, Organisation, Person, as_utc
from planner.webmodels import Correction

NOW = dt.datetime(2020, 3, 10, 9, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(hours=1)

MINUTES = """Mötesanteckningar – Kommunalt forum

Datum: 2020-03-06
Tid: 9.00-12.00
Plats: Videum, Växjö

Närvarande:
Anna Ek, Lessebo kommun
Bo Berg, Alvesta kommun
Projektledare Ulf, Alvesta kommun
Frånvarande:
Cecilia Dahl, Ljungby kommun

1. Information om Yrkes-SM
Punkten behandlades.

2. Nästa möte
Nästa möte hålls den 3 april 2020 kl. 9.00-12.00 i Videum.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def roll(s, meeting_id: int) -> dict[str, tuple[str | None, bool, str | None]]:
    """Name -> (organisation, present, role) of a meeting's attendance, as stored now."""
    s.expire_all()
    rows = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()
    return {a.person.name: (a.person.organisation.name if a.person.organisation else None, a.present, a.role)
            for a in rows}


def held(s) -> Meeting:
    return s.scalars(select(Meeting).where(Meeting.status == "held")).one()


def row(s, meeting: Meeting, name: str) -> Attendance:
    return next(a for a in meeting.attendance if a.person.name == name)


def correct_all(session_factory) -> int:
    """Make one correction of each kind; return the meeting's id."""
    with session_factory() as s, s.begin():
        m = held(s)
        assert set(roll(s, m.id)) == {"Anna Ek", "Bo Berg", "Projektledare Ulf", "Cecilia Dahl"}
        correct_attendee(s, row(s, m, "Anna Ek"), {"name": "Anna Eklund", "role": "ordförande"}, user=None, now=NOW)
        correct_attendee(s, row(s, m, "Bo Berg"), {"organisation": "Växjö kommun", "present": "false"},
                         user=None, now=NOW)
        remove_attendee(s, row(s, m, "Projektledare Ulf"), user=None, now=NOW)
        add_attendee(s, m, "  David   Holm ", "Markaryds kommun", present=False, user=None, now=NOW)
        return m.id


def expected() -> dict[str, tuple[str | None, bool, str | None]]:
    return {"Anna Eklund": ("Lessebo kommun", True, "ordförande"), "Bo Berg": ("Växjö kommun", False, None),
            "Cecilia Dahl": ("Ljungby kommun", False, None), "David Holm": ("Markaryds kommun", False, None)}


def test_corrections_are_stored_and_survive_reingest_of_the_same_and_a_corrected_version(
        session_factory, settings, tmp_path):
    first = write(tmp_path, "kf-2020-03-06.txt", MINUTES)
    assert ingest_file(session_factory, first, now=NOW, settings=settings).status == "new"
    meeting_id = correct_all(session_factory)
    with session_factory() as s:
        assert roll(s, meeting_id) == expected()
        uid = s.get_one(Meeting, meeting_id).uid
        keys = {(c.entity_key, c.field, c.old_value, c.new_value)
                for c in s.scalars(select(Correction).where(Correction.entity == "attendance"))}
        assert (f"{uid}#Anna Ek", "name", "Anna Ek", "Anna Eklund") in keys
        assert (f"{uid}#Bo Berg", "present", "true", "false") in keys
        assert (f"{uid}#Projektledare Ulf", "listed", "true", "false") in keys
        assert (f"{uid}#David Holm", "listed", None, "true") in keys
        doc_id = s.scalars(select(Document.id)).one()
        assert {c.document_id for c in s.scalars(select(Correction))} == {doc_id}

    # The same minutes again: nothing is re-read, and nothing is lost.
    assert ingest_file(session_factory, first, now=NOW, settings=settings).status in ("unchanged", "updated")
    with session_factory() as s:
        assert roll(s, meeting_id) == expected()

    # A corrected version of the minutes is read again from its text: the secretary's word wins.
    corrected = write(tmp_path, "kf-2020-03-06-rattad.txt", MINUTES.replace("Tid: 9.00-12.00", "Tid: 9.00-12.30"))
    assert ingest_file(session_factory, corrected, now=NOW, settings=settings).status == "updated"
    with session_factory() as s:
        m = held(s)
        assert m.id == meeting_id and m.end == dt.time(12, 30)
        assert roll(s, meeting_id) == expected()
        # The rows were written again from the new text, yet the name as read is still the key.
        assert row(s, m, "Anna Eklund").read_name == "Anna Ek"


def test_people_are_shared_rows_never_renamed(session_factory, settings, tmp_path):
    """Anna Ek of Lessebo attends another meeting too: the correction points this meeting's attendance at
    another Person and leaves hers alone."""
    assert ingest_file(session_factory, write(tmp_path, "kf.txt", MINUTES), now=NOW, settings=settings).status == "new"
    other = MINUTES.replace("Kommunalt forum", "Regionalt forum").replace("2020-03-06", "2020-03-13")
    assert ingest_file(session_factory, write(tmp_path, "rf.txt", other), now=NOW, settings=settings).status == "new"
    with session_factory() as s, s.begin():
        kf = s.scalars(select(Meeting).where(Meeting.status == "held", Meeting.date == dt.date(2020, 3, 6))).one()
        anna = row(s, kf, "Anna Ek")
        anna_id = anna.person_id
        correct_attendee(s, anna, {"name": "Anna Eklund"}, user=None, now=NOW)
    with session_factory() as s:
        assert s.get_one(Person, anna_id).name == "Anna Ek"
        rf = s.scalars(select(Meeting).where(Meeting.status == "held", Meeting.date == dt.date(2020, 3, 13))).one()
        assert "Anna Ek" in roll(s, rf.id)
        # A second correction to a name a Person already has reuses that row.
        assert len(s.scalars(select(Person).where(Person.name == "Anna Eklund")).all()) == 1


def test_corrected_organisation_moves_the_body_into_the_organisations_feed_scope(session_factory, settings, tmp_path):
    assert ingest_file(session_factory, write(tmp_path, "kf.txt", MINUTES), now=NOW, settings=settings).status == "new"
    with session_factory() as s, s.begin():
        m = held(s)
        correct_attendee(s, row(s, m, "Bo Berg"), {"organisation": "Tingsryds kommun"}, user=None, now=LATER)
        body_id = m.body_id
    with session_factory() as s:
        # Feeds are cached by the store's latest `updated_at`: the meeting's moves on with its attendance.
        assert as_utc(held(s).updated_at) == LATER
        tingsryd = s.scalars(select(Organisation).where(Organisation.name == "Tingsryds kommun")).one()
        assert body_id in involved_body_ids(s, tingsryd.id)


@pytest.mark.parametrize(("values", "message"), [
    ({"name": "   "}, "Namnet måste fyllas i."),
    ({"name": "N" * 301}, "Namnet får vara högst 300 tecken (nu 301)."),
    ({"organisation": "O" * 301}, "Organisationen får vara högst 300 tecken (nu 301)."),
    ({"role": "R" * 201}, "Rollen får vara högst 200 tecken (nu 201)."),
    ({"name": "cecilia dahl"}, "cecilia dahl finns redan på närvarolistan."),
])
def test_values_the_list_cannot_hold_are_refused_in_swedish(session_factory, settings, tmp_path, values, message):
    assert ingest_file(session_factory, write(tmp_path, "kf.txt", MINUTES), now=NOW, settings=settings).status == "new"
    with session_factory() as s:
        m = held(s)
        with pytest.raises(AttendeeError) as err:
            correct_attendee(s, row(s, m, "Anna Ek"), values, user=None, now=NOW)
        assert str(err.value) == message
        with pytest.raises(AttendeeError, match="^Namnet måste fyllas i.$"):
            add_attendee(s, m, " ", user=None, now=NOW)
        with pytest.raises(AttendeeError, match="finns redan på närvarolistan"):
            add_attendee(s, m, "Bo  Berg", user=None, now=NOW)
