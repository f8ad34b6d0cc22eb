"""The JSON API on rows made here: reads, filters, pagination, problem objects, token-protected writes."""

from __future__ import annotations

import json

from sqlalchemy import select

from tests.api.conftest import SCRIPT, bearer

PROBLEM = "application/problem+json"


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.data
    assert response.mimetype == PROBLEM
    body = response.get_json(force=True)
    assert body["status"] == status and body["type"] == "about:blank"
    assert body["title"] and body["detail"]
    for word in words:
        assert word in body["detail"]
    return body


# --- reads -------------------------------------------------------------------------------------------


def test_bodies_are_paged_in_name_order(client, rows):
    first = client.get("/api/v1/bodies?limit=1").get_json()
    second = client.get("/api/v1/bodies?limit=1&offset=1").get_json()
    assert first["total"] == second["total"] == 2
    assert [b["slug"] for b in first["results"] + second["results"]] == ["kommunalt-forum", "presidiekonferens"]
    body = client.get("/api/v1/bodies/kommunalt-forum").get_json()
    assert body["aliases"] == ["Kommunala forum"] and body["region"] == "Region Kronoberg"


def test_meetings_filter_by_body_and_date_range(client, rows):
    page = client.get("/api/v1/meetings?body=kommunalt-forum&from=2020-04-01&to=2020-12-31").get_json()
    assert [m["date"] for m in page["results"]] == ["2020-05-08"]  # the unpublished one is not shown
    everything = client.get("/api/v1/meetings").get_json()
    assert [(m["date"], m["month"]) for m in everything["results"]] == [
        ("2020-03-06", None), ("2020-05-08", None), (None, "2020-11")]
    november = client.get("/api/v1/meetings?from=2020-11-15").get_json()
    assert [m["month"] for m in november["results"]] == ["2020-11"]  # month-only overlaps the range
    held = client.get("/api/v1/meetings?status=held").get_json()
    assert [m["id"] for m in held["results"]] == [rows.held]


def test_meeting_has_items_and_attendance(client, rows):
    meeting = client.get(f"/api/v1/meetings/{rows.held}").get_json()
    assert (meeting["start"], meeting["end"], meeting["status"]) == ("09:00", "12:00", "held")
    assert [(i["number"], i["status"], i["span"]) for i in meeting["items"]] == [("5", "postponed", [60, 80])]
    [attendee] = meeting["attendance"]
    assert isinstance(attendee.pop("id"), int)  # what PATCH/DELETE /meetings/<id>/attendance/<id> name
    assert attendee == {"name": "Mikael Johansson", "organisation": None, "present": True, "role": None,
                        "party": "M", "document_id": rows.document, "span": None, "read_name": None}


def test_items_events_and_carried_items(client, rows):
    items = client.get("/api/v1/items?body=kommunalt-forum&status=postponed").get_json()
    assert [(i["id"], i["meeting_date"], i["body"]) for i in items["results"]] == [
        (rows.item, "2020-03-06", "kommunalt-forum")]
    events = client.get("/api/v1/events?kind=deadline").get_json()
    assert [e["title"] for e in events["results"]] == ["Remissvar"]
    carried = client.get("/api/v1/carried?state=open").get_json()
    [carry] = carried["results"]
    assert carry["target_meeting_id"] == rows.planned
    assert [(s["kind"], s["meeting_date"], s["span"]) for s in carry["steps"]] == [("postponed", "2020-03-06", [60, 80])]


def test_unpublished_rows_need_a_token(client, rows, tokens):
    assert_problem(client.get(f"/api/v1/meetings/{rows.hidden_meeting}"), 404)
    assert_problem(client.get(f"/api/v1/events/{rows.hidden_event}"), 404)
    seen = client.get(f"/api/v1/meetings/{rows.hidden_meeting}", headers=bearer(tokens.secretary))
    assert seen.status_code == 200 and seen.get_json()["published"] is False
    listed = client.get("/api/v1/events", headers=bearer(tokens.secretary)).get_json()
    assert {e["title"] for e in listed["results"]} == {"Remissvar", "Osäkert"}


def test_minutes_text_with_markup_is_escaped_in_json(client, rows):
    for path in (f"/api/v1/documents/{rows.document}", f"/api/v1/meetings/{rows.held}",
                 f"/api/v1/carried/{rows.carry}", "/api/v1/items"):
        response = client.get(path)
        raw = response.get_data(as_text=True)
        assert "<" not in raw and ">" not in raw and "&" not in raw, path
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert SCRIPT in json.dumps(response.get_json(), ensure_ascii=False)
    assert SCRIPT in client.get(f"/api/v1/documents/{rows.document}").get_json()["text"]


