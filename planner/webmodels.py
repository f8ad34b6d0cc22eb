"""Tables of the web side: users and their bodies, corrections, agenda drafts, API tokens.

They share `planner.store.Base.metadata`; the migration is 0003_web_tables. Functions that take a
Session live in `planner.corrections` and the web blueprints, not here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.store import Base, Body, Document, utcnow


class Role(StrEnum):
    ADMIN = "admin"  # every body, users
    SECRETARY = "secretary"  # the bodies listed in user_body


class User(Base):
    """A person who logs in: an admin, or a secretary of one or more bodies."""

    __tablename__ = "web_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default=Role.SECRETARY)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    bodies: Mapped[list[Body]] = relationship(secondary="web_user_body", order_by="Body.name")

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def may_edit(self, body_id: int | None) -> bool:
        """Return whether the user may change facts of the body (admins: every body)."""
        if self.is_admin:
            return True
        return body_id is not None and any(b.id == body_id for b in self.bodies)


class UserBody(Base):
    """A secretary's body."""

    __tablename__ = "web_user_body"
    __table_args__ = (UniqueConstraint("user_id", "body_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_user.id", ondelete="CASCADE"))
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))


class Correction(Base):
    """One change a secretary made to an extracted fact: who, when, which field, old -> new.

    `entity` is meeting | event | agenda_item | carry_item | attendance; `entity_key` is a key that
    survives re-ingest (the meeting's or event's UID; "<meeting uid>#<position>" for an agenda item;
    the carry item's id; "<meeting uid>#<name as read>" for an attendee, see planner.attendees).
    `field` "deleted" removes a false event; "published" is a confirmation; an attendee's "listed"
    false removes it, true adds it.
    """

    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id", ondelete="SET NULL"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"))
    entity: Mapped[str] = mapped_column(String(20))
    entity_key: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User | None] = relationship()
    document: Mapped[Document | None] = relationship()


class AgendaDraft(Base):
    """The agenda of a coming meeting as a secretary edited it; public once published."""

    __tablename__ = "agenda_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    # JSON list of lines: {"title": str, "note": str | null, "carry_id": int | null}
    lines_json: Mapped[str] = mapped_column(Text, default="[]")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("web_user.id", ondelete="SET NULL"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiToken(Base):
    """A bearer token for writes through the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_user.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship()


__all__ = ["AgendaDraft", "ApiToken", "Correction", "Role", "User", "UserBody"]
