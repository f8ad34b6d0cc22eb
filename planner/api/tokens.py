"""Bearer tokens of the JSON API: made once, shown once, stored only as their SHA-256.

A token is 32 random bytes (URL-safe text); with that much entropy a fast hash is enough and
lets the token be found by its hash. Functions take a Session and `now`; the caller commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.store import get_row
from planner.webmodels import ApiToken, User

PREFIX = "fp_"
NAME_MAX = 200  # ApiToken.name


def hash_token(token: str) -> str:
    """Return the SHA-256 (hex) under which a token is stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, user: User, name: str, *, now: dt.datetime) -> str:
    """Store a new token for `user` and return it; it cannot be read back later.

    ValueError when `name` is longer than its column (PostgreSQL refused it with a traceback).
    """
    if len(name) > NAME_MAX:
        raise ValueError(f"a token's name has at most {NAME_MAX} characters, this one {len(name)}")
    token = PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, name=name, token_sha256=hash_token(token), created_at=now))
    session.flush()
    return token


def user_for_token(session: Session, token: str, *, now: dt.datetime) -> User | None:
    """Return the active user of a valid, unrevoked token (and note its use), else None."""
    if not token or len(token) > 200:
        return None
    digest = hash_token(token)
    row = session.scalars(select(ApiToken).where(ApiToken.token_sha256 == digest)).first()
    # The lookup is by hash; compare again in constant time so a near-miss index never decides.
    if row is None or not hmac.compare_digest(row.token_sha256, digest) or row.revoked:
        return None
    if not row.user.active:
        return None
    row.last_used_at = now
    return row.user


def revoke_token(session: Session, token_id: int) -> bool:
    """Revoke a token by its id; return whether one was found."""
    row = get_row(session, ApiToken, token_id)
    if row is None:
        return False
    row.revoked = True
    return True