# --- problems ------------------------------------------------------------------------------------------


def test_not_found_and_bad_requests_are_problem_objects(client, rows):
    assert_problem(client.get("/api/v1/meetings/999999"), 404, "999999")
    assert_problem(client.get("/api/v1/meetings/99999999999999999999"), 404)
    assert_problem(client.get("/api/v1/no/such/path"), 404, "/api/v1/no/such/path")
    assert_problem(client.get("/api/v1/bodies/okand"), 404, "okand")
    assert_problem(client.get("/api/v1/meetings?body=okand"), 404, "okand")
    bad = assert_problem(client.get("/api/v1/meetings?from=2020-02-30"), 400, "from")
    assert "from" in bad["errors"]
    assert client.get("/api/v1/meetings?from=2020-05-01&to=2020-04-01").get_json()["total"] == 0
    assert_problem(client.get("/api/v1/bodies?limit=0"), 400, "limit")
    assert_problem(client.get("/api/v1/bodies?limit=abc"), 400, "limit")


def test_wrong_method_is_405_with_allow(client, rows):
    response = client.delete("/api/v1/bodies")
    assert_problem(response, 405, "DELETE")
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert client.post("/api/v1/").headers["Allow"] == "GET, HEAD, OPTIONS"
    assert_problem(client.post("/api/v1/openapi.json"), 405)
    patchable = client.put(f"/api/v1/meetings/{rows.held}")
    assert_problem(patchable, 405)
    assert "PATCH" in patchable.headers["Allow"] and "GET" in patchable.headers["Allow"]


# --- writes --------------------------------------------------------------------------------------------


def test_writes_without_a_token_are_401(client, rows):
    for response in (client.patch(f"/api/v1/meetings/{rows.held}", json={"venue": "X"}),
                     client.patch(f"/api/v1/carried/{rows.carry}", json={"state": "closed"}),
                     client.delete(f"/api/v1/events/{rows.event}"),
                     client.post("/api/v1/documents", data={})):
        assert_problem(response, 401, "token")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_writes_with_a_bad_or_revoked_token_are_401(client, rows, tokens, db):
    from planner.store import Meeting

    for headers in (bearer("fp_not-a-token"), bearer(tokens.revoked), {"Authorization": f"Basic {tokens.admin}"}):
        response = client.patch(f"/api/v1/meetings/{rows.held}", json={"venue": "X"}, headers=headers)
        assert_problem(response, 401)
        assert "invalid" in response.headers["WWW-Authenticate"]
    assert db.get(Meeting, rows.held).venue == "Bolmen, regionhuset, Växjö"


def test_a_secretary_of_another_body_is_403(client, rows, tokens):
    response = client.patch(f"/api/v1/meetings/{rows.held}", json={"venue": "X"}, headers=bearer(tokens.secretary))
    assert_problem(response, 403)


def test_correcting_a_meeting_is_stored_as_a_correction(client, rows, tokens, db):
    from planner.webmodels import Correction

    response = client.patch(f"/api/v1/meetings/{rows.planned}", headers=bearer(tokens.admin),
                            json={"date": "2020-05-15", "start": "09:30", "venue": "Regionhuset"})
    assert response.status_code == 200, response.data
    meeting = response.get_json()
    assert (meeting["date"], meeting["start"], meeting["venue"]) == ("2020-05-15", "09:30", "Regionhuset")
    assert meeting["sequence"] == 3  # calendar clients see an update, not a new event
    stored = db.scalars(select(Correction).order_by(Correction.id)).all()
    assert [(c.entity, c.field, c.old_value, c.new_value) for c in stored] == [
        ("meeting", "date", "2020-05-08", "2020-05-15"), ("meeting", "start", "08:45", "09:30"),
        ("meeting", "venue", "Videum Science Park", "Regionhuset")]
    assert all(c.user.username == "admin" for c in stored)
    assert client.get(f"/api/v1/meetings/{rows.planned}").get_json()["date"] == "2020-05-15"


