"""Fixtures of the API tests: an app on the test database, rows made here, users and tokens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

NOW = dt.datetime(2020, 4, 1, 8, 0, tzinfo=dt.UTC)
SCRIPT = "<script>alert('x')</script> & </textarea>"


@pytest.fixture
def app(settings):
    from planner.app import create_app

    app = create_app(settings.replace(web={"max_upload_mb": 1}))
    app.config.update(TESTING=True, PLANNER_NOW=lambda: NOW)
    yield app
    app.extensions["planner.engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    with app.extensions["planner.sessionmaker"]() as session:
        yield session


@dataclass(frozen=True, slots=True)
class Rows:
    body: int
    other_body: int
    document: int
    held: int
    planned: int
    hidden_meeting: int
    item: int
    event: int
    hidden_event: int
    carry: int


@pytest.fixture
def rows(db) -> Rows:
    """Two bodies; a held meeting with items and attendance from a document full of markup; a planned,
    an unpublished meeting; a published and an unpublished event; an open carried item with a step."""
    from planner.store import (
        AgendaItem,
        Attendance,
        Body,
        BodyAlias,
        CarryItem,
        CarryStep,
        Document,
        Event,
        Meeting,
        Person,
    )

    body = Body(slug="kommunalt-forum", name="Kommunalt forum", region="Region Kronoberg")
    body.aliases.append(BodyAlias(key="kommunal forum", name="Kommunala forum"))
    other = Body(slug="presidiekonferens", name="Presidiekonferens")
    text = f"Mötesanteckningar – Kommunalt forum\nDatum: 2020-03-06\n5. Information {SCRIPT}\nUtgår.\n"
    doc = Document(filename="forum.txt", sha256="a" * 64, text=text, extraction_json="{}", extraction_version="1",
                   ingested_at=NOW)
    db.add_all([body, other, doc])
    db.flush()
    held = Meeting(body_id=body.id, date=dt.date(2020, 3, 6), start=dt.time(9), end=dt.time(12),
                   venue="Bolmen, regionhuset, Växjö", status="held", document_id=doc.id, source_document_id=doc.id,
                   updated_at=NOW)
    planned = Meeting(body_id=body.id, date=dt.date(2020, 5, 8), start=dt.time(8, 45), end=dt.time(15),
                      venue="Videum Science Park", kind="workshop", status="planned", source_document_id=doc.id,
                      span_start=10, span_end=20, updated_at=NOW)
    month_only = Meeting(body_id=other.id, month="2020-11", status="planned", updated_at=NOW)
    hidden = Meeting(body_id=body.id, date=dt.date(2020, 9, 4), status="planned", published=False, confidence=0.4,
                     updated_at=NOW)
    db.add_all([held, planned, month_only, hidden])
    db.flush()
    item = AgendaItem(meeting_id=held.id, position=1, number="5", title=f"Information {SCRIPT}", status="postponed",
                      document_id=doc.id, span_start=60, span_end=80)
    person = Person(name="Mikael Johansson")
    db.add_all([item, person])
    db.flush()
    db.add(Attendance(meeting_id=held.id, person_id=person.id, present=True, party="M", document_id=doc.id))
    event = Event(body_id=body.id, kind="deadline", title="Remissvar", date=dt.date(2020, 6, 1), document_id=doc.id,
                  span_start=0, span_end=5, updated_at=NOW)
    hidden_event = Event(body_id=body.id, kind="other", title="Osäkert", date=dt.date(2020, 7, 1), published=False,
                         updated_at=NOW)
    carry = CarryItem(body_id=body.id, title=f"Information {SCRIPT}", reason="postponed", origin_meeting_id=held.id,
                      origin_item_number="5", target_meeting_id=planned.id, document_id=doc.id, updated_at=NOW)
    carry.steps.append(CarryStep(kind="postponed", meeting_id=held.id, item_number="5", document_id=doc.id,
                                 span_start=60, span_end=80, at=NOW))
    db.add_all([event, hidden_event, carry])
    db.commit()
    return Rows(body=body.id, other_body=other.id, document=doc.id, held=held.id, planned=planned.id,
                hidden_meeting=hidden.id, item=item.id, event=event.id, hidden_event=hidden_event.id, carry=carry.id)


@dataclass(frozen=True, slots=True)
class Tokens:
    admin: str
    secretary: str  # secretary of the other body only
    revoked: str


@pytest.fixture
def tokens(db, rows) -> Tokens:
    from planner.api.tokens import create_token, revoke_token
    from planner.webmodels import ApiToken, User, UserBody

    admin = User(username="admin", name="Admin", password_hash="-", role="admin")
    secretary = User(username="sekreterare", name="Sekreterare", password_hash="-", role="secretary")
    db.add_all([admin, secretary])
    db.flush()
    db.add(UserBody(user_id=secretary.id, body_id=rows.other_body))
    result = Tokens(admin=create_token(db, admin, "test", now=NOW),
                    secretary=create_token(db, secretary, "test", now=NOW),
                    revoked=create_token(db, admin, "old", now=NOW))
    from sqlalchemy import select

    from planner.api.tokens import hash_token

    revoked_id = db.scalars(select(ApiToken.id).where(ApiToken.token_sha256 == hash_token(result.revoked))).one()
    revoke_token(db, revoked_id)
    db.commit()
    return result


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def draft_agenda(response) -> str:  # type: ignore[no-untyped-def]
    """The DESCRIPTION of the one event of a feed response that carries the draft agenda."""
    import icalendar

    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.data)
    [description] = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")
                     if "Utkast till dagordning" in str(e.get("DESCRIPTION", ""))]
    return description
