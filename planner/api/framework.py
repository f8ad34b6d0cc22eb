"""The API's plumbing: problem responses (RFC 9457), JSON that is safe to embed, Bearer auth,
and the `operation` decorator that parses, authorises and dumps with the same schemas that
the OpenAPI document is generated from.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from flask import Response, current_app, g, request
from marshmallow import Schema, ValidationError
from sqlalchemy.orm import Session

from planner.webmodels import User

View = Callable[..., Response]
PROBLEM_TYPE = "application/problem+json"
JSON_TYPE = "application/json"
# Characters that JSON allows raw inside strings but HTML parsers act on: escaped so that a
# response can never be sniffed or embedded as markup (minutes may contain "<script>").
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


class ApiError(Exception):
    """An error answered as a problem object."""

    def __init__(self, status: int, detail: str, *, errors: Mapping[str, Any] | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = dict(errors) if errors else None
        self.headers = dict(headers or {})


def dumps(data: Any) -> str:
    """Serialise to JSON (UTF-8 text) with <, >, & and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def json_response(data: Any, status: int = 200, *, mimetype: str = JSON_TYPE,
                  headers: Mapping[str, str] | None = None) -> Response:
    """Return a JSON response."""
    return Response(dumps(data) + "\n", status=status, mimetype=mimetype, headers=dict(headers or {}))


def problem(status: int, detail: str, *, errors: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None) -> Response:
    """Return an RFC 9457 problem response (type about:blank, title = the HTTP status phrase)."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail,
                            "instance": request.path}
    if errors:
        body["errors"] = errors
    return json_response(body, status, mimetype=PROBLEM_TYPE, headers=headers)


def now() -> dt.datetime:
    """Return the current time from the app's clock (tests set app.config["PLANNER_NOW"] to one)."""
    clock = current_app.config.get("PLANNER_NOW")
    moment: dt.datetime = clock() if callable(clock) else dt.datetime.now(dt.UTC)
    return moment


def db() -> Session:
    """Return the request's database session."""
    from planner.app import db_session

    session: Session = db_session()
    return session


# --- authentication --------------------------------------------------------------------------------


def _challenge(error: str | None = None) -> dict[str, str]:
    value = 'Bearer realm="forum-planner"'
    if error:
        value += f', error="{error}"'
    return {"WWW-Authenticate": value}


def request_user(*, required: bool) -> User | None:
    """Return the user of the request's Bearer token; 401 when it is bad (or missing and required)."""
    if "api_user" in g:
        cached: User | None = g.api_user
        if cached is None and required:
            raise ApiError(401, "This request needs an API token: send 'Authorization: Bearer <token>'.",
                           headers=_challenge())
        return cached
    from planner.api.tokens import user_for_token

    header = request.headers.get("Authorization")
    user: User | None = None
    if header is not None:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "The Authorization header must be 'Bearer <token>'.",
                           headers=_challenge("invalid_request"))
        user = user_for_token(db(), token.strip(), now=now())
        if user is None:
            raise ApiError(401, "The API token is not valid (unknown, revoked, or its user is inactive).",
                           headers=_challenge("invalid_token"))
        db().commit()  # keep last_used_at
    g.api_user = user
    if user is None and required:
        raise ApiError(401, "This request needs an API token: send 'Authorization: Bearer <token>'.",
                       headers=_challenge())
    return user


def require_edit(user: User, body_id: int | None) -> None:
    """403 unless the user may change facts of the body."""
    if not user.may_edit(body_id):
        raise ApiError(403, "Your account may not change this body's meetings, items or events.")


# --- operations ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Operation:
    """What one view takes and answers; the OpenAPI operation is generated from it."""

    summary: str
    tag: str
    response: type[Schema] | None = None  # None: 204 No Content
    status: int = 200
    query: type[Schema] | None = None
    body: type[Schema] | None = None
    upload: bool = False
    auth: bool = False
    errors: tuple[int, ...] = ()
    description: str = ""

    def error_statuses(self) -> list[int]:
        """Return every error status the operation can answer."""
        codes = set(self.errors) | {500}
        if self.query is not None:
            codes.add(400)
        if self.body is not None:
            codes |= {400, 413, 415, 422}
        if self.upload:
            codes |= {400, 413, 415, 422}
        # An optional token on reads is checked too: a bad one gives 401.
        codes.add(401)
        if self.auth:
            codes.add(403)
        return sorted(codes)


def _load_json_body(schema: type[Schema]) -> dict[str, Any]:
    if not request.mimetype or not (request.mimetype == JSON_TYPE or request.mimetype.endswith("+json")):
        raise ApiError(415, f"Send the body as {JSON_TYPE}.")
    try:
        data = json.loads(request.get_data(cache=True) or b"null")
    except (ValueError, UnicodeDecodeError) as err:
        raise ApiError(400, f"The body is not valid JSON: {err}.") from err
    except RecursionError as err:
        raise ApiError(400, "The body is nested too deeply.") from err
    return load(schema, data)


def load(schema: type[Schema], data: Any) -> dict[str, Any]:
    """Load data with a schema; 422 with the field errors when it does not fit."""
    try:
        result: dict[str, Any] = schema().load(data)
    except ValidationError as err:
        messages = err.messages if isinstance(err.messages, dict) else {"_schema": err.messages}
        raise ApiError(422, "The request body does not fit the schema; see 'errors'.", errors=messages) from err
    return result


def _load_query(schema: type[Schema]) -> dict[str, Any]:
    loader = schema()
    # A parameter given twice ("?limit=5&limit=500") has no one meaning: refused, not read as the last.
    known = {field.data_key or name for name, field in loader.fields.items()}
    repeated = sorted(key for key in request.args if key in known and len(request.args.getlist(key)) > 1)
    try:
        if repeated:
            raise ValidationError({key: ["Given more than once."] for key in repeated})
        result: dict[str, Any] = loader.load(request.args.to_dict())
    except ValidationError as err:
        messages: dict[str, Any] = err.normalized_messages()  # type: ignore[no-untyped-call]
        fields_text = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}"
                                for k, v in sorted(messages.items()))
        raise ApiError(400, f"Bad query parameter ({fields_text}).", errors=messages) from err
    return result


def operation(summary: str, *, tag: str, response: type[Schema] | None = None, status: int = 200,
              query: type[Schema] | None = None, body: type[Schema] | None = None, upload: bool = False,
              auth: bool = False, errors: tuple[int, ...] = ()) -> Callable[[Callable[..., Any]], View]:
    """Declare a view's contract; the wrapper parses `args`/`data`, checks `user`, dumps the result.

    The view gets keyword arguments `args` (parsed query) when `query` is set, `data` (loaded
    body) when `body` is set, and `user` (the token's user) when `auth` is set; it returns a row
    (or dict) that `response` dumps, or None for 204.
    """

    def decorate(view: Callable[..., Any]) -> View:
        spec = Operation(summary=summary, tag=tag, response=response, status=status, query=query, body=body,
                         upload=upload, auth=auth, errors=errors, description=inspect.cleandoc(view.__doc__ or ""))

        @functools.wraps(view)
        def wrapper(**kwargs: Any) -> Response:
            user = request_user(required=auth)
            if auth:
                kwargs["user"] = user
            if query is not None:
                kwargs["args"] = _load_query(query)
            if body is not None:
                kwargs["data"] = _load_json_body(body)
            result = view(**kwargs)
            if isinstance(result, Response):
                return result
            if response is None:
                return Response(status=204)
            return json_response(response().dump(result), status)

        wrapper.api_operation = spec  # type: ignore[attr-defined]
        return wrapper

    return decorate
