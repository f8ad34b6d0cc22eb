"""Email subscriptions: double opt-in, signed links, unsubscribe; never revealing who is subscribed.

`request_subscription` is what the CLI and the web form call. It answers the same way whatever
the address's state (new, pending, active, unsubscribed), so neither a caller nor a stranger learns
whether an address is subscribed; only the mailbox owner gets a mail.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Mapping
from typing import Protocol

from itsdangerous import BadSignature, TimestampSigner, URLSafeSerializer, URLSafeTimedSerializer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from notifications.mail import Mailer, make_mailer, render_confirmation, render_unsubscribe_links
from notifications.models import OutboxMessage, Subscription, SubscriptionStatus
from notifications.reminders import format_offsets
from planner.config import Settings
from planner.errors import PlannerError
from planner.store import Body, Organisation, as_utc

CONFIRM_DAYS = 7
_CONFIRM_SALT = "notifications.confirm"
_UNSUBSCRIBE_SALT = "notifications.unsubscribe"


class SubscriptionError(PlannerError, ValueError):
    """A bad address or an unknown scope (says nothing about existing subscriptions)."""


class ScopeNotFound(SubscriptionError):
    pass


# RFC 5322's dot-atom (atext between single dots) or a quoted string (white space is refused before).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL_PART = re.compile(rf'{_ATEXT}(?:\.{_ATEXT})*|"(?:[!#-\[\]-~]|\\[!-~])+"')
# Host names of letters, digits and inner hyphens (IDNA already applied), or an address literal.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})+|\[[!-Z^-~]+\]")


def normalise_email(text: str) -> str:
    """Return the address trimmed and lower-cased, with an IDNA domain; raise on a malformed one."""
    address = text.strip()
    if address.count("@") != 1 or any(ch.isspace() for ch in address) or "<" in address or "," in address:
        raise SubscriptionError(f"not an email address: {text!r}")
    local, domain = address.split("@")
    domain = domain.rstrip(".")
    if not local or not domain or "." not in domain or len(local) > 64:
        raise SubscriptionError(f"not an email address: {text!r}")
    if not local.isascii():
        # The domain can be written in ASCII (IDNA) but the part before @ cannot: sending to it needs
        # SMTPUTF8 (RFC 6531), which neither our messages nor many servers support. Refuse it here,
        # with a clear answer, instead of failing when the confirmation mail is sent.
        raise SubscriptionError(f"not an address we can send to: {text!r} (letters such as å, ä, ö "
                                "are only possible after the @)")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError as err:
        raise SubscriptionError(f"not an email address: {text!r}") from err
    # Anything else (a comment, a group's colon, a semicolon, an unbalanced quote) is header syntax: the
    # mail went to another address than the one stored, or to several, and each spelling of one mailbox
    # counted as an address of its own in the limits on mails the forms may ask for.
    if not _LOCAL_PART.fullmatch(local) or not _DOMAIN.fullmatch(domain):
        raise SubscriptionError(f"not an email address: {text!r}")
    normalised = f"{local}@{domain}".lower()
    if len(normalised) > 254:
        raise SubscriptionError(f"email address too long: {text!r}")
    return normalised


# The feeds' spelling of a scope ("alla", "organ/<slug>", "organisation/<slug>") is read too.
_SCOPE_KINDS = {"": "", "body": "body", "organ": "body", "organisation": "organisation"}


def resolve_scope(session: Session, scope: str) -> tuple[str, Body | None, Organisation | None]:
    """Read 'all', 'body:<slug>', 'organisation:<slug>' or a bare slug (a body first) into the key; also
    the feeds' 'alla', 'organ/<slug>' and 'organisation/<slug>'."""
    if scope in ("all", "alla"):
        return "all", None, None
    sep = ":" if ":" in scope else "/" if "/" in scope else ""
    written, _, slug = scope.partition(sep) if sep else ("", "", scope)
    kind = _SCOPE_KINDS.get(written)
    if kind is None:
        raise ScopeNotFound(f"no body or organisation {scope!r} (write a slug, organ/SLUG, organisation/SLUG or alla)")
    if kind in ("", "body"):
        body = session.scalars(select(Body).where(Body.slug == slug)).first()
        if body is not None:
            return f"body:{slug}", body, None
    if kind in ("", "organisation"):
        org = session.scalars(select(Organisation).where(Organisation.slug == slug)).first()
        if org is not None:
            return f"organisation:{slug}", None, org
    raise ScopeNotFound(f"no body or organisation {scope!r}")


