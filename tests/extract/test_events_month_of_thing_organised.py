"""A month alone is an event when its sentence says the thing is organised ("Traditionell julfest ordnas i
december", "Resan organiseras i maj"), as "anordnas" already says (planner.extract.events). Look-alikes:
the past ("Julfest ordnades i december") and a month without any word of the future stay out."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "HBL Seniorer, styrelsemöte 2019-04-15\n\n§ 1. Ordföranden öppnade mötet.\n\n§ 2. "


def event_dates(sentence: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + sentence + "\n")).events]


@pytest.mark.parametrize(("sentence", "month"), [
    ("Traditionell julfest ordnas i december, vecka 50, på G 18, med Sonja Hellman som ev. gäst.", "2019-12"),
    ("Julfest ordnas i december.", "2019-12"),
    ("Medlemsresan organiseras i september.", "2019-09"),
])
def test_month_of_a_thing_organised(sentence: str, month: str) -> None:
    assert month in event_dates(sentence)


@pytest.mark.parametrize("sentence", [
    "Julfest ordnades i december.",
    "Julfesten var lyckad i december.",
])
def test_no_event(sentence: str) -> None:
    assert event_dates(sentence) == []
