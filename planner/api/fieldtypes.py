"""Field types and helpers shared by the API's schemas: times as HH:MM, spans, UTC timestamps,
text that a database can store, and response fields that are always present.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marshmallow import ValidationError, fields, validate

HOUR_MINUTE = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
MAX_LIMIT = 200


SLUG = r"^[a-z0-9][a-z0-9-]{0,199}$"
# NUL cannot be stored in PostgreSQL text; lone surrogates cannot be encoded as UTF-8.
NO_NUL = "^[^\\x00]*$"
# A title, venue or platform is one line: no line breaks or other control characters (a Word
# agenda cannot hold them, a Markdown one breaks on them, a calendar entry shows them raw).
ONE_LINE = "^[^\\x00-\\x1f\\x7f]*$"


class CleanText(validate.Validator):
    """Refuse text that no database can store: NUL characters and lone surrogates."""

    error = "must not contain NUL characters or unpaired surrogates"

    def __call__(self, value: Any) -> Any:
        if isinstance(value, str) and any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in value):
            raise ValidationError(self.error)
        return value


class OneLine(validate.Validator):
    """Refuse line breaks and other control characters in a one-line text."""

    error = "must be one line, without line breaks or other control characters"

    def __call__(self, value: Any) -> Any:
        if isinstance(value, str) and re.search(r"[\x00-\x1f\x7f]", value):
            raise ValidationError(self.error)
        return value


def text_in(*, max_len: int, min_len: int = 0, one_line: bool = False, **kwargs: Any) -> fields.String:
    """Return a request text field of bounded length without NUL characters (`one_line`: nor any
    other control character)."""
    checks: list[validate.Validator] = [validate.Length(min=min_len, max=max_len), CleanText()]
    if one_line:
        checks.append(OneLine())
    return fields.String(validate=checks, metadata={"pattern": ONE_LINE if one_line else NO_NUL}, **kwargs)


class WholeRegexp(validate.Regexp):
    """A pattern the whole value must match: `validate.Regexp` uses re.match, whose "$" also matches before a
    trailing line break ("kommunalt-forum\\n"). The pattern still goes into the OpenAPI document."""

    def __call__(self, value: Any) -> Any:
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


class WholeNumber(fields.Integer):
    """An integer written as the document's integer is: ASCII digits, a minus at most. Python's int(), which
    fields.Integer uses, also takes full-width and other digits ("１０", "٣"), "1_0", "+5" and spaces."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if isinstance(value, str) and not re.fullmatch(r"-?[0-9]+", value):
            raise self.make_error("invalid")
        result: int = super()._deserialize(value, attr, data, **kwargs)
        return result


class IsoDate(fields.Date):
    """A date as YYYY-MM-DD, the document's format: date.fromisoformat, which fields.Date uses, also takes
    "20200101" and "2020W101"."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.date:
        if isinstance(value, str) and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise self.make_error("invalid")
        result: dt.date = super()._deserialize(value, attr, data, **kwargs)
        return result


def slug_in() -> fields.String:
    return fields.String(validate=WholeRegexp(SLUG, error="expected a body slug such as 'kommunalt-forum'"),
                         metadata={"description": "Slug of a body."})


def values(enum: Any) -> list[str]:
    return [str(v) for v in enum]


class UtcDateTime(fields.DateTime):
    """A timestamp in RFC 3339 form; naive values (SQLite) are UTC as the store writes them."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return super()._serialize(value, attr, obj, **kwargs)


class HourMinute(fields.String):
    """A time of day as "HH:MM" (24 h)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(metadata={"pattern": HOUR_MINUTE}, **kwargs)

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else value.strftime("%H:%M")

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.time:  # type: ignore[override]
        text = super()._deserialize(value, attr, data, **kwargs)
        if not re.fullmatch(HOUR_MINUTE, text):
            raise ValidationError("expected a time as HH:MM (24 h)")
        return dt.time.fromisoformat(text)


class SpanField(fields.List):  # type: ignore[type-arg]
    """The evidence `[start, end)` in the document's text, from the row's span_start/span_end."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(fields.Integer(), attribute="span_start", allow_none=True, dump_default=None,
                         required=True, validate=validate.Length(equal=2),
                         metadata={"description": "Character range [start, end) of the evidence in the "
                                                  "document's text (null when unknown)."}, **kwargs)

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> list[int] | None:
        start, end = getattr(obj, "span_start", None), getattr(obj, "span_end", None)
        return None if start is None or end is None else [start, end]


def out(field: type[fields.Field[Any]], *args: Any, nullable: bool = False, **kwargs: Any) -> Any:
    """Return a response field that is always present (required), null when `nullable`."""
    if nullable:
        kwargs.setdefault("dump_default", None)
    return field(*args, required=True, allow_none=nullable, **kwargs)
