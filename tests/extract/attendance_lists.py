"""What the table tests of attendance compare: the names read as present and as absent from a text,
framed by a head (the title and date) and a tail (the first item) as minutes put them."""

from __future__ import annotations

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def attendance_names(text: str, *, head: str = "", tail: str = "") -> tuple[list[str], list[str]]:
    meeting = extract_meeting(minutes_from_text(head + text + tail))[0]
    return [p.name for p in meeting.present], [p.name for p in meeting.absent]
