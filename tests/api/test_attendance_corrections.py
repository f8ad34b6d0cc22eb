"""Attendance corrections through the API: change, add and remove attendees of a meeting.

The gap (QA round): corrections existed for meetings, events, agenda items and carried items but not for
attendance. The API corrects an attendee the way the review page does (planner.attendees), and what
depends on who attended follows: the meeting's detail and an organisation's feed, whose scope holds the
bodies its people attend.
"""

from __future__ import annotations

import icalendar
from sqlalchemy import select

from planner.webmodels import Correction
from tests.api.conftest import bearer


def attendance(client, meeting_id: int) -> list[dict]:
    response = client.get(f"/api/v1/meetings/{meeting_id}", headers={})
    assert response.status_code == 200
    return response.get_json()["attendance"]


def test_attendee_corrected_added_and_removed_through_the_api(app, client, db, rows, tokens):
    [mikael] = attendance(client, rows.held)
    assert mikael["name"] == "Mikael Johansson" and mikael["organisation"] is None and mikael["read_name"] is None
    url = f"/api/v1/meetings/{rows.held}/attendance/{mikael['id']}"
    assert client.get("/kalender/organisation/vaxjo.ics").status_code == 404

    response = client.patch(url, json={"organisation": "Växjö kommun", "present": False, "role": "ordförande"},
                            headers=bearer(tokens.admin))
    assert response.status_code == 200, response.get_json()
    [entry] = response.get_json()["attendance"]
    assert (entry["name"], entry["organisation"], entry["present"], entry["role"]) == (
        "Mikael Johansson", "Växjö kommun", False, "ordförande")
    # The body is now one that Växjö's people attend: its meetings are in Växjö's feed.
    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    feed = client.get("/kalender/organisation/vaxjo.ics")
    assert feed.status_code == 200
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(feed.data).walk("VEVENT")]
    assert any("Kommunalt forum" in s for s in summaries), summaries

    response = client.post(f"/api/v1/meetings/{rows.held}/attendance",
                           json={"name": "Anna  Ek", "organisation": "Lessebo kommun", "present": False},
                           headers=bearer(tokens.admin))
    assert response.status_code == 201, response.get_json()
    assert {(a["name"], a["organisation"], a["present"]) for a in response.get_json()["attendance"]} == {
        ("Mikael Johansson", "Växjö kommun", False), ("Anna Ek", "Lessebo kommun", False)}
    again = client.post(f"/api/v1/meetings/{rows.held}/attendance", json={"name": "anna ek"},
                        headers=bearer(tokens.admin))
    assert again.status_code == 422 and again.get_json()["detail"] == "anna ek finns redan på närvarolistan."

    assert client.delete(url, headers=bearer(tokens.admin)).status_code == 204
    assert [a["name"] for a in attendance(client, rows.held)] == ["Anna Ek"]
    assert client.delete(url, headers=bearer(tokens.admin)).status_code == 404

    db.expire_all()
    stored = {(c.field, c.old_value, c.new_value) for c in db.scalars(
        select(Correction).where(Correction.entity == "attendance", Correction.entity_key.endswith("#Mikael Johansson")))}
    assert stored == {("organisation", None, "Växjö kommun"), ("present", "true", "false"),
                      ("role", None, "ordförande"), ("listed", "true", "false")}


def test_refused_attendance_corrections(client, rows, tokens):
    [mikael] = attendance(client, rows.held)
    url = f"/api/v1/meetings/{rows.held}/attendance/{mikael['id']}"
    for body in ({"name": "   "}, {"name": ""}, {"name": "N" * 301}, {"role": "R" * 201}, {"colour": "blue"}):
        response = client.patch(url, json=body, headers=bearer(tokens.admin))
        assert response.status_code == 422, body
    unreadable = client.patch(url, json={"organisation": "!!!"}, headers=bearer(tokens.admin))
    assert unreadable.status_code == 422 and unreadable.get_json()["detail"].startswith("Organisationen '!!!'")
    assert client.patch(url, json={"name": "X"}, headers=bearer(tokens.secretary)).status_code == 403
    assert client.patch(url, json={"name": "X"}).status_code == 401
    assert client.patch(f"/api/v1/meetings/{rows.planned}/attendance/{mikael['id']}", json={"name": "X"},
                        headers=bearer(tokens.admin)).status_code == 404
    assert attendance(client, rows.held) == [mikael]


def test_openapi_documents_the_attendance_operations(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert set(paths["/api/v1/meetings/{meeting_id}/attendance"]) >= {"post"}
    assert set(paths["/api/v1/meetings/{meeting_id}/attendance/{attendance_id}"]) >= {"patch", "delete"}
