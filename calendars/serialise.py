"""Serialise an icalendar component tree to RFC 5545 bytes: the last step of a feed.

`Component.to_ical()` of icalendar 7 builds a Contentline and a Parameters object per property
and folds each line character by character, encoding every character on its own; on a feed of
10,000 events that is most of the build time. `to_ical` here walks the same tree in the same
order (`Component.sorted_keys()`, then the subcomponents), takes every value's bytes from the
property's own `to_ical()` and its parameters from icalendar's `Parameters.to_ical()`, and folds
each whole line at once on its UTF-8 bytes. The result is byte for byte what
`component.to_ical()` gives (tests/calendars/test_serialise.py compares them on varied feeds),
so the component tree stays the one description of a feed; this only writes it faster.
"""

from __future__ import annotations

from typing import Any

import icalendar

FOLD_LIMIT = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding CRLF
FOLD = b"\r\n "
CRLF = b"\r\n"
_BOM = b"\xef\xbb\xbf"
# A fold never ends a line on these: a backslash escape ("\,", "\n") or an RFC 6868 "^"
# escape stays whole on the next line, as icalendar does for older clients (its issue #1501).
_ESCAPE_STARTS = (0x5C, 0x5E)  # "\" and "^"


def fold_line(line: bytes) -> bytes:
    """Return one content line folded as icalendar folds it, without the final CRLF.

    `line` is UTF-8. Every physical line holds at most 74 octets of content (the continuation
    lines start with a space, so at most 75 in all), a multi-byte character is never split, and a
    line never ends with the start of an escape sequence.
    """
    size = len(line)
    limit = FOLD_LIMIT - 1
    if size <= limit:
        return line
    parts: list[bytes] = []
    start = 0
    while size - start > limit:
        cut = start + limit
        while line[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back to its first byte
            cut -= 1
        if line[cut - 1] in _ESCAPE_STARTS and cut - 1 > start:
            cut -= 1
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return FOLD.join(parts)


def _value_bytes(value: Any) -> bytes:
    """Return the octets after the colon, as icalendar's Contentline.from_parts makes them."""
    raw = value.to_ical() if hasattr(value, "to_ical") else icalendar.vText(value).to_ical()
    if isinstance(raw, str):
        return raw.encode()
    # icalendar decodes with utf-8-sig, which drops a leading byte order mark.
    return raw[3:] if raw.startswith(_BOM) else raw


def property_tail(value: Any) -> bytes:
    """Return what follows the property name: ";" and the parameters if any, ":" and the value."""
    tail = b":" + _value_bytes(value)
    params = getattr(value, "params", None)
    if params:
        encoded = params.to_ical(sorted=True)
        if encoded:
            tail = b";" + (encoded.encode() if isinstance(encoded, str) else encoded) + tail
    if b"\n" in tail:
        raise ValueError(f"{tail[:40]!r}: a content line cannot hold an unescaped line break")
    return tail


def content_line(name: str, value: Any) -> bytes:
    """Return the folded content line of one property value (no CRLF)."""
    return fold_line(name.encode() + property_tail(value))


class Writer:
    """Serialises components, working out shared things once: one Writer per feed.

    Feeds share one value object between many events (a category, a status, a day) and between
    properties (DTSTAMP and LAST-MODIFIED), so what follows a property name is kept by the
    value's id. The Writer holds each such value, so no id is reused for another value while the
    Writer lives; values must not change meanwhile (a feed's tree does not).
    """

    __slots__ = ("_memo", "_orders", "_unshared")

    def __init__(self, unshared: frozenset[str] = frozenset()) -> None:
        """`unshared` names properties whose values are never shared (a UID): not memoised."""
        self._unshared = unshared
        self._memo: dict[int, tuple[Any, bytes]] = {}
        # Property order (icalendar's canonical order) by component class and property names:
        # every VEVENT of a feed has one of a few sets of names.
        self._orders: dict[tuple[type, tuple[str, ...]], list[tuple[str, bytes, bool]]] = {}

    def to_ical(self, component: icalendar.cal.component.Component) -> bytes:
        """Return `component.to_ical()`: the component and its subcomponents, CRLF after each line."""
        lines: list[bytes] = []
        self._write(component, lines)
        lines.append(b"")
        return CRLF.join(lines)

    def _plan(self, component: icalendar.cal.component.Component) -> list[tuple[str, bytes, bool]]:
        """Return (name, name as bytes, memoise?) for each property, in icalendar's order."""
        key = (type(component), tuple(component.keys()))
        plan = self._orders.get(key)
        if plan is None:
            plan = self._orders[key] = [
                (name, name.encode(), name not in self._unshared) for name in component.sorted_keys()
            ]
        return plan

    def _line(self, head: bytes, value: Any, memoise: bool) -> bytes:
        if memoise:
            known = self._memo.get(id(value))
            if known is None:
                known = self._memo[id(value)] = (value, property_tail(value))
            line = head + known[1]
        else:
            line = head + property_tail(value)
        return line if len(line) < FOLD_LIMIT else fold_line(line)

    def _write(self, component: icalendar.cal.component.Component, lines: list[bytes]) -> None:
        if not component.name:
            raise ValueError(f"{type(component).__name__}: a component without a name has no BEGIN line")
        kind = component.name.encode()
        lines.append(b"BEGIN:" + kind)
        line_of = self._line
        for name, head, memoise in self._plan(component):
            # The stored names are upper case already: skip CaselessDict's case folding.
            values = dict.__getitem__(component, name)
            if type(values) is list:
                lines.extend(line_of(head, value, memoise) for value in values)
            else:
                lines.append(line_of(head, values, memoise))
        for sub in component.subcomponents:
            self._write(sub, lines)
        lines.append(b"END:" + kind)


def to_ical(component: icalendar.cal.component.Component) -> bytes:
    """Return `component.to_ical()`, byte for byte, faster."""
    return Writer().to_ical(component)
