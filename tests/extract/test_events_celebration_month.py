"""A celebration or jubilee named right before a later month it is set in ("Klubbens 60-årsfirande aug.
2023", "Föreningens jubileum i juni 2024"): the month is the event's, though no verb says it is to come.
A month that the celebration's noun does not stand right before, or one before the meeting, stays none."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "SBK Vårmöte 2022-05-05\n\n§ 1. Mötet öppnades.\n\n§ 8. "
TAIL = "\n\n§ 9. Övrigt. Inget.\n"


def dates(line: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


@pytest.mark.parametrize(("line", "month"), [
    ("Klubbens 60-årsfirande aug. 2023. Gamla bilder på anläggningen efterlyses till en utställning.", "2023-08"),
    ("Föreningens jubileum i juni 2024 diskuterades.", "2024-06"),
    ("Jubileet i augusti.", "2022-08"),
])
def test_celebration_before_its_month_is_an_event(line: str, month: str) -> None:
    assert dates(line) == [month]


@pytest.mark.parametrize("line", [
    "Vi diskuterade firandet av midsommar och bokslutet i augusti 2022.",  # the noun is not the month's
    "Firandet i december 2021 blev lyckat.",  # before the meeting
    "Bokslutet i augusti 2022 visade överskott.",  # no celebration
])
def test_months_without_a_celebration_right_before_stay_none(line: str) -> None:
    assert dates(line) == []
