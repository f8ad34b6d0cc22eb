"""The same new minutes sent to `POST /api/v1/documents` by several clients at once (a script retrying
after a timeout, two secretaries with the same attachment) answered 500 to all but one: each request
found the file not stored yet, then met the first one's row in the unique index on the document's
hash (and, for a body met for the first time, on the body's name) and stopped there. An ingest that
meets another transaction's rows now starts again, and finds the minutes stored: "unchanged"."""

from __future__ import annotations

import hashlib
import io
import threading

from sqlalchemy import func, select

from tests.api.conftest import bearer

CLIENTS = 6


def test_the_same_upload_at_once_is_stored_once_and_unchanged_for_the_others(app, db, seed, tokens):
    from planner.store import Body, Document

    data = seed("003").read_bytes()
    start = threading.Barrier(CLIENTS)
    answers: list[tuple[int, dict]] = []

    def send() -> None:
        client = app.test_client()
        start.wait()
        response = client.post("/api/v1/documents", data={"file": (io.BytesIO(data), "forum.txt")},
                               content_type="multipart/form-data", headers=bearer(tokens.admin))
        answers.append((response.status_code, response.get_json(force=True)))

    threads = [threading.Thread(target=send) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [code for code, _ in answers] == [200] * CLIENTS, answers
    assert sorted(answer["status"] for _, answer in answers) == ["new"] + ["unchanged"] * (CLIENTS - 1)
    assert len({answer["document_id"] for _, answer in answers}) == 1
    assert len({answer["meeting"]["id"] for _, answer in answers}) == 1
    assert db.scalar(select(func.count()).where(Document.sha256 == hashlib.sha256(data).hexdigest())) == 1
    assert db.scalar(select(func.count()).select_from(Body)) == 3  # the two of the fixture, and this one
