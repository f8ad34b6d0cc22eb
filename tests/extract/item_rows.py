"""What the table tests of items compare: each item as (number, title, status, when) and each carry
as (from item, when, reason), read from a text dated `day`; and the stored web copies they read."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.items import extract_items
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

ItemRow = tuple[str | None, str, str, str | None]
CarryRow = tuple[str | None, str | None, str]


def item_rows(text: str, day: str | None) -> tuple[list[ItemRow], list[CarryRow]]:
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date=day))
    return ([(i.number, i.title, i.status.value, i.target.when) for i in items],
            [(c.from_item, c.when, c.reason.value) for c in carry])


def item_numbers(text: str, day: str | None) -> list[str | None]:
    return [number for number, *_ in item_rows(text, day)[0]]


def transcript(*pages: str) -> str:
    """A stored web copy: "Transkript", then each page as one line opening with its number."""
    return "PROTOKOLL\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


def status_and_carry(minutes: str, number: str) -> tuple[str, list[tuple[str, str | None]]]:
    """The status of item `number` of `minutes` and the (reason, when) of each thing it carries."""
    found = extract_text(minutes_from_text(minutes))
    item = next(it for it in found.items if it.number == number)
    return item.status.value, [(c.reason.value, c.when) for c in found.carry if c.from_item == number]
