"""What the table tests of events compare: the dates of the events read from a text, sorted, and its
next meeting; the meeting's own date, when given, is checked first (a wrong one would move every event)."""

from __future__ import annotations

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def event_dates(text: str, meeting_date: str | None = None) -> tuple[list[str], str | None]:
    doc = minutes_from_text(text)
    meeting, _ = extract_meeting(doc)
    if meeting_date is not None:
        assert meeting.date == meeting_date
    events, next_meeting, _ = extract_events(doc, meeting, [], [])
    return sorted(e.date for e in events), next_meeting