def test_bad_bodies_are_400_415_or_422(client, rows, tokens):
    url, auth = f"/api/v1/meetings/{rows.planned}", bearer(tokens.admin)
    assert_problem(client.patch(url, data="{not json", content_type="application/json", headers=auth), 400)
    assert_problem(client.patch(url, data="[" * 100000, content_type="application/json", headers=auth), 400)
    assert_problem(client.patch(url, data="venue=X", content_type="application/x-www-form-urlencoded",
                                headers=auth), 415)
    unknown = assert_problem(client.patch(url, json={"colour": "red"}, headers=auth), 422)
    assert "colour" in unknown["errors"]
    bad_time = assert_problem(client.patch(url, json={"start": "25:00"}, headers=auth), 422)
    assert "start" in bad_time["errors"]
    nul = assert_problem(client.patch(url, json={"venue": "a\x00b"}, headers=auth), 422)
    assert "venue" in nul["errors"]


def test_an_item_status_can_be_corrected(client, rows, tokens):
    response = client.patch(f"/api/v1/items/{rows.item}", json={"status": "handled"}, headers=bearer(tokens.admin))
    assert response.status_code == 200 and response.get_json()["status"] == "handled"


def test_a_carried_item_is_dropped_with_a_reason_or_handled(client, rows, tokens):
    url, auth = f"/api/v1/carried/{rows.carry}", bearer(tokens.admin)
    assert_problem(client.patch(url, json={"state": "dropped"}, headers=auth), 422, "reason")
    dropped = client.patch(url, json={"state": "dropped", "reason": "Inaktuellt"}, headers=auth).get_json()
    assert (dropped["state"], dropped["closed_reason"]) == ("dropped", "Inaktuellt")
    assert [s["kind"] for s in dropped["steps"]] == ["postponed", "dropped"]
    assert "Inaktuellt" in dropped["steps"][-1]["note"]
    handled = client.patch(url, json={"state": "closed"}, headers=auth).get_json()
    assert handled["state"] == "closed" and handled["steps"][-1]["kind"] == "handled"


def test_a_false_event_is_deleted(client, rows, tokens):
    auth = bearer(tokens.admin)
    response = client.delete(f"/api/v1/events/{rows.event}", headers=auth)
    assert response.status_code == 204 and response.data == b""
    # A published event stays, cancelled, so that subscribers' calendars drop their copies.
    assert client.get(f"/api/v1/events/{rows.event}").get_json()["status"] == "cancelled"
    assert client.delete(f"/api/v1/events/{rows.hidden_event}", headers=auth).status_code == 204
    assert_problem(client.get(f"/api/v1/events/{rows.hidden_event}", headers=auth), 404)


def test_last_use_of_a_token_is_recorded(client, rows, tokens, db):
    from planner.api.tokens import hash_token
    from planner.webmodels import ApiToken

    client.get("/api/v1/bodies", headers=bearer(tokens.admin))
    row = db.scalars(select(ApiToken).where(ApiToken.token_sha256 == hash_token(tokens.admin))).one()
    assert row.last_used_at is not None
    assert tokens.admin not in {t.token_sha256 for t in db.scalars(select(ApiToken))}  # only hashes at rest


def test_a_server_error_is_a_problem_object_that_leaks_nothing(client, rows, db, caplog):
    from sqlalchemy import text

    db.execute(text("DROP TABLE carry_step"))  # a real failure: the query below cannot run
    db.commit()
    response = client.get(f"/api/v1/carried/{rows.carry}")
    body = assert_problem(response, 500, "Internal error")
    assert "carry_step" not in response.get_data(as_text=True) and "errors" not in body
    assert any("carry_step" in r.getMessage() or (r.exc_info and "carry_step" in str(r.exc_info[1]))
               for r in caplog.records)


def test_a_corrected_date_reaches_the_body_feed_at_once(app, client, rows, tokens):
    import datetime as dt

    import icalendar

    from tests.api.conftest import NOW

    app.config["CALENDARS_RECHECK_SECONDS"] = 0  # feeds ask the store for its version on every request

    def starts() -> dict[str, object]:
        response = client.get("/kalender/organ/kommunalt-forum.ics")
        assert response.status_code == 200
        calendar = icalendar.Calendar.from_ical(response.data)
        return {str(e["UID"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}

    before = starts()
    uid = client.get(f"/api/v1/meetings/{rows.planned}").get_json()["uid"]
    assert any(key.startswith(uid) for key in before)
    app.config["PLANNER_NOW"] = lambda: NOW + dt.timedelta(minutes=5)  # the correction comes later
    response = client.patch(f"/api/v1/meetings/{rows.planned}", json={"date": "2020-05-15"},
                            headers=bearer(tokens.admin))
    assert response.status_code == 200
    after = starts()
    [key] = [k for k in after if k.startswith(uid)]
    assert after[key].date().isoformat() == "2020-05-15" and before[key] != after[key]
