"""A corrected date must fall in the years the site and calendar programs handle (DATE_YEARS).

The bug: PATCH /api/v1/meetings/<id> took {"date": "9999-12-31"} (or "0001-01-01"); the feeds then
carried a meeting that made a feed reader's recurrence arithmetic overflow, and its month had no page.
"""

from __future__ import annotations

import pytest

from tests.api.conftest import bearer


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_dates_outside_the_years_are_refused(client, rows, tokens, day):
    for url in (f"/api/v1/meetings/{rows.held}", f"/api/v1/events/{rows.event}"):
        before = client.get(url).get_json()
        response = client.patch(url, json={"date": day}, headers=bearer(tokens.admin))
        assert response.status_code == 422, url
        assert response.get_json()["detail"] == f"Ogiltigt värde '{day}': ange ett datum mellan år 1900 och 2200."
        assert client.get(url).get_json() == before


@pytest.mark.parametrize("day", ["1900-01-01", "2200-12-31"])
def test_the_first_and_last_years_are_taken(client, rows, tokens, day):
    response = client.patch(f"/api/v1/events/{rows.event}", json={"date": day}, headers=bearer(tokens.admin))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["date"] == day
