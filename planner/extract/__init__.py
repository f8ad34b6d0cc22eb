"""Turn a set of Swedish minutes into the `minutes-extraction/1` contract.

`extract_minutes(path)` reads the file (the only I/O) and calls `extract_text`, which is pure:
header (meeting, attendees) -> items (status, targets, carry) -> events (later dated things,
next meeting). Each step lives in its own module and takes the cleaned `Minutes`.
"""

from __future__ import annotations

from pathlib import Path

from planner.errors import ExtractionError
from planner.extract.events import extract_events
from planner.extract.header import extract_meeting, has_date
from planner.extract.items import extract_items
from planner.extract.model import Extraction
from planner.extract.text import Minutes, front_matter, minutes_from_text, read_minutes

__all__ = ["Extraction", "Minutes", "extract_minutes", "extract_text", "minutes_from_text", "read_minutes"]


def extract_text(doc: Minutes) -> Extraction:
    """Extract meeting, items, carry and events from decoded minutes."""
    meeting, header_warnings = extract_meeting(doc)
    items, carry, item_warnings = extract_items(doc, meeting)
    events, next_meeting, event_warnings = extract_events(doc, meeting, items, carry)
    return Extraction(
        meeting=meeting,
        items=tuple(items),
        next_meeting=next_meeting,
        carry=tuple(carry),
        events=tuple(events),
        source=Path(doc.name).name,
        warnings=tuple(header_warnings) + tuple(item_warnings) + tuple(event_warnings),
    )


def extract_minutes(path: str | Path) -> Extraction:
    """Read a minutes file and extract it.

    A text with no date anywhere is no set of minutes and raises `ExtractionError`; one with dates
    but no recognisable meeting is extracted as far as it goes (`meeting.date` null).
    """
    doc = read_minutes(path)
    if not has_date(doc.clean) and not {"date", "datum"} & front_matter(doc.text).keys():  # a page's dated front matter
        raise ExtractionError(path, None, "no date found (expected minutes dated e.g. '2020-03-06' or '6 mars 2020')")
    return extract_text(doc)
