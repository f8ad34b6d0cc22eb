"""Users of the web side: argon2 password hashing, the logged-in user, `login_required`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import abort, g, redirect, request, session, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.store import Body
from planner.webmodels import Role, User, UserBody

F = TypeVar("F", bound=Callable[..., Any])
_HASHER = PasswordHasher()
USERNAME_MAX = 200  # User.username
NAME_MAX = 300  # User.name
# Verified against when the user does not exist, so both paths take the same time.
_DUMMY_HASH = _HASHER.hash("not a real password")


def hash_password(password: str) -> str:
    """Return the argon2id hash of a password."""
    return _HASHER.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    """Return whether `password` is the user's (always spends one argon2 verification)."""
    try:
        ok = _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return ok and user is not None and user.active


def find_user(session: Session, username: str) -> User | None:
    """Return the user with this username (case-insensitive)."""
    return session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()


def add_user(session: Session, username: str, password: str, *, role: str = Role.SECRETARY,
             body_slugs: tuple[str, ...] = (), name: str | None = None) -> User:
    """Create a user (or reset an existing one's password, role and bodies)."""
    if not username.strip():
        raise ValueError("a username must not be empty")
    # The columns' lengths: PostgreSQL refused a longer value with a DataError (a traceback), SQLite kept it.
    if len(username.strip()) > USERNAME_MAX:
        raise ValueError(f"a username has at most {USERNAME_MAX} characters, this one {len(username.strip())}")
    if name is not None and len(name) > NAME_MAX:
        raise ValueError(f"a name has at most {NAME_MAX} characters, this one {len(name)}")
    if role not in tuple(Role):
        raise ValueError(f"unknown role {role!r} (expected admin or secretary)")
    if len(password) < 8:
        raise ValueError("password must have at least 8 characters")
    bodies = []
    for slug in body_slugs:
        body = session.scalars(select(Body).where(Body.slug == slug)).first()
        if body is None:
            raise ValueError(f"unknown body {slug!r}")
        bodies.append(body)
    user = find_user(session, username)
    if user is None:
        user = User(username=username.strip(), password_hash="")
        session.add(user)
    user.password_hash = hash_password(password)
    user.role = role
    user.name = name or user.name
    session.flush()
    # The bodies given are the user's bodies from now on: a body left out is taken away.
    wanted = {body.id for body in bodies}
    for link in session.scalars(select(UserBody).where(UserBody.user_id == user.id)):
        if link.body_id in wanted:
            wanted.discard(link.body_id)
        else:
            session.delete(link)
    for body_id in sorted(wanted):
        session.add(UserBody(user_id=user.id, body_id=body_id))
    session.flush()
    session.expire(user, ["bodies"])
    return user


def current_user() -> User | None:
    """Return the logged-in user of this request, or None."""
    if "user" not in g:
        from planner.app import db_session

        user_id = session.get("user_id")
        user = db_session().get(User, user_id) if isinstance(user_id, int) else None
        g.user = user if user is not None and user.active else None
    result: User | None = g.user
    return result


def login_required(view: F) -> F:
    """Send anonymous visitors to the login page (403 for anything but GET)."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            if request.method not in ("GET", "HEAD"):
                abort(403)
            return redirect(url_for("secretary.login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
