"""The same new minutes uploaded on the secretary page by several browsers at once (a double click, two
tabs, two secretaries with the same attachment) are stored once: an upload that meets another's rows in a
unique index (the document's hash, a body met for the first time) starts again and finds them stored,
where it answered 500 (as `POST /api/v1/documents` did before `ingest.is_conflict`)."""

from __future__ import annotations

import hashlib
import threading

from sqlalchemy import func, select

from planner.store import Body, Document

from .conftest import csrf_token, login, multipart

BROWSERS = 4


def test_the_same_upload_at_once_is_stored_once(app, world, db, seed) -> None:
    data = seed("003").read_bytes()
    clients = []
    for _ in range(BROWSERS):
        client = app.test_client()
        login(client)
        clients.append((client, csrf_token(client, "/sekreterare/")))
    start = threading.Barrier(BROWSERS)
    answers: list[tuple[int, str]] = []

    def send(client, token: str) -> None:
        body, content_type = multipart({"csrf_token": token}, [("filer", "forum.txt", data)])
        start.wait()
        response = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
        answers.append((response.status_code, response.headers.get("Location", "")))

    threads = [threading.Thread(target=send, args=pair) for pair in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [code for code, _ in answers] == [302] * BROWSERS, answers
    assert len({where for _, where in answers}) == 1 and "/sekreterare/dokument/" in answers[0][1], answers
    db.expire_all()
    assert db.scalar(select(func.count()).where(Document.sha256 == hashlib.sha256(data).hexdigest())) == 1
    assert db.scalar(select(func.count()).select_from(Body)) == 2  # the fixture's, and this one
