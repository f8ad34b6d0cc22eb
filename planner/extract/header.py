"""Read the Datum / Tid / Plats / Närvarande header of a set of minutes (placeholder)."""

from __future__ import annotations

from planner.extract.model import Meeting
from planner.extract.text import Minutes


def extract_meeting(doc: Minutes) -> tuple[Meeting, list[str]]:
    """Return the meeting the minutes record, and warnings in `file:line: ...` form."""
    return Meeting(), []
