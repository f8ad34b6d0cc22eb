"""Minutes that wait for review are not served by the public API either.

The public pages hid them (/dokument/<id> is a 404 until a meeting or event from them is published),
but GET /api/v1/documents/<id> served the whole text to anyone. With a token it is served, as the
other unpublished rows are.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.store import Event, Meeting
from tests.api.conftest import bearer


def test_document_under_review_is_404_without_a_token(client, db, rows, tokens):
    url = f"/api/v1/documents/{rows.document}"
    assert client.get(url).status_code == 200
    for row in [*db.scalars(select(Meeting)), *db.scalars(select(Event))]:
        row.published = False
    db.commit()
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert "text" not in response.get_json()
    with_token = client.get(url, headers=bearer(tokens.admin))
    assert with_token.status_code == 200 and with_token.get_json()["text"]
