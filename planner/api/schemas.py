"""Marshmallow schemas of the JSON API: one schema both shapes a response and documents it.

The views dump rows with these schemas and load query strings and bodies with them; the OpenAPI
document is generated from the same classes (apispec's MarshmallowPlugin), so it cannot drift
from what the API really sends.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from planner.api.fieldtypes import HourMinute, SpanField, UtcDateTime, out, values
from planner.extract.model import CarryReason, EventKind, ItemStatus
from planner.store import CarryState, CarryStepKind

# --- responses -----------------------------------------------------------------------------------


class ProblemSchema(Schema):
    """An RFC 9457 problem object (media type application/problem+json)."""

    type = out(fields.String, metadata={"description": "A URI reference naming the problem type."})
    title = out(fields.String)
    status = out(fields.Integer)
    detail = out(fields.String)
    instance = fields.String(metadata={"description": "The request path."})
    errors = fields.Dict(keys=fields.String(), values=fields.Raw(),
                         metadata={"description": "Field errors (422 only): field name -> messages."})


class AliasSchema(Schema):
    name = out(fields.String)


class BodySchema(Schema):
    id = out(fields.Integer)
    slug = out(fields.String)
    name = out(fields.String)
    region = out(fields.String, nullable=True)
    organisation = out(fields.String, nullable=True, attribute="organisation.name")
    aliases = out(fields.Pluck, AliasSchema, "name", many=True,
                  metadata={"description": "Names the body is also known by."})

    class Meta:
        ordered = True


class AttendanceSchema(Schema):
    id = out(fields.Integer, metadata={"description": "Changes when the minutes are read again; corrections stay."})
    name = out(fields.String, attribute="person.name")
    organisation = out(fields.String, nullable=True, attribute="person.organisation.name")
    present = out(fields.Boolean)
    role = out(fields.String, nullable=True)
    party = out(fields.String, nullable=True)
    document_id = out(fields.Integer, nullable=True)
    span = SpanField()
    read_name = out(fields.String, nullable=True,
                    metadata={"description": "The name as the minutes gave it (or as it was added)."})

    class Meta:
        ordered = True


class ItemSchema(Schema):
    id = out(fields.Integer)
    meeting_id = out(fields.Integer)
    position = out(fields.Integer)
    number = out(fields.String, nullable=True)
    title = out(fields.String)
    status = out(fields.String, metadata={"enum": values(ItemStatus)})
    target_when = out(fields.String, nullable=True,
                      metadata={"description": '"next", "YYYY-MM", "YYYY-MM-DD" or null, as written.'})
    target_body = out(fields.String, nullable=True)
    decisions = out(fields.String, nullable=True)
    document_id = out(fields.Integer, nullable=True)
    span = SpanField()

    class Meta:
        ordered = True


class ItemListEntrySchema(ItemSchema):
    """An agenda item with the meeting it belongs to."""

    body = out(fields.String, attribute="meeting.body.slug")
    meeting_date = out(fields.Date, nullable=True, attribute="meeting.date")


class MeetingSummarySchema(Schema):
    id = out(fields.Integer)
    uid = out(fields.String)
    body = out(fields.String, attribute="body.slug", metadata={"description": "Slug of the body."})
    body_name = out(fields.String, attribute="body.name")
    date = out(fields.Date, nullable=True)
    month = out(fields.String, nullable=True, metadata={"description": "YYYY-MM when only the month is known."})
    end_date = out(fields.Date, nullable=True)
    start = out(HourMinute, nullable=True)
    end = out(HourMinute, nullable=True)
    venue = out(fields.String, nullable=True)
    online = out(fields.String, nullable=True)
    reference = out(fields.String, nullable=True)
    kind = out(fields.String)
    title = out(fields.String, nullable=True)
    theme = out(fields.String, nullable=True)
    status = out(fields.String, metadata={"description": "planned, held or cancelled."})
    tentative = out(fields.Boolean)
    published = out(fields.Boolean)
    confidence = out(fields.Float)
    sequence = out(fields.Integer)
    document_id = out(fields.Integer, nullable=True,
                      metadata={"description": "The minutes of this meeting, once held."})
    source_document_id = out(fields.Integer, nullable=True,
                             metadata={"description": "The minutes that announced this meeting."})
    updated_at = out(UtcDateTime)

    class Meta:
        ordered = True


class MeetingSchema(MeetingSummarySchema):
    """A meeting with its agenda items and attendance."""

    items = out(fields.List, fields.Nested(ItemSchema))
    attendance = out(fields.List, fields.Nested(AttendanceSchema))


class EventSchema(Schema):
    id = out(fields.Integer)
    uid = out(fields.String)
    body = out(fields.String, nullable=True, attribute="body.slug")
    kind = out(fields.String, metadata={"enum": values(EventKind)})
    title = out(fields.String)
    date = out(fields.Date, nullable=True)
    month = out(fields.String, nullable=True)
    end_date = out(fields.Date, nullable=True)
    start = out(HourMinute, nullable=True)
    end = out(HourMinute, nullable=True)
    venue = out(fields.String, nullable=True)
    online = out(fields.String, nullable=True)
    theme = out(fields.String, nullable=True)
    holder = out(fields.String, nullable=True)
    status = out(fields.String, metadata={"description": "planned or cancelled."})
    tentative = out(fields.Boolean)
    published = out(fields.Boolean)
    confidence = out(fields.Float)
    sequence = out(fields.Integer)
    document_id = out(fields.Integer, nullable=True)
    span = SpanField()
    updated_at = out(UtcDateTime)

    class Meta:
        ordered = True


class CarryStepSchema(Schema):
    id = out(fields.Integer)
    kind = out(fields.String, metadata={"enum": values(CarryStepKind)})
    meeting_id = out(fields.Integer, nullable=True)
    meeting_date = out(fields.Date, nullable=True, attribute="meeting.date")
    item_number = out(fields.String, nullable=True)
    note = out(fields.String, nullable=True)
    at = out(UtcDateTime)
    document_id = out(fields.Integer, nullable=True)
    span = SpanField()

    class Meta:
        ordered = True


class CarrySchema(Schema):
    """A carried item (a matter that belongs on a later agenda) with its history."""

    id = out(fields.Integer)
    body = out(fields.String, attribute="body.slug")
    title = out(fields.String)
    reason = out(fields.String, metadata={"enum": values(CarryReason)})
    when = out(fields.String, nullable=True,
               metadata={"description": '"next", "YYYY-MM", "YYYY-MM-DD" or null, as the minutes said it.'})
    state = out(fields.String, metadata={"enum": values(CarryState)})
    times_postponed = out(fields.Integer)
    not_handled = out(fields.Boolean, metadata={"description": 'The meeting it was meant for was held without it.'})
    origin_meeting_id = out(fields.Integer, nullable=True)
    origin_item_number = out(fields.String, nullable=True)
    target_meeting_id = out(fields.Integer, nullable=True)
    closed_item_id = out(fields.Integer, nullable=True)
    closed_reason = out(fields.String, nullable=True)
    document_id = out(fields.Integer, nullable=True)
    span = SpanField()
    steps = out(fields.List, fields.Nested(CarryStepSchema))
    updated_at = out(UtcDateTime)

    class Meta:
        ordered = True


class DocumentSchema(Schema):
    """An ingested minutes file: its decoded text (every span points into it) and its extraction."""

    id = out(fields.Integer)
    filename = out(fields.String)
    sha256 = out(fields.String)
    extraction_version = out(fields.String)
    ingested_at = out(UtcDateTime)
    superseded_by_id = out(fields.Integer, nullable=True)
    text = out(fields.String)

    class Meta:
        ordered = True


def page_schema(name: str, entry: type[Schema]) -> type[Schema]:
    """Return the schema of one page of a list: results plus total, limit and offset."""
    attrs: dict[str, Any] = {
        "total": out(fields.Integer, metadata={"description": "Rows matching the filters, all pages."}),
        "limit": out(fields.Integer),
        "offset": out(fields.Integer),
        "results": out(fields.List, fields.Nested(entry)),
        "Meta": type("Meta", (), {"ordered": True}),
    }
    return type(name, (Schema,), attrs)


BodyPage = page_schema("BodyPageSchema", BodySchema)
MeetingPage = page_schema("MeetingPageSchema", MeetingSummarySchema)
ItemPage = page_schema("ItemPageSchema", ItemListEntrySchema)
EventPage = page_schema("EventPageSchema", EventSchema)
CarryPage = page_schema("CarryPageSchema", CarrySchema)


class IngestResultSchema(Schema):
    status = out(fields.String, metadata={"enum": ["new", "updated", "unchanged"]})
    document_id = out(fields.Integer)
    replaced_by = out(fields.Integer, nullable=True, metadata={
        "description": "Unchanged minutes that a corrected version replaced: that version's document id "
                       "(the meeting is that version's)."})
    meeting = out(fields.Nested, MeetingSummarySchema, nullable=True)
    warnings = out(fields.List, fields.String())

    class Meta:
        ordered = True


class ApiIndexSchema(Schema):
    name = out(fields.String)
    version = out(fields.String)
    openapi = out(fields.String, metadata={"description": "Path of the OpenAPI document."})
    links = out(fields.Dict, keys=fields.String(), values=fields.String())

    class Meta:
        ordered = True


# --- the extraction contract minutes-extraction/1 (see /work/shared/extraction/SCHEMA.md) --------

_SPAN = {"description": "Character range [start, end) in the decoded text."}


def _span(**kwargs: Any) -> Any:
    return out(fields.List, fields.Integer(), validate=validate.Length(equal=2), metadata=_SPAN, **kwargs)


class XAttendeeSchema(Schema):
    name = out(fields.String)
    organisation = out(fields.String, nullable=True)
    party = out(fields.String, nullable=True)
    role = out(fields.String, nullable=True)
    span = _span(nullable=True)

    class Meta:
        ordered = True


class XMeetingSchema(Schema):
    body = out(fields.String, nullable=True)
    date = out(fields.String, nullable=True, metadata={"description": "YYYY-MM-DD"})
    start = out(fields.String, nullable=True, metadata={"description": "HH:MM"})
    end = out(fields.String, nullable=True)
    venue = out(fields.String, nullable=True)
    online = out(fields.String, nullable=True)
    reference = out(fields.String, nullable=True)
    present = out(fields.List, fields.Nested(XAttendeeSchema))
    absent = out(fields.List, fields.Nested(XAttendeeSchema))
    spans = out(fields.Dict, keys=fields.String(), values=fields.List(fields.Integer()),
                metadata={"description": "Evidence of each filled header field."})

    class Meta:
        ordered = True


class XTargetSchema(Schema):
    when = out(fields.String, nullable=True)
    body = out(fields.String, nullable=True)


class XItemSchema(Schema):
    number = out(fields.String, nullable=True)
    title = out(fields.String)
    status = out(fields.String, metadata={"enum": values(ItemStatus)})
    target = out(fields.Nested, XTargetSchema)
    decisions = out(fields.List, fields.String())
    span = _span(nullable=True)
    status_span = _span(nullable=True)

    class Meta:
        ordered = True


class XCarrySchema(Schema):
    from_item = out(fields.String, nullable=True)
    title = out(fields.String)
    reason = out(fields.String, metadata={"enum": values(CarryReason)})
    when = out(fields.String, nullable=True)
    span = _span(nullable=True)

    class Meta:
        ordered = True


class XEventSchema(Schema):
    kind = out(fields.String, metadata={"enum": values(EventKind)})
    title = out(fields.String)
    date = out(fields.String, metadata={"description": "YYYY-MM-DD, or YYYY-MM when only the month is known."})
    end_date = out(fields.String, nullable=True)
    start = out(fields.String, nullable=True)
    end = out(fields.String, nullable=True)
    venue = out(fields.String, nullable=True)
    online = out(fields.String, nullable=True)
    theme = out(fields.String, nullable=True)
    body = out(fields.String, nullable=True)
    span = _span()
    tentative = out(fields.Boolean)
    status = out(fields.String)
    moved_from = out(fields.String, nullable=True)
    confidence = out(fields.Float)

    class Meta:
        ordered = True


class ExtractionSchema(Schema):
    """The minutes-extraction/1 object of one set of minutes."""

    schema = out(fields.String, metadata={"enum": ["minutes-extraction/1"]})
    source = out(fields.String, nullable=True)
    meeting = out(fields.Nested, XMeetingSchema)
    items = out(fields.List, fields.Nested(XItemSchema))
    next_meeting = out(fields.String, nullable=True)
    carry = out(fields.List, fields.Nested(XCarrySchema))
    events = out(fields.List, fields.Nested(XEventSchema))
    warnings = out(fields.List, fields.String())
    extraction_version = out(fields.String)

    class Meta:
        ordered = True
