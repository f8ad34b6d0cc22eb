"""Numbered agenda items, their status, targets and carry (placeholder)."""

from __future__ import annotations

from planner.extract.model import Carry, Item, Meeting
from planner.extract.text import Minutes


def extract_items(doc: Minutes, meeting: Meeting) -> tuple[list[Item], list[Carry], list[str]]:
    """Return the agenda items in order, the carry list, and warnings."""
    return [], [], []
