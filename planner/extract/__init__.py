"""Turn a set of Swedish minutes into the `minutes-extraction/1` contract.

`extract_minutes(path)` reads the file (the only I/O) and calls `extract_text`, which is pure:
header (meeting, attendees) -> items (status, targets, carry) -> events (later dated things,
next meeting). Each step lives in its own module and takes the cleaned `Minutes`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from planner.errors import ExtractionError
from planner.extract.caches import forget_texts
from planner.extract.events import extract_events
from planner.extract.header import extract_meeting, has_date
from planner.extract.items import extract_items
from planner.extract.model import Carry, Event, Extraction, Item, Meeting
from planner.extract.readers import read_minutes
from planner.extract.text import Minutes, front_matter, minutes_from_text
from planner.files import name_as_text

__all__ = ["Extraction", "Minutes", "extract_minutes", "extract_text", "minutes_from_text", "read_minutes"]


_T = TypeVar("_T")
# The warning a step's internal fault leaves (`_guarded`); tests assert that no stored document gives it.
INTERNAL_FAULT = "internal error"


def _guarded(step: str, doc: Minutes, run: Callable[[], _T], fallback: _T, faults: list[str]) -> _T:
    """Run one extraction step. A fault of the step itself (a bug met on a layout no rule foresaw, not bad
    input: that raises `ExtractionError` before any step runs) costs that step's facts only: the others are
    still extracted, and a warning naming the file and the step says what was lost."""
    try:
        return run()
    except Exception as err:  # noqa: BLE001 - any fault of the step; the rest of the extraction stands
        faults.append(f"{doc.name}: {step} not read ({INTERNAL_FAULT}: {type(err).__name__}: {err})")
        return fallback


def extract_text(doc: Minutes) -> Extraction:
    """Extract meeting, items, carry and events from decoded minutes."""
    forget_texts()  # nothing read in an earlier document is reused for this one
    faults: list[str] = []
    no_header: tuple[Meeting, list[str]] = (Meeting(), [])
    meeting, header_warnings = _guarded("meeting header", doc, lambda: extract_meeting(doc), no_header, faults)
    no_items: tuple[list[Item], list[Carry], list[str]] = ([], [], [])
    items, carry, item_warnings = _guarded("items", doc, lambda: extract_items(doc, meeting), no_items, faults)
    no_events: tuple[list[Event], str | None, list[str]] = ([], None, [])
    events, next_meeting, event_warnings = _guarded(
        "events", doc, lambda: extract_events(doc, meeting, items, carry), no_events, faults)
    return Extraction(
        meeting=meeting,
        items=tuple(items),
        next_meeting=next_meeting,
        carry=tuple(carry),
        events=tuple(events),
        source=name_as_text(Path(doc.name).name),
        warnings=tuple(header_warnings) + tuple(item_warnings) + tuple(event_warnings) + tuple(faults),
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
