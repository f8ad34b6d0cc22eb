"""Fixtures of the web tests: an app on the test database, a client, a logged-in secretary, rows built directly."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest

NOW = dt.datetime(2020, 3, 1, 9, 0, tzinfo=dt.UTC)
PASSWORD = "korrekt-hast-batteri"


@pytest.fixture
def app(settings):
    from planner.app import create_app

    application = create_app(settings)
    application.config["PLANNER_NOW"] = lambda: NOW
    yield application
    application.extensions["planner.engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    """A session on the app's database (separate from the request sessions)."""
    with app.extensions["planner.sessionmaker"]() as s:
        yield s


def csrf_token(client, url: str) -> str:
    """Return the CSRF token of the first form on a page."""
    page = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def login(client, username: str = "sekreterare", password: str = PASSWORD):
    token = csrf_token(client, "/sekreterare/logga-in")
    return client.post("/sekreterare/logga-in", data={"anvandarnamn": username, "losenord": password,
                                                      "csrf_token": token})


@dataclass(frozen=True, slots=True)
class World:
    body_id: int
    body_slug: str
    held_id: int
    next_id: int
    event_id: int
    waiting_event_id: int
    carry_id: int
    document_id: int
    item_id: int


TEXT = (
    "Mötesanteckningar – Kommunalt forum 2020-02-07\n"
    "Tid: 9.00-12.00\nPlats: Videum, Växjö\n\n"
    "1. Information om Yrkes-SM\nPunkten utgår och tas upp vid nästa möte.\n\n"
    "2. Nästa möte\nNästa möte hålls den 6 mars 2020 kl. 9.00-12.00 i Videum.\n"
    "Workshop den 8 maj 2020.\n"
)


def _line_span(text: str, needle: str) -> tuple[int, int]:
    """Return the span from `needle` to the end of its line (the first line when absent)."""
    start = max(text.find(needle), 0)
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def multipart(fields: dict[str, str], files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """Encode a multipart/form-data body in memory (the test client spools big ones to unclosed files)."""
    boundary = "----planner-test-boundary"
    out = b""
    for name, value in fields.items():
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n').encode()
    for name, filename, data in files:
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def upload(client, token: str, *files: tuple[str, bytes], follow_redirects: bool = False):
    """Post files (name, bytes) to the secretary's upload form."""
    body, content_type = multipart({"csrf_token": token}, [("filer", name, data) for name, data in files])
    return client.post("/sekreterare/ladda-upp", data=body, content_type=content_type,
                       follow_redirects=follow_redirects)


def upload_to_review(client, token: str, name: str, data: bytes) -> str:
    """Upload one file that is read in; return the review page it leads to."""
    r = upload(client, token, (name, data))
    assert r.status_code == 302 and "/sekreterare/dokument/" in r.headers["Location"], r.get_data(as_text=True)
    return r.headers["Location"]


def build_world(s, text: str = TEXT, *, title: str = "Information om Yrkes-SM") -> World:
    """Store a body, its held meeting with minutes, a coming meeting, events and a carried item."""
    from planner.auth import add_user
    from planner.store import AgendaItem, Body, CarryItem, CarryStep, Document, Event, Meeting

    body = Body(slug="kommunalt-forum", name="Kommunalt forum", region="Kronoberg")
    s.add(body)
    s.flush()
    doc = Document(filename="kf-2020-02-07.txt", sha256="a" * 64, text=text, extraction_json="{}",
                   extraction_version="1")
    s.add(doc)
    s.flush()
    held = Meeting(body_id=body.id, date=dt.date(2020, 2, 7), start=dt.time(9), end=dt.time(12), venue="Videum, Växjö",
                   status="held", document_id=doc.id, span_start=0, span_end=text.index("\n"))
    s.add(held)
    s.flush()
    i1, i1_end = _line_span(text, "1. ")
    item = AgendaItem(meeting_id=held.id, position=1, number="1", title=title, status="postponed",
                      target_when="next", document_id=doc.id, span_start=i1, span_end=i1_end)
    s.add(item)
    n, n_end = _line_span(text, "Nästa möte hålls")
    coming = Meeting(body_id=body.id, date=dt.date(2020, 3, 6), start=dt.time(9), end=dt.time(12),
                     venue="Videum", source_document_id=doc.id, span_start=n, span_end=n_end,
                     confidence=0.95)
    s.add(coming)
    w, w_end = _line_span(text, "Workshop")
    event = Event(body_id=body.id, kind="workshop", title="Workshop " + title[:40], date=dt.date(2020, 5, 8),
                  document_id=doc.id, span_start=w, span_end=w_end, confidence=0.9)
    waiting = Event(body_id=body.id, kind="deadline", title="Svar på remiss", date=dt.date(2020, 3, 20),
                    document_id=doc.id, span_start=w, span_end=w + 8, confidence=0.4, published=False)
    s.add_all([event, waiting])
    s.flush()
    carry = CarryItem(body_id=body.id, title=title, reason="postponed", when="next", origin_meeting_id=held.id,
                      origin_item_number="1", target_meeting_id=coming.id, document_id=doc.id,
                      span_start=item.span_start, span_end=item.span_end, times_postponed=1)
    s.add(carry)
    s.flush()
    s.add(CarryStep(carry_id=carry.id, kind="postponed", meeting_id=held.id, item_number="1", document_id=doc.id,
                    span_start=item.span_start, span_end=item.span_end))
    add_user(s, "sekreterare", PASSWORD, role="secretary", body_slugs=(body.slug,))
    s.commit()
    return World(body.id, body.slug, held.id, coming.id, event.id, waiting.id, carry.id, doc.id, item.id)


@pytest.fixture
def world(db) -> World:
    return build_world(db)
