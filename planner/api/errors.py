"""Problem objects (RFC 9457) for everything under /api/v1: unknown paths, wrong methods, HTTP
errors raised by Flask or Werkzeug, our own ApiError, and unexpected exceptions.

Unknown paths and wrong methods never reach a blueprint's error handlers (routing fails before
the blueprint is known), so a catch-all route inside the blueprint answers them.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge

from planner.api.framework import ApiError, db, problem

log = logging.getLogger(__name__)
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
CATCH_ALL = ("not_found", "not_allowed_at_index")


def _allowed(blueprint: str) -> list[str]:
    """Return the methods the request's path has a route for (not counting the catch-all), sorted."""
    adapter = current_app.url_map.bind_to_environ(request.environ)
    allowed = set()
    for method in METHODS:
        try:
            endpoint, _args = adapter.match(method=method)
        except HTTPException:
            continue
        if endpoint not in {f"{blueprint}.{name}" for name in CATCH_ALL}:
            allowed.add(method)
    if allowed:
        allowed |= {"HEAD", "OPTIONS"} if "GET" in allowed else {"OPTIONS"}
    return sorted(allowed)


def _no_such_path() -> Response:
    return problem(404, f"No such API path: {request.path}. See /api/v1/openapi.json.")


def unrouted(blueprint: str) -> Response:
    """405 with Allow when the path exists for other methods, else 404; both as problem objects."""
    allowed = _allowed(blueprint)
    if allowed:
        return problem(405, f"{request.method} is not allowed here; use {', '.join(allowed)}.",
                       headers={"Allow": ", ".join(allowed)})
    return _no_such_path()


def register_errors(bp: Blueprint) -> None:
    """Add the catch-all routes, the error handlers and the security headers to the API blueprint."""

    @bp.route("/<path:rest>", methods=METHODS)
    def not_found(rest: str) -> Response:
        """Unknown paths (404) and known paths with another method (405), as problem objects."""
        return unrouted(bp.name)

    @bp.route("/", methods=[m for m in METHODS if m != "GET"])
    def not_allowed_at_index() -> Response:
        """Writes to the index: 405 as a problem object."""
        return unrouted(bp.name)

    @bp.before_request
    def _options() -> Response | None:
        """OPTIONS: the path's methods in Allow (Flask's own answer counts the catch-all's), or 404."""
        if request.method != "OPTIONS":
            return None
        allowed = _allowed(bp.name)
        return Response(status=204, headers={"Allow": ", ".join(allowed)}) if allowed else _no_such_path()

    @bp.errorhandler(ApiError)
    def _api_error(err: ApiError) -> Response:
        return problem(err.status, err.detail, errors=err.errors, headers=err.headers)

    @bp.errorhandler(RequestEntityTooLarge)
    def _too_large(_err: RequestEntityTooLarge) -> Response:
        limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
        return problem(413, f"The upload is larger than the limit of {limit / 1048576:g} MB.")

    @bp.errorhandler(HTTPException)
    def _http_error(err: HTTPException) -> Response:
        headers = {}
        if isinstance(err, MethodNotAllowed) and err.valid_methods:
            headers["Allow"] = ", ".join(err.valid_methods)
        detail = err.description if not isinstance(err, NotFound) else f"No such API path: {request.path}."
        return problem(err.code or 500, detail or "", headers=headers)

    @bp.errorhandler(Exception)
    def _server_error(_err: Exception) -> Response:
        log.exception("API error on %s %s", request.method, request.path)
        db().rollback()
        return problem(500, "Internal error; it has been logged.")

    @bp.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        response.headers.setdefault("Cache-Control", "no-store")
        return response
