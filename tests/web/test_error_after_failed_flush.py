"""A view that fails in a flush still gets the Swedish error page.

The error handler rendered error.html on the request's session as the failed flush left it; the
menu reads the logged-in user through that session, so rendering raised PendingRollbackError and
waitress answered with its own English "Internal Server Error" (an emptied event title in the
review form did this).
"""

from __future__ import annotations

from .conftest import login


def test_failed_flush_gives_the_swedish_error_page(app, world):
    from planner.app import db_session
    from planner.store import Event

    def broken() -> str:
        s = db_session()
        event = s.get(Event, world.event_id)
        event.title = None  # NOT NULL: the flush fails
        s.flush()
        return "stored"

    app.add_url_rule("/trasig", view_func=broken)
    client = app.test_client()
    login(client)
    r = client.get("/trasig")
    assert r.status_code == 500
    page = r.get_data(as_text=True)
    assert "Något gick fel" in page and "Logga ut (sekreterare)" in page
