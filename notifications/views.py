"""Blueprint "notifications": confirm a subscription (the link's page, then its button), unsubscribe by link or
RFC 8058 one-click POST.

Links carry signed tokens (notifications.subscriptions); a bad or expired one gets the same
calm page whatever the address, so nothing tells a stranger who is subscribed.
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue

from notifications.models import SubscriptionStatus
from notifications.subscriptions import (
    confirm_subscription,
    other_active,
    scope_name,
    subscription_for_unsubscribe,
    subscription_to_confirm,
    unsubscribe,
)
from planner.app import app_settings, db_session

bp = Blueprint("notifications", __name__, url_prefix="/notifications", template_folder="templates")


def _now() -> dt.datetime:
    # The app may carry an injected clock (tests); otherwise the system clock.
    now = current_app.config.get("PLANNER_NOW")
    result: dt.datetime = now() if callable(now) else dt.datetime.now(dt.UTC)
    return result


@bp.get("/confirm/<token>")
def confirm_page(token: str) -> ResponseReturnValue:
    # GET only shows a button, as for unsubscribing: mail systems' link scanners (Safe Links and the like)
    # open every link in a mail, and would otherwise confirm subscriptions no one asked for.
    sub = subscription_to_confirm(db_session(), token, now=_now(), settings=app_settings())
    if sub is None:
        return render_template("notifications/confirm_failed.html"), 400
    if sub.status == SubscriptionStatus.ACTIVE:
        return render_template("notifications/confirmed.html", sub=sub, scope=scope_name(sub))
    return render_template("notifications/confirm.html", sub=sub, token=token, scope=scope_name(sub))


@bp.post("/confirm/<token>")
def confirm(token: str) -> ResponseReturnValue:
    sub = confirm_subscription(db_session(), token, now=_now(), settings=app_settings())
    if sub is None:
        return render_template("notifications/confirm_failed.html"), 400
    return render_template("notifications/confirmed.html", sub=sub, scope=scope_name(sub))


@bp.get("/unsubscribe/<token>")
def unsubscribe_page(token: str) -> ResponseReturnValue:
    # GET only shows a button: link scanners that open every URL must not unsubscribe anyone.
    sub = subscription_for_unsubscribe(db_session(), token, app_settings())
    return render_template("notifications/unsubscribe.html", token=token, valid=sub is not None, sub=sub,
                           scope=scope_name(sub) if sub is not None else None)


@bp.post("/unsubscribe/<token>")
def unsubscribe_one_click(token: str) -> ResponseReturnValue:
    """RFC 8058 one-click (body `List-Unsubscribe=One-Click`) and the page's button alike."""
    session = db_session()
    sub = unsubscribe(session, token, now=_now(), settings=app_settings())
    if sub is None:
        return render_template("notifications/unsubscribe.html", token=token, valid=False), 400
    # Name what ended and what goes on: an address may have other subscriptions, which this link leaves alone.
    return render_template("notifications/unsubscribed.html", sub=sub, scope=scope_name(sub),
                           others=[scope_name(o) for o in other_active(session, sub)])


# Mail providers POST without a session or CSRF token; the signed token is the authentication.
unsubscribe_one_click.csrf_exempt = True  # type: ignore[attr-defined]
