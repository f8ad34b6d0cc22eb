"""The OpenAPI document: valid OpenAPI 3, generated from the routes, and complete about them."""

from __future__ import annotations

import re

import pytest
import schemathesis


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.get_json()


def test_the_document_is_valid_openapi(app, spec):
    assert spec["openapi"].startswith("3.0")
    schemathesis.openapi.from_dict(spec).validate()  # against the OpenAPI 3.0 meta-schema


def test_every_api_route_and_method_is_documented(app, spec):
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    routed = set()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api.") or rule.endpoint in ("api.not_found", "api.not_allowed_at_index", "api.openapi"):
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routed |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routed == documented
    assert len(documented) >= 19


def test_writes_need_the_bearer_scheme_and_reads_do_not(spec):
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": "An API token from `planner token add USER`."}
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            needs_token = method in ("patch", "delete") or path in ("/api/v1/documents",
                                                                    "/api/v1/meetings/{meeting_id}/attendance")
            assert op["security"] == ([{"bearerAuth": []}] if needs_token else [{}, {"bearerAuth": []}]), (path, method)
            if needs_token:
                assert {"401", "403"} <= set(op["responses"])


def test_errors_are_documented_as_problem_objects(spec):
    problem = spec["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail"}
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for code, response in op["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (path, method, code)
    assert "413" in spec["paths"]["/api/v1/extract"]["post"]["responses"]
    assert "404" in spec["paths"]["/api/v1/meetings/{meeting_id}"]["get"]["responses"]
    filters = {p["name"] for p in spec["paths"]["/api/v1/meetings"]["get"]["parameters"]}
    assert {"body", "from", "to", "limit", "offset", "status"} <= filters
