"""What comes back for other years than the item's is a topic of its own, announced (planner.extract.items).

"2a Budgetförslag 2023 / Förbundsstyrelsen beslutar - godkänna förslag till budget 2023 ... - att ge GS i uppdrag
att till styrelsemötet i maj återkomma med en rapport och utkast till budget för verksamhetsåren 2024 och 2025"
(803): the 2023 budget was approved; the drafts for 2024 and 2025 are a new point for the May meeting
(announced, "2023-05"), and the item is handled. The item's title names a year, the returning sentence names
years, none of them the title's. Look-alikes: a date with its year ("Frågan återkommer i januari
2024", "den 12/1 2024") is no topic year; the title's own year named again, a title with no year, or a span of
years ("Verksamhetsplan 2022-2024") keep the item returning.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import status_and_carry

_MINUTES = """Protokoll förbundsstyrelsen 2023-01-25

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Mötets öppnande

Ordföranden öppnade mötet.

2. {title}

Kassören föredrar punkten. Styrelsen beslutar att godkänna förslaget. {text}

3. Mötets avslutande

Ordföranden avslutade mötet.
"""


def _read(title: str, text: str) -> tuple[str, list[tuple[str, str | None]]]:
    return status_and_carry(_MINUTES.format(title=title, text=text), "2")


@pytest.mark.parametrize(("title", "text", "when"), [
    ("Budgetförslag 2023", "GS får i uppdrag att till styrelsemötet i maj återkomma med budget för 2024 och 2025.",
     "2023-05"),
    ("Verksamhetsplan 2023", "Kansliet återkommer med ett förslag till verksamhetsplan för 2024.", None),
    ("Årsmötet 2023", "Frågan om lokal för årsmötet 2024 tas upp igen på nästa möte.", "next"),
    ("Bokslut 2022", "Revisorerna återkommer om rutinerna för 2023 på nästa möte.", "next"),
])
def test_other_years_come_back_as_a_topic(title: str, text: str, when: str | None) -> None:
    assert _read(title, text) == ("handled", [("announced", when)])


@pytest.mark.parametrize(("title", "text", "when"), [
    ("Budget 2023", "Frågan återkommer i januari 2024.", "2024-01"),
    ("Budget 2023", "Kassören återkommer med en reviderad budget för 2023 på nästa möte.", "next"),
    ("Budget", "Kansliet återkommer med budget för 2024 på nästa möte.", "next"),
    ("Verksamhetsplan 2022-2024", "Kansliet återkommer med en ny plan för 2025 på nästa möte.", "next"),
])
def test_the_items_own_matter_returns(title: str, text: str, when: str | None) -> None:
    assert _read(title, text) == ("returns", [("returns", when)])
