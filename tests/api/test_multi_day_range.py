"""A meeting or event of several days is in a from/to range that holds any of its days.

The bug: `from` compared the first day only, so a conference on 10–12 June was missing from
GET /api/v1/events?from=2020-06-11&to=2020-06-11 ("what is on today?" on its second day), while the
feeds, which hold a row whose last day is in their window, showed it.
"""

from __future__ import annotations

import datetime as dt

from tests.api.conftest import NOW


def _titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.get_json()
    return [row["title"] for row in response.get_json()["results"]]


def test_rows_of_several_days_are_in_a_range_that_holds_one_of_their_days(client, rows, db):
    from planner.store import Event, Meeting

    db.add(Event(body_id=rows.body, kind="conference", title="Länskonferensen", date=dt.date(2020, 6, 10),
                 end_date=dt.date(2020, 6, 12), updated_at=NOW))
    db.add(Meeting(body_id=rows.body, kind="meeting", title="Internat", date=dt.date(2020, 6, 15),
                   end_date=dt.date(2020, 6, 16), status="planned", updated_at=NOW))
    db.commit()

    assert _titles(client, "/api/v1/events?from=2020-06-11&to=2020-06-11") == ["Länskonferensen"]
    assert _titles(client, "/api/v1/events?from=2020-06-12") == ["Länskonferensen"]
    assert _titles(client, "/api/v1/events?from=2020-06-13") == []
    assert _titles(client, "/api/v1/events?to=2020-06-09&from=2020-06-01") == ["Remissvar"]
    assert _titles(client, "/api/v1/meetings?from=2020-06-16&to=2020-06-30") == ["Internat"]
    assert _titles(client, "/api/v1/meetings?from=2020-06-17&to=2020-06-30") == []
