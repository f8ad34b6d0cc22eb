"""Later dated things: next meetings, workshops, deadlines, each with a span (placeholder)."""

from __future__ import annotations

from planner.extract.model import Carry, Event, Item, Meeting
from planner.extract.text import Minutes


def extract_events(doc: Minutes, meeting: Meeting, items: list[Item], carry: list[Carry]
                   ) -> tuple[list[Event], str | None, list[str]]:
    """Return future events, the next meeting date or month (or None), and warnings."""
    return [], None, []