def scope_name(sub: Subscription) -> str:
    """Return the Swedish name of what the subscription covers."""
    if sub.body is not None:
        return sub.body.name
    if sub.organisation is not None:
        return sub.organisation.name
    return "alla forum"


# ---------------------------------------------------------------------------
# Signed links


def _timed(settings: Settings, now: dt.datetime) -> URLSafeTimedSerializer:
    """Return the confirm-link serializer with its clock set to the injected `now`."""
    stamp = int(now.timestamp())

    class _Signer(TimestampSigner):
        def get_timestamp(self) -> int:
            return stamp

    return URLSafeTimedSerializer(settings.secret_key(), salt=_CONFIRM_SALT, signer=_Signer)


def confirm_token(settings: Settings, sub: Subscription, *, now: dt.datetime) -> str:
    return _timed(settings, now).dumps([sub.id, sub.token])


class Signed(Protocol):
    """A subscription, or a lighter view of one: what a signed link names."""

    @property
    def id(self) -> int: ...

    @property
    def token(self) -> str: ...


def unsubscribe_signer(settings: Settings) -> URLSafeSerializer:
    """Return the serializer of unsubscribe links (made once per sending run)."""
    # No expiry: an unsubscribe link in a year-old reminder must still work.
    return URLSafeSerializer(settings.secret_key(), salt=_UNSUBSCRIBE_SALT)


def unsubscribe_token(settings: Settings, sub: Signed, signer: URLSafeSerializer | None = None) -> str:
    token: str = (signer or unsubscribe_signer(settings)).dumps([sub.id, sub.token])
    return token


def confirm_url(settings: Settings, sub: Subscription, *, now: dt.datetime) -> str:
    return f"{settings.base_url}/notifications/confirm/{confirm_token(settings, sub, now=now)}"


def unsubscribe_url(settings: Settings, sub: Signed, signer: URLSafeSerializer | None = None) -> str:
    return f"{settings.base_url}/notifications/unsubscribe/{unsubscribe_token(settings, sub, signer)}"


def _load(session: Session, payload: object) -> Subscription | None:
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], int)):
        return None
    sub = session.get(Subscription, payload[0])
    if sub is None or not secrets.compare_digest(sub.token, str(payload[1])):
        return None
    return sub


def subscription_for_unsubscribe(session: Session, token: str, settings: Settings) -> Subscription | None:
    """Return the subscription a (valid) unsubscribe token names, else None."""
    try:
        payload = unsubscribe_signer(settings).loads(token)
    except BadSignature:
        return None
    return _load(session, payload)


# ---------------------------------------------------------------------------
# The flow


