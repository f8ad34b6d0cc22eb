"""Titles, venues and platforms sent to the API are one line.

The bug: PATCH /api/v1/items/<id> (and events, meetings) took a title or venue with line breaks and
control characters ("Yrkes-SM\\x01", "Rad ett\\n2. Rad två"), refusing only NUL. Stored, such a title
broke the exports of the next meeting's agenda (see test_agenda_unusual_text.py). They are refused
now with 422 naming the field, and the OpenAPI document says so with the field's pattern.
"""

from __future__ import annotations

import re

import pytest

from tests.api.conftest import bearer
from tests.api.test_api import assert_problem


@pytest.mark.parametrize(("path", "field", "value"), [
    ("items/{item}", "title", "Rad ett\n2. Rad två"),
    ("items/{item}", "title", "Yrkes-SM\x01 del 2"),
    ("events/{event}", "title", "Remissvar\r"),
    ("events/{event}", "venue", "Videum\tVäxjö"),
    ("meetings/{planned}", "venue", "Videum\x0bVäxjö"),
    ("meetings/{planned}", "online", "Teams\x7f"),
])
def test_control_characters_in_one_line_fields_are_422(client, rows, tokens, path, field, value):
    url = "/api/v1/" + path.format(item=rows.item, event=rows.event, planned=rows.planned)
    before = client.get(url).get_json()[field]
    body = assert_problem(client.patch(url, json={field: value}, headers=bearer(tokens.admin)), 422, "schema")
    assert body["errors"] == {field: ["must be one line, without line breaks or other control characters"]}
    assert client.get(url).get_json()[field] == before


def test_one_line_text_with_swedish_letters_and_punctuation_is_taken(client, rows, tokens):
    title = "Information om Yrkes-SM – Växjö “2020” & <plan>"
    response = client.patch(f"/api/v1/items/{rows.item}", json={"title": title}, headers=bearer(tokens.admin))
    assert response.status_code == 200 and response.get_json()["title"] == title


def test_openapi_gives_one_line_fields_their_pattern(client):
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    patterns = {name: props["pattern"] for schema in schemas.values()
                for name, props in schema.get("properties", {}).items() if "pattern" in props and name == "title"}
    assert patterns and all(re.fullmatch(p, "Rad ett\n2. Rad två") is None for p in patterns.values())
    assert all(re.fullmatch(p, "Information om Yrkes-SM – Växjö") for p in patterns.values())
