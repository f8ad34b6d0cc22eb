"""Serve the feeds and their subscribe pages: /kalender/<scope>.ics and /kalender/<scope>.

Scopes in URLs: `alla`, `organ/<body slug>`, `organisation/<organisation slug>`, and a bare
`<slug>` (a body first, then an organisation). Feeds come from the FeedCache, carry strong ETags
and Last-Modified, answer 304 to If-None-Match / If-Modified-Since and are gzipped when asked.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.http import http_date
from werkzeug.wsgi import wrap_file

from calendars.scopes import Scope, UnknownScope, Window, list_scopes, parse_scope
from calendars.service import FeedCache, RenderedFeed, feed_url
from planner.app import app_settings, db_session
from planner.bodies import slugify

bp = Blueprint("calendars", __name__, template_folder="templates")


@bp.before_request
def canonical_slug() -> ResponseReturnValue | None:
    """Send a slug written another way ("Region-Kronoberg", "kommunalt forum", "Växjö") to its own URL.

    Slugs are lower-case ASCII (`slugify`); a name typed or copied with capitals, spaces or å/ä/ö
    found no calendar. A permanent redirect keeps the query ("?fran=...") and lets a calendar client
    store the right address.
    """
    slug = (request.view_args or {}).get("slug")
    if not isinstance(slug, str) or request.endpoint is None:
        return None
    canonical = slugify(slug)
    if canonical == slug or canonical == "okand":
        return None
    target = url_for(request.endpoint, **{**(request.view_args or {}), "slug": canonical})
    query = request.query_string.decode("latin-1")
    return redirect(f"{target}?{query}" if query else target, code=301)

CONTENT_TYPE = "text/calendar; charset=utf-8"
CACHE_KEY = "calendars.cache"


@dataclass(frozen=True, slots=True)
class SubscribeLinks:
    https: str
    webcal: str
    google: str
    outlook_personal: str
    outlook_work: str


def subscribe_links(https_url: str, name: str) -> SubscribeLinks:
    """Return the ways to subscribe to a feed: https, webcal://, Google and Outlook on the web."""
    parts = urlsplit(https_url)
    webcal = f"webcal://{parts.netloc}{parts.path}"
    outlook_query = f"url={quote(https_url, safe='')}&name={quote(name, safe='')}"
    return SubscribeLinks(
        https=https_url,
        webcal=webcal,
        google="https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe=""),
        outlook_personal="https://outlook.live.com/calendar/0/addfromweb?" + outlook_query,
        outlook_work="https://outlook.office.com/calendar/0/addfromweb?" + outlook_query,
    )


def now() -> dt.datetime:
    """Return the current time; an app may inject a clock as config PLANNER_NOW (tests do)."""
    clock = current_app.config.get("PLANNER_NOW")
    moment: dt.datetime = clock() if callable(clock) else dt.datetime.now(dt.UTC)
    return moment


def feed_cache() -> FeedCache:
    """Return the app's feed cache; config CALENDARS_RECHECK_SECONDS (default 2) bounds staleness."""
    cache = current_app.extensions.get(CACHE_KEY)
    if cache is None:
        cache = current_app.extensions.setdefault(CACHE_KEY, FeedCache())
    assert isinstance(cache, FeedCache)
    cache.recheck_seconds = float(current_app.config.get("CALENDARS_RECHECK_SECONDS", 2.0))
    return cache


def parse_since(value: str | None) -> dt.date | None:
    """Return the `fran` date of the query string, or None; a bad value is a 400 in Swedish."""
    if not value:
        return None
    try:
        since = dt.date.fromisoformat(value)
    except ValueError:
        abort(400, description=f"Ogiltigt datum i fran={value!r}: skriv det som ÅÅÅÅ-MM-DD, t.ex. fran=2024-01-01.")
    if since.year < 1900:
        abort(400, description="fran= får inte ligga före år 1900.")
    return since


def not_found(text: str) -> NotFound:
    return NotFound(
        f"Det finns ingen kalender som heter ”{text}”. Kalendrar finns för alla forum (alla), "
        "för varje organ och för varje organisation; se listan på /kalender/."
    )


def find_scope(text: str) -> Scope:
    try:
        return parse_scope(db_session(), text)
    except UnknownScope:
        raise not_found(text) from None


