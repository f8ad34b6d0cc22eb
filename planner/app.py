"""The Flask app factory: the only place that wires web, store and blueprints.

It also sets what every page shares: CSRF protection on every form (not on the token-authenticated
JSON API nor on RFC 8058 one-click unsubscribes, which mail clients POST without a form), session
cookie flags, the login rate limit, security headers and Swedish error pages.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from flask import Flask, Response, g, jsonify, render_template, request
from flask import session as cookie_session
from flask.typing import ResponseReturnValue
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter, Map

from planner.config import Settings, load_settings
from planner.db import open_database
from planner.store import MAX_ID

# Modules that expose a Blueprint named `bp`; a module that does not exist yet is skipped.
BLUEPRINTS = ("planner.views", "calendars.views", "notifications.views", "planner.secretary", "planner.api")
# Blueprints whose writes authenticate by token or signed link, not by a session form.
CSRF_EXEMPT_BLUEPRINTS = ("api",)
# Views that take RFC 8058 one-click POSTs; a view may also set `csrf_exempt = True` on itself.
CSRF_EXEMPT_ENDPOINTS = ("notifications.one_click", "notifications.unsubscribe_one_click",
                         "notifications.unsubscribe_post")
LOGIN_ENDPOINT = "secretary.login"
LOGIN_RATE_LIMIT = "10 per minute"
EXTRACT_ENDPOINT = "api.extract"

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")

ERROR_TEXTS = {
    400: ("Felaktig begäran", "Begäran kunde inte behandlas."),
    403: ("Åtkomst nekad", "Du har inte behörighet till den här sidan. Logga in som sekreterare."),
    404: ("Sidan finns inte", "Sidan du söker finns inte. Kontrollera adressen eller gå till startsidan."),
    405: ("Metoden är inte tillåten", "Sidan kan inte användas på det här sättet."),
    413: ("Filen är för stor", "Filen är för stor."),
    429: ("För många försök", "För många försök på kort tid. Vänta en minut och försök igen."),
    500: ("Något gick fel", "Ett oväntat fel inträffade. Försök igen om en stund."),
}


class RowIdConverter(IntegerConverter):
    """`<id:...>` in a page's route: a number larger than any row's id matches no page (404), where the
    database would have failed on it (an integer out of range: 500). The API keeps `<int:...>` and answers
    such ids itself (a problem object: its catch-all route would not be reached past a refused converter)."""

    def __init__(self, url_map: Map, fixed_digits: int = 0, min: int | None = None,  # (Werkzeug's names)
                 max: int | None = MAX_ID, signed: bool = False) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def create_app(settings: Settings | None = None) -> Flask:
    """Create the app: engine and sessionmaker in app.extensions, blueprints registered."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.url_map.converters["id"] = RowIdConverter
    secure = settings.base_url.startswith("https://")
    app.config.update(
        SECRET_KEY=settings.secret_key(),
        MAX_CONTENT_LENGTH=settings.web.max_upload_mb * 1024 * 1024,
        PLANNER_SETTINGS=settings,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure,
        SESSION_COOKIE_NAME="__Host-session" if secure else "session",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=8),
        WTF_CSRF_TIME_LIMIT=8 * 3600,
        WTF_CSRF_SSL_STRICT=secure,
        RATELIMIT_HEADERS_ENABLED=True,
    )
    engine, factory = open_database(settings.database_url)
    app.extensions["planner.settings"] = settings
    app.extensions["planner.engine"] = engine
    app.extensions["planner.sessionmaker"] = factory
    csrf = CSRFProtect(app)
    app.after_request(_retry_after_only_when_refused)  # registered first, so it runs after Flask-Limiter's
    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://", default_limits=[])
    app.extensions["planner.limiter"] = limiter
    for name in BLUEPRINTS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue
            raise
        if hasattr(module, "bp"):  # a package still being written may not expose it yet
            app.register_blueprint(module.bp)
    _exempt_from_csrf(app, csrf)
    # Endpoints an anonymous client can make costly: login (password hashing) and the public
    # extraction API (CPU per upload). Limits are per client address.
    limits = {LOGIN_ENDPOINT: LOGIN_RATE_LIMIT, EXTRACT_ENDPOINT: f"{settings.web.extract_per_minute} per minute"}
    for endpoint, limit in limits.items():
        if endpoint in app.view_functions:
            app.view_functions[endpoint] = limiter.limit(limit, methods=["POST"])(app.view_functions[endpoint])  # type: ignore[assignment]
    _register_pages(app)

    @app.teardown_appcontext
    def _close_session(_exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            session.close()

    return app


def _retry_after_only_when_refused(response: Response) -> Response:
    """Flask-Limiter tells the allowance on every answer of a limited endpoint, Retry-After included;
    on an answer that was not refused (429) that would tell a client to wait for nothing."""
    if response.status_code != 429:
        response.headers.pop("Retry-After", None)
    return response


def _exempt_from_csrf(app: Flask, csrf: CSRFProtect) -> None:
    for name in CSRF_EXEMPT_BLUEPRINTS:
        if name in app.blueprints:
            csrf.exempt(app.blueprints[name])
    for endpoint, view in app.view_functions.items():
        if endpoint in CSRF_EXEMPT_ENDPOINTS or getattr(view, "csrf_exempt", False):
            csrf.exempt(view)


# Links in mails carry a personal signed token in the path: their pages are never stored.
PRIVATE_PREFIXES = ("/sekreterare", "/notifications/")


def _html_cache_control() -> str:
    """Return Cache-Control of an HTML page.

    Public pages change whenever minutes are ingested or corrected, so a cache must ask again each
    time ("no-cache"). A page for a logged-in secretary, one with a form token of this session
    (CSRF, kept in g by Flask-WTF) and one reached by a personal link must never be kept by a shared
    cache or on disk.
    """
    if (request.path.startswith(PRIVATE_PREFIXES) or "csrf_token" in g or cookie_session.modified
            or "user_id" in cookie_session):
        return "private, no-store"
    return "no-cache"


def _register_pages(app: Flask) -> None:
    """Security headers, template helpers and Swedish error pages."""

    @app.after_request
    def _headers(response: Any) -> Any:
        if response.status_code == 204:
            response.headers.pop("Content-Type", None)  # no content, so no type (Flask said text/html)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if app.config["SESSION_COOKIE_SECURE"]:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if response.mimetype == "text/html" and "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = _html_cache_control()
        return response

    @app.context_processor
    def _template_globals() -> dict[str, Any]:
        from planner.auth import current_user

        return {"current_user": current_user(), "has_endpoint": lambda e: e in app.view_functions}

    from planner import views

    app.jinja_env.filters.update(views.FILTERS)

    @app.errorhandler(CSRFError)
    def _csrf_error(err: CSRFError) -> ResponseReturnValue:
        from planner.auth import current_user

        # Logged out in another tab, or the session ran out: the token went with the session. Reloading the
        # page would send the same form again, so say what happened and what to do.
        if request.path.startswith("/sekreterare/") and request.endpoint != "secretary.login" and current_user() is None:
            return _error_page(400, "Du är inte inloggad längre (utloggad, kanske i en annan flik, eller så har "
                                    "sessionen gått ut), så inget sparades. Logga in och gör om ändringen.")
        return _error_page(400, "Formuläret har gått ut eller saknar säkerhetstoken. Gå tillbaka, ladda om sidan "
                                "och försök igen.")

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException) -> ResponseReturnValue:
        code = err.code or 500
        message = None
        if code == 413:
            mb = app.extensions["planner.settings"].web.max_upload_mb
            message = f"Filen är för stor. Största tillåtna storlek är {mb} MB per uppladdning."
        elif err.description and err.description != type(err).description:
            message = err.description  # a blueprint's own explanation (e.g. an unknown feed scope)
        return _error_page(code, message)

    @app.errorhandler(Exception)
    def _server_error(err: Exception) -> ResponseReturnValue:
        app.logger.exception("unhandled error on %s", request.path)
        # A failed flush leaves the request's session unusable until rolled back, and the error page reads
        # it (the logged-in user of the menu): without this it failed too, and waitress answered in English.
        if "db_session" in g:
            g.db_session.rollback()
        return _error_page(500, None)


def _error_page(code: int, message: str | None) -> ResponseReturnValue:
    title, text = ERROR_TEXTS.get(code, (f"Fel {code}", "Begäran kunde inte behandlas."))
    if request.path.startswith("/api/"):
        problem = {"type": "about:blank", "title": title, "status": code, "detail": message or text}
        response = jsonify(problem)
        response.status_code = code
        response.mimetype = "application/problem+json"
        return response
    return render_template("error.html", code=code, title=title, message=message or text), code


def db_session() -> Any:
    """Return the request's session (opened on first use, closed at teardown)."""
    from flask import current_app

    if "db_session" not in g:
        g.db_session = current_app.extensions["planner.sessionmaker"]()
    return g.db_session


def app_settings() -> Settings:
    """Return the settings of the current app."""
    from flask import current_app

    settings: Settings = current_app.extensions["planner.settings"]
    return settings