def request_subscription(
    session: Session,
    email: str,
    scope: str,
    *,
    now: dt.datetime,
    settings: Settings,
    mailer: Mailer,
    offsets: Mapping[str, tuple[int, ...]] | None = None,
) -> None:
    """Ask for reminders for `email` about `scope`: mail a confirmation link unless already active.

    Returns nothing, whatever the address's state, so callers show the same "check your mail"
    answer to everyone. Raises SubscriptionError only for a malformed address or unknown scope.
    An address that had its share of such mails lately (`_mailed_enough`) is mailed nothing more for now.
    `offsets` overrides [reminders] per kind ({"meeting": (3,)}), also for an active subscription.
    """
    address = normalise_email(email)
    key, body, org = resolve_scope(session, scope)
    sub = session.scalars(select(Subscription).where(Subscription.email == address, Subscription.scope == key)).first()
    if sub is None:
        sub = Subscription(email=address, scope=key, body=body, organisation=org, status=SubscriptionStatus.PENDING,
                           token=secrets.token_urlsafe(24), bounce_count=0, created_at=now)
        session.add(sub)
    if offsets is not None:
        sub.offsets = format_offsets(offsets)
    if sub.status == SubscriptionStatus.ACTIVE:
        session.commit()
        return
    if _mailed_enough(session, address, now, sub):
        session.commit()  # a link mailed a moment ago still works: nothing more to the address for now
        return
    if sub.status != SubscriptionStatus.PENDING:  # unsubscribed or bouncing: start over, old links void
        sub.status = SubscriptionStatus.PENDING
        sub.token = secrets.token_urlsafe(24)
        sub.bounce_count = 0
    session.commit()
    mailer.send(render_confirmation(to=address, scope_name=scope_name(sub), confirm_url=confirm_url(settings, sub, now=now),
                                    valid_days=CONFIRM_DAYS, now=now, settings=settings))
    sub.mailed_at = as_utc(now)  # once sent (SQLite keeps the wall time as written: store UTC)
    session.commit()


# Anyone may type any address into the public forms: each asks for a mail to it. So that the forms cannot be
# used to flood an inbox, an address gets one such mail about a subscription in `MAIL_AGAIN_AFTER`, and at
# most `MAILS_PER_ADDRESS` in `MAIL_WINDOW` over all its subscriptions; further asks are answered the same.
MAIL_AGAIN_AFTER = dt.timedelta(minutes=10)
MAIL_WINDOW = dt.timedelta(hours=1)
MAILS_PER_ADDRESS = 5


def _mailed_enough(session: Session, address: str, now: dt.datetime, sub: Subscription | None = None) -> bool:
    """Tell whether the address had its share of mails asked for in the forms (`sub`: about this one lately)."""
    if sub is not None and _mailed_within(sub.mailed_at, now, MAIL_AGAIN_AFTER):
        return True
    stamps = session.scalars(select(Subscription.mailed_at).where(Subscription.email == address,
                                                                  Subscription.mailed_at.is_not(None))).all()
    return sum(_mailed_within(stamp, now, MAIL_WINDOW) for stamp in stamps) >= MAILS_PER_ADDRESS


def _mailed_within(stamp: dt.datetime | None, now: dt.datetime, within: dt.timedelta) -> bool:
    return stamp is not None and as_utc(stamp) > now - within


def subscription_to_confirm(session: Session, token: str, *, now: dt.datetime,
                            settings: Settings) -> Subscription | None:
    """Return the pending or active subscription a confirmation token names; None when the link is bad or expired."""
    try:  # SignatureExpired is a BadSignature
        payload = _timed(settings, now).loads(token, max_age=CONFIRM_DAYS * 86400)
    except BadSignature:
        return None
    sub = _load(session, payload)
    if sub is None or sub.status not in (SubscriptionStatus.PENDING, SubscriptionStatus.ACTIVE):
        return None
    return sub


def confirm_subscription(session: Session, token: str, *, now: dt.datetime, settings: Settings) -> Subscription | None:
    """Activate the subscription a confirmation token names; None when the link is bad or expired."""
    sub = subscription_to_confirm(session, token, now=now, settings=settings)
    if sub is None:
        return None
    if sub.status == SubscriptionStatus.PENDING:
        sub.status = SubscriptionStatus.ACTIVE
        sub.confirmed_at = now
        sub.bounce_count = 0
        session.commit()
    return sub


def unsubscribe(session: Session, token: str, *, now: dt.datetime, settings: Settings) -> Subscription | None:
    """End the subscription an unsubscribe token names; return it, or None when the token is not valid."""
    sub = subscription_for_unsubscribe(session, token, settings)
    if sub is None:
        return None
    unsubscribe_one(session, sub, now=now)
    return sub


