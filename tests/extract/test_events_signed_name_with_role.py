"""The place and date of signing over a signature block whose signer has the role after the name on one line
("Kopperud den 17/3 -08." / "Ragnhild Hallsten, sekr." / "Justeras:" / "Ulla Carlsson"): no event. A line
with more than a name and a role ("Anna Berg, ordförande, hälsade välkommen") keeps the date an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Vår bygd 1891, styrelsemöte 2008-03-11\n\n§ 1. Mötet öppnades.\n\n"
        "§ 2. Bryggorna. Bryggan ska lagas i vår.\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail)).events]


@pytest.mark.parametrize("tail", [
    "§ 5. Termoskannor köps in.\n\nKopperud den 17 mars 2008.\n\nRagnhild Hallsten, sekr.\n\nJusteras:\n\nUlla Carlsson\n",
    "§ 5. Termoskannor köps in.\n\nKopperud 2008-03-17\n\nAnna Berg, ordförande\n\nPer Ek, justerare\n",
])
def test_signing_day_over_name_and_role_is_no_event(tail: str) -> None:
    assert "2008-03-17" not in event_dates(tail)


def test_more_than_a_name_and_role_below_stays() -> None:
    tail = "§ 5. Nästa möte. Kopperud 2008-03-17\n\nAnna Berg, ordförande, hälsade alla välkomna.\n"
    assert "2008-03-17" in event_dates(tail)
