"""A thing handed to someone right before its date is a deadline (planner.extract.events).

"Sammanställning t. o m. maj lämnas till Lisette i början av juni", "Underlaget skickas till kassören den
15 mars": the date is when the thing is due. Look-alikes: a gathering the date belongs to ("Styrelsen
träffas den 5 april") stays a meeting, and "lämnas till" far before the date does not count.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.model import EventKind
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2013-05-12\n\n§ 1. Mötet öppnades.\n\n§ 2. "
TAIL = "\n\n§ 9. Avslutning. Inget.\n"


def kinds(line: str) -> list[EventKind]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    return [e.kind for e in r.events]


@pytest.mark.parametrize("line", [
    "Tidsuppgifter Jordbruksverket: Sammanställning t. o m. maj lämnas till Lisette i början av juni.",
    "Underlaget skickas till kassören den 15 juni.",
])
def test_handed_to_someone_is_a_deadline(line: str) -> None:
    assert kinds(line) == [EventKind.DEADLINE]


def test_a_gathering_is_no_deadline() -> None:
    assert kinds("Styrelsen träffas den 5 juni.") == [EventKind.MEETING]
