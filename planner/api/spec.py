"""Generate the OpenAPI 3 document from the API's routes and their `operation` declarations."""

from __future__ import annotations

import re
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask
from werkzeug.routing import IntegerConverter, Rule

from planner.api.args import UploadSchema
from planner.api.fieldtypes import SLUG
from planner.api.framework import JSON_TYPE, PROBLEM_TYPE, Operation
from planner.api.schemas import ProblemSchema
from planner.store import MAX_ID

TITLE = "Forum planner API"
VERSION = "1.0.0"
_DESCRIPTIONS = {
    400: "Bad request (a query parameter or the body cannot be read).",
    401: "Missing or invalid API token.",
    403: "The token's user may not change this body.",
    404: "No such resource.",
    413: "The request (an upload) is larger than the limit.",
    415: "Unsupported media type of the body.",
    422: "The body (or the uploaded file) is well-formed but cannot be used.",
    429: "Too many requests from this address; wait a minute (see Retry-After).",
    500: "Server error.",
}


def _path_and_parameters(rule: Rule) -> tuple[str, list[dict[str, Any]]]:
    """Turn a Werkzeug rule ("/meetings/<int:meeting_id>") into an OpenAPI path and parameters."""
    parameters: list[dict[str, Any]] = []
    for name in sorted(rule.arguments):
        converter = rule._converters[name]
        if isinstance(converter, IntegerConverter):
            schema: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
        else:
            schema = {"type": "string", "pattern": SLUG}
        parameters.append({"in": "path", "name": name, "required": True, "schema": schema})
    path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
    return path, parameters


def _operation(op: Operation, parameters: list[dict[str, Any]], view_name: str) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    if op.response is None:
        responses[str(op.status)] = {"description": "Done; no content."}
    else:
        responses[str(op.status)] = {"description": op.summary,
                                     "content": {JSON_TYPE: {"schema": op.response}}}
    for code in op.error_statuses():
        entry: dict[str, Any] = {"description": _DESCRIPTIONS.get(code, "Error."),
                                 "content": {PROBLEM_TYPE: {"schema": "Problem"}}}
        if code == 401:
            entry["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"},
                                                     "description": "Bearer challenge."}}
        responses[str(code)] = entry
    result: dict[str, Any] = {
        "operationId": view_name,
        "summary": op.summary,
        "tags": [op.tag],
        "responses": responses,
    }
    if op.description:
        result["description"] = op.description
    params = list(parameters)
    if op.query is not None:
        params.append({"in": "query", "schema": op.query})
    if params:
        result["parameters"] = params
    if op.body is not None:
        result["requestBody"] = {"required": True, "content": {JSON_TYPE: {"schema": op.body}}}
    if op.upload:
        result["requestBody"] = {"required": True, "content": {"multipart/form-data": {"schema": "Upload"}}}
    result["security"] = [{"bearerAuth": []}] if op.auth else [{}, {"bearerAuth": []}]
    return result


def build_spec(app: Flask, blueprint: str) -> dict[str, Any]:
    """Return the OpenAPI document of every route of `blueprint` that declares an operation."""
    spec = APISpec(title=TITLE, version=VERSION, openapi_version="3.0.3", plugins=[MarshmallowPlugin()],
                   info={"description": "Bodies, meetings, agenda items, events and carried items that the "
                                        "forum planner read from Swedish minutes; extraction of uploaded "
                                        "minutes. Reads are public; writes need a Bearer token. Errors are "
                                        "RFC 9457 problem objects."},
                   servers=[{"url": "/"}])
    spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer",
                                                   "description": "An API token from `planner token add USER`."})
    spec.components.schema("Problem", schema=ProblemSchema)
    spec.components.schema("Upload", schema=UploadSchema)
    paths: dict[str, dict[str, Any]] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.endpoint.startswith(blueprint + "."):
            continue
        view = app.view_functions[rule.endpoint]
        op: Operation | None = getattr(view, "api_operation", None)
        if op is None:
            continue
        path, parameters = _path_and_parameters(rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            name = rule.endpoint.split(".", 1)[1]
            paths.setdefault(path, {})[method.lower()] = _operation(op, parameters, name)
    for path, operations in paths.items():
        spec.path(path=path, operations=operations)
    return spec.to_dict()
