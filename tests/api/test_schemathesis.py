"""Acceptance: schemathesis, driven by the served OpenAPI document, finds no server error and every
response conforms to the document (status codes, content types, headers, bodies).

The app holds the ingested seeds and the rows of the fixtures; requests carry an admin token so
that the writes are exercised too. Examples per operation are few to keep the run short.
"""

from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode

from tests.api.conftest import bearer

EXAMPLES = 12
# Whether these accept a schema-valid request depends on what the schema cannot say: an uploaded
# file must be readable minutes, and dropping a carried item needs a non-blank reason. They may
# answer 422 to valid-looking data; every other check still applies to them.
CONTENT_DEPENDENT = {"POST /api/v1/extract", "POST /api/v1/documents", "PATCH /api/v1/carried/{carry_id}"}


@pytest.fixture
def seeded_app(app, rows, seed):
    from planner.ingest import ingest_file

    factory = app.extensions["planner.sessionmaker"]
    for prefix in ("000", "001", "002", "003", "004"):
        result = ingest_file(factory, seed(prefix), now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                             settings=app.extensions["planner.settings"])
        assert result.status in ("new", "updated"), result
    return app


def make_check(operation, headers: dict[str, str]):
    """Return a Hypothesis test of one operation: positive and negative cases, all checks."""
    excluded = [schemathesis.checks.positive_data_acceptance] if operation.label in CONTENT_DEPENDENT else []

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    @given(case=operation.as_strategy() | operation.as_strategy(GenerationMode.NEGATIVE))
    def check(case):
        case.call_and_validate(headers=headers, excluded_checks=excluded)

    return check


def run_operations(schema, headers: dict[str, str]) -> list[str]:
    """Run every operation of the schema; return the labels of those that failed, with the failure."""
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        try:
            make_check(operation, headers)()
        except (Exception, BaseExceptionGroup) as err:  # noqa: BLE001 - report every operation's failure
            failures.append(f"{operation.label}: {err}")
    return failures


def test_schemathesis_finds_no_server_error_and_no_schema_violation(seeded_app, tokens):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", seeded_app)
    labels = {result.ok().label for result in schema.get_all_operations()}
    assert {"GET /api/v1/meetings", "PATCH /api/v1/meetings/{meeting_id}", "POST /api/v1/extract",
            "DELETE /api/v1/events/{event_id}", "PATCH /api/v1/carried/{carry_id}"} <= labels
    failures = run_operations(schema, bearer(tokens.admin))
    assert not failures, "\n\n".join(failures)


def test_anonymous_schemathesis_run_gets_401_not_errors_on_writes(seeded_app, rows):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", seeded_app)
    writes = schema.include(method=["PATCH", "DELETE"])
    failures = run_operations(writes, {})
    assert not failures, "\n\n".join(failures)


def test_every_stored_row_conforms_to_the_schema(seeded_app, db, tokens):
    """Random ids mostly miss: ask for every stored row, and for each list in one page, and validate."""
    from sqlalchemy import select

    from planner.store import Body, CarryItem, Document, Event, Meeting

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", seeded_app)
    ids = {
        "/api/v1/meetings/{meeting_id}": ("meeting_id", db.scalars(select(Meeting.id)).all()),
        "/api/v1/events/{event_id}": ("event_id", db.scalars(select(Event.id)).all()),
        "/api/v1/carried/{carry_id}": ("carry_id", db.scalars(select(CarryItem.id)).all()),
        "/api/v1/documents/{document_id}": ("document_id", db.scalars(select(Document.id)).all()),
        "/api/v1/bodies/{slug}": ("slug", db.scalars(select(Body.slug)).all()),
    }
    assert len(ids["/api/v1/meetings/{meeting_id}"][1]) > 10 and ids["/api/v1/events/{event_id}"][1]
    checked = 0
    for path, (name, values) in ids.items():
        operation = schema[path]["GET"]
        for value in values:
            response = operation.Case(path_parameters={name: value}).call_and_validate(headers=bearer(tokens.admin))
            assert response.status_code == 200
            checked += 1
    for path in ("/api/v1/bodies", "/api/v1/meetings", "/api/v1/items", "/api/v1/events", "/api/v1/carried"):
        response = schema[path]["GET"].Case(query={"limit": 200}).call_and_validate(headers=bearer(tokens.admin))
        assert response.json()["results"]
    assert checked == sum(len(v) for _, v in ids.values())
