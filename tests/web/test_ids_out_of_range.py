"""A page's id larger than any row's (a number the database cannot hold) is "not found", not a server error.

Every `<id:...>` in a page's route stops at `planner.store.MAX_ID` (the API checks its ids itself); before,
/mote/99999999999999999999 reached the database and failed on it (OverflowError on SQLite, "integer out
of range" on PostgreSQL).
"""

from __future__ import annotations

import pytest

from planner.store import MAX_ID

from .conftest import login

HUGE = ("99999999999999999999", str(MAX_ID + 1))


@pytest.mark.parametrize("huge", HUGE)
@pytest.mark.parametrize("path", ["/mote/{}", "/punkt/{}", "/dokument/{}", "/manad/{}/1"])
def test_a_huge_id_on_a_public_page_is_not_found(client, path: str, huge: str) -> None:
    response = client.get(path.format(huge))
    assert response.status_code == 404
    assert "Sidan finns inte" in response.get_data(as_text=True)


@pytest.mark.parametrize("huge", HUGE)
def test_a_huge_id_in_the_api_is_a_problem_object(client, huge: str) -> None:
    response = client.get(f"/api/v1/meetings/{huge}")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize("path", ["/sekreterare/dokument/{}", "/sekreterare/dagordning/{}"])
def test_a_huge_id_on_a_secretary_page_is_not_found(client, world, path: str) -> None:
    login(client)
    assert client.get(path.format(HUGE[0])).status_code == 404


@pytest.mark.parametrize("path", ["/mote/{}", "/punkt/{}", "/dokument/{}"])
def test_the_largest_id_is_still_looked_up(client, path: str) -> None:
    assert client.get(path.format(MAX_ID)).status_code == 404  # the route matched, the database has no such row