def unsubscribe_one(session: Session, sub: Subscription, *, now: dt.datetime) -> bool:
    """End one subscription (committed); True when it was not ended already."""
    if not _end(sub, now):
        return False
    session.commit()
    return True


def other_active(session: Session, sub: Subscription) -> list[Subscription]:
    """Return the address's other active subscriptions, oldest first (what an unsubscribe leaves going)."""
    return list(session.scalars(
        select(Subscription).where(Subscription.email == sub.email, Subscription.id != sub.id,
                                   Subscription.status == SubscriptionStatus.ACTIVE)
        .order_by(Subscription.created_at, Subscription.id)))


def _end(sub: Subscription, now: dt.datetime) -> bool:
    """Mark a subscription unsubscribed (its first end date kept); tell whether it changed."""
    if sub.status == SubscriptionStatus.UNSUBSCRIBED:
        return False
    sub.status = SubscriptionStatus.UNSUBSCRIBED
    sub.unsubscribed_at = now
    return True


def subscriptions_of(session: Session, email: str | None = None) -> list[Subscription]:
    """Return the subscriptions of one address (any spelling of it), or all of them, oldest first."""
    query = select(Subscription).order_by(Subscription.email, Subscription.created_at, Subscription.id)
    if email is not None:
        query = query.where(Subscription.email == normalise_email(email))
    return list(session.scalars(query))


def end_subscriptions(session: Session, email: str, *, now: dt.datetime, forget: bool = False) -> int:
    """End every subscription of an address as an operator asked; return how many it had.

    Without `forget` they are marked unsubscribed (the record that the address opted out stays, so a
    repeated request is answered the same). With `forget` the address is erased: its subscriptions and
    every outbox row about them, sent or not (a request under GDPR art. 17). Mails not yet sent are
    never sent either way: the sender checks the subscription at sending time.
    """
    subs = subscriptions_of(session, email)
    if forget:
        ids = [sub.id for sub in subs]
        if ids:
            session.execute(delete(OutboxMessage).where(OutboxMessage.subscription_id.in_(ids)))
            session.execute(delete(Subscription).where(Subscription.id.in_(ids)))
    else:
        for sub in subs:
            _end(sub, now)
    session.commit()
    return len(subs)


def request_unsubscribe(session: Session, email: str, *, now: dt.datetime, settings: Settings, mailer: Mailer) -> None:
    """Mail the address its unsubscribe links, if it has any subscription; answer the same either way."""
    address = normalise_email(email)
    subs = session.scalars(
        select(Subscription).where(Subscription.email == address,
                                   Subscription.status.in_((SubscriptionStatus.ACTIVE, SubscriptionStatus.PENDING)))
        .order_by(Subscription.id)
    ).all()
    if not subs or any(_mailed_within(s.mailed_at, now, MAIL_AGAIN_AFTER) for s in subs):
        return  # (links mailed a moment ago still work)
    links = [(scope_name(s), unsubscribe_url(settings, s)) for s in subs]
    mailer.send(render_unsubscribe_links(to=address, links=links, now=now, settings=settings))
    for sub in subs:
        sub.mailed_at = as_utc(now)  # once sent
    session.commit()


# ---------------------------------------------------------------------------
# Adapters for the web form (planner/views.py): the caller commits; bad input raises ValueError.


def subscribe_from_web(session: Session, email: str, scope: str, *, settings: Settings, now: dt.datetime) -> None:
    """Start the double opt-in from the subscription form: a body's slug, "organisation:SLUG" or "alla"."""
    mailer = make_mailer(settings)
    try:
        request_subscription(session, email, scope, now=now, settings=settings, mailer=mailer)
    finally:
        mailer.close()


def request_unsubscribe_from_web(session: Session, email: str, *, settings: Settings, now: dt.datetime) -> None:
    """Mail unsubscribe links from the web's unsubscribe form."""
    mailer = make_mailer(settings)
    try:
        request_unsubscribe(session, email, now=now, settings=settings, mailer=mailer)
    finally:
        mailer.close()