def feed_response(feed: RenderedFeed, filename: str) -> Response:
    """Return the feed, 304 when the client's copy is current, gzipped when the client accepts it."""
    use_gzip = request.accept_encodings["gzip"] > 0
    etag = feed.etag + "-gz" if use_gzip else feed.etag
    headers = {
        "ETag": f'"{etag}"',
        "Last-Modified": http_date(feed.last_modified),
        "Vary": "Accept-Encoding",
        # Clients may keep a copy but must ask again (cheap: 304 on the validators).
        "Cache-Control": "public, no-cache",
    }
    not_modified = (
        request.if_none_match.contains_weak(etag)
        if request.if_none_match
        else request.if_modified_since is not None and feed.last_modified <= request.if_modified_since
    )
    if not_modified:
        response = Response(status=304)
        del response.headers["Content-Type"]  # a 304 has no body to describe
    else:
        body = feed.gzipped if use_gzip else feed.body
        # Handed to the server as a file (wsgi.file_wrapper), as static files are: waitress then sends
        # it in chunks instead of copying a large body into its spill-over buffers.
        response = Response(wrap_file(request.environ, io.BytesIO(body)), content_type=CONTENT_TYPE,
                            direct_passthrough=True)
        response.content_length = len(body)
        response.headers["Content-Disposition"] = f'inline; filename="{filename}.ics"'
        if use_gzip:
            response.headers["Content-Encoding"] = "gzip"
    for name, value in headers.items():
        response.headers[name] = value
    return response


def serve_feed(scope_text: str) -> ResponseReturnValue:
    settings = app_settings()
    window = Window.at(now(), settings, parse_since(request.args.get("fran")))
    try:
        feed = feed_cache().get(db_session(), scope_text, window, settings)
    except UnknownScope:
        raise not_found(scope_text) from None
    return feed_response(feed, feed.key)


@bp.get("/kalender/alla.ics")
def feed_all() -> ResponseReturnValue:
    return serve_feed("alla")


@bp.get("/kalender/organ/<slug>.ics")
def feed_body(slug: str) -> ResponseReturnValue:
    return serve_feed(f"organ/{slug}")


@bp.get("/kalender/organisation/<slug>.ics")
def feed_organisation(slug: str) -> ResponseReturnValue:
    return serve_feed(f"organisation/{slug}")


@bp.get("/kalender/<slug>.ics")
def feed_slug(slug: str) -> ResponseReturnValue:
    return serve_feed(slug)


def subscribe_page(scope_text: str) -> ResponseReturnValue:
    scope = find_scope(scope_text)
    settings = app_settings()
    links = subscribe_links(feed_url(settings, scope), scope.title())
    return render_template(
        "calendars/subscribe.html", scope=scope, links=links, refresh_minutes=settings.calendars.refresh_minutes
    )


@bp.get("/kalender/")
@bp.get("/kalender")
def index() -> ResponseReturnValue:
    scopes = list_scopes(db_session())
    settings = app_settings()
    return render_template("calendars/index.html", scopes=scopes, feed_url=lambda s: feed_url(settings, s))


@bp.get("/kalender/alla")
def subscribe_all() -> ResponseReturnValue:
    return subscribe_page("alla")


@bp.get("/kalender/organ/<slug>")
def subscribe_body(slug: str) -> ResponseReturnValue:
    return subscribe_page(f"organ/{slug}")


@bp.get("/kalender/organisation/<slug>")
def subscribe_organisation(slug: str) -> ResponseReturnValue:
    return subscribe_page(f"organisation/{slug}")


@bp.get("/kalender/<slug>")
def subscribe_slug(slug: str) -> ResponseReturnValue:
    return subscribe_page(slug)


@bp.errorhandler(400)
@bp.errorhandler(404)
def calendar_error(error: HTTPException) -> ResponseReturnValue:
    """Answer a bad or unknown calendar in Swedish: plain text for feeds, a page otherwise."""
    status = error.code or 500
    message = error.description or "Sidan finns inte."
    if request.path.endswith(".ics"):
        return Response(message + "\n", status=status, content_type="text/plain; charset=utf-8")
    return render_template("calendars/error.html", message=message, status=status), status
