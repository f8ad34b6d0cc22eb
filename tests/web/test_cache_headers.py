"""HTML pages were sent without Cache-Control.

Nothing told a proxy or the browser how to keep the public pages, which change with every ingest,
and the pages with a personal link in their address (confirm, unsubscribe) or a session's form token
could be stored by a shared cache. Public pages now say "no-cache"; the private ones "no-store".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/", "/organ/kommunalt-forum", "/manad/2020/3", "/finns-inte"])
def test_public_pages_are_revalidated(client, world, path):
    response = client.get(path)
    assert response.headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize("path", ["/prenumerera", "/avregistrera", "/notifications/confirm/ogiltig",
                                  "/notifications/unsubscribe/ogiltig", "/sekreterare/logga-in"])
def test_pages_with_a_token_are_never_stored(client, world, path):
    client.get(path)  # the second visit reuses the session's form token
    response = client.get(path)
    assert "no-store" in response.headers["Cache-Control"]


def test_feeds_keep_their_own_caching(client, world):
    assert client.get("/kalender/alla.ics").headers["Cache-Control"] == "public, no-cache"
