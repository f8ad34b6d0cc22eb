"""Schemas of what the API reads: query strings (filters, paging) and request bodies (corrections, uploads)."""

from __future__ import annotations

from typing import Any

from marshmallow import EXCLUDE, RAISE, Schema, fields, validate

from planner.api.fieldtypes import (
    MAX_LIMIT,
    CleanText,
    HourMinute,
    IsoDate,
    OneLine,
    WholeNumber,
    slug_in,
    text_in,
    values,
)
from planner.extract.model import EventKind, ItemStatus
from planner.store import CarryState, MeetingStatus


class PageArgs(Schema):
    """limit/offset of a list."""

    limit = WholeNumber(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           metadata={"description": f"Rows per page (1-{MAX_LIMIT})."})
    offset = WholeNumber(load_default=0, validate=validate.Range(min=0, max=2**31 - 1))

    class Meta:
        unknown = EXCLUDE


class DatedListArgs(PageArgs):
    """Filters of meetings, items and events: body slug and an inclusive date range (empty when from > to)."""

    body = slug_in()
    from_ = IsoDate(data_key="from", metadata={"description": "On or after this date (YYYY-MM-DD); a row of "
                                                                  "several days when its last day is."})
    to = IsoDate(metadata={"description": "On or before this date (YYYY-MM-DD)."})


class MeetingListArgs(DatedListArgs):
    status = fields.String(validate=validate.OneOf(values(MeetingStatus)))


class ItemListArgs(DatedListArgs):
    status = fields.String(validate=validate.OneOf(values(ItemStatus)))


class EventListArgs(DatedListArgs):
    kind = fields.String(validate=validate.OneOf(values(EventKind)))


class CarryListArgs(PageArgs):
    body = slug_in()
    state = fields.String(validate=validate.OneOf(values(CarryState)))


class MeetingPatch(Schema):
    """Corrections of a meeting; every field given is stored as a correction (who, when, old -> new)."""

    date = IsoDate()
    start = HourMinute(allow_none=True)
    end = HourMinute(allow_none=True)
    venue = text_in(max_len=500, allow_none=True, one_line=True)
    online = text_in(max_len=100, allow_none=True, one_line=True)
    status = fields.String(validate=validate.OneOf(values(MeetingStatus)))
    tentative = fields.Boolean()
    published = fields.Boolean()

    class Meta:
        unknown = RAISE


class EventPatch(Schema):
    """Corrections of an event."""

    title = text_in(min_len=1, max_len=500, one_line=True)
    kind = fields.String(validate=validate.OneOf(values(EventKind)))
    date = IsoDate()
    start = HourMinute(allow_none=True)
    end = HourMinute(allow_none=True)
    venue = text_in(max_len=500, allow_none=True, one_line=True)
    status = fields.String(validate=validate.OneOf(["planned", "cancelled"]))
    tentative = fields.Boolean()
    published = fields.Boolean()

    class Meta:
        unknown = RAISE


class ItemPatch(Schema):
    """Corrections of an agenda item."""

    title = text_in(min_len=1, max_len=2000, one_line=True)
    status = fields.String(validate=validate.OneOf(values(ItemStatus)))

    class Meta:
        unknown = RAISE


class CarryPatch(Schema):
    """Mark a carried item handled (closed) or dropped, with a reason; or open it again."""

    state = fields.String(required=True, validate=validate.OneOf(values(CarryState)))
    reason = text_in(max_len=2000, allow_none=True)

    class Meta:
        unknown = RAISE


# A name is not blank: one character that is not a space at least (a blank one names no one).
NAME_PATTERN = "^[^\\x00-\\x1f\\x7f]*[^\\s\\x00-\\x1f\\x7f][^\\x00-\\x1f\\x7f]*$"


def _name(**kwargs: Any) -> fields.String:
    checks = [validate.Length(min=1, max=300), CleanText(), OneLine(),
              validate.Regexp(NAME_PATTERN, error="must not be blank")]
    return fields.String(validate=checks, metadata={"pattern": NAME_PATTERN}, **kwargs)


class AttendeePatch(Schema):
    """Corrections of an attendee; each field given is stored as a correction that a later ingest of the same
    minutes (or a corrected version of them) does not undo."""

    name = _name()
    organisation = text_in(max_len=300, allow_none=True, one_line=True)  # null or empty: no organisation
    role = text_in(max_len=200, allow_none=True, one_line=True)
    present = fields.Boolean(metadata={"description": "false: absent."})

    class Meta:
        unknown = RAISE


class AttendeeNew(AttendeePatch):
    """An attendee the minutes were read without."""

    name = _name(required=True)
    present = fields.Boolean(load_default=True, metadata={"description": "false: absent (default true)."})


class UploadSchema(Schema):
    """A minutes file as multipart/form-data."""

    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary",
                                               "description": "Minutes: .txt, .md, .tex, .docx, .pdf or .html."})
