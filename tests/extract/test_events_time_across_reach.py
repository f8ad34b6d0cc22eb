"""A marked time that begins near the date but runs past the reach for bare hours is read whole: "14 maj
bingopromenad i Nyckelby kl 13.30" starts 13:30, not at "kl 1" cut off at the reach."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2024-04-23\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 8 Kommande program\n\n"


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("14 maj bingopromenad i Nyckelby kl 13.30. Eget fika och stol.", ("13:30", None)),
        ("14 maj bingopromenad i Nyckelbyn kl 13.30. Eget fika.", ("13:30", None)),
        ("14 maj bingopromenad vid Nyckelby kl 13.30-15.00. Eget fika.", ("13:30", "15:00")),
        ("14 maj bingopromenad i Nyckelby, kl. 13.30 - 16.30. Eget fika.", ("13:30", "16:30")),
        # look-alikes: a time well inside the reach, and a bare range right after the date
        ("14 maj promenad kl 13.30. Eget fika och stol.", ("13:30", None)),
        ("14 maj 18-20 promenad i Nyckelby.", ("18:00", "20:00")),
    ],
)
def test_time_across_the_bare_reach(said: str, hours: tuple[str | None, str | None]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n§ 9 Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start, e.end) for e in got.events] == [("2024-05-14", *hours)]
