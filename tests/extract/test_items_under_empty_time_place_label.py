"""The first paragraph right under a header's place or time label left empty ("Datum" / "Klockan" / "Plats" /
"§1 Sammanträdets öppnande", a web page that dropped the values): people are never listed under a place or a
time, so the numbered line opens the minutes.

Look-alikes: numbered lines under an attendance label ("Närvarande:" / "1. Anna Berg" / "2. Per Holm") stay
people, no items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

REST = ("\n\nKerstin Hållbus hälsade alla välkomna och öppnade mötet. Dagordningen fastställdes.\n\n"
        "§2 Val av mötesordförande och justering\n\nKerstin Hållbus utsågs till ordförande.\n\n"
        "§3 Sammanträdesstider 2011\n\nSammanträdesstiderna fastställdes.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("head", [
    "Sammanträde 2011-01-13\n\nDatum\nKlockan\nPlats\n\n§1 Sammanträdets öppnande",
    "Sammanträde 2011-01-13\n\nTid och plats\n\n§ 1 Mötets öppnande",
])
def test_paragraph_under_empty_place_label_is_an_item(head: str) -> None:
    assert _numbers(head + REST) == ["1", "2", "3"]


def test_numbered_people_under_attendance_label_stay_out() -> None:
    text = ("Styrelsemöte 2011-01-13\n\nPlats\n\nNärvarande:\n\n1. Anna Berg\n2. Per Holm\n\nOrdföranden öppnade mötet.\n\n"
            "§3 Ekonomi\n\nKassören redovisade läget.\n\n§4 Övriga frågor\n\nInga övriga frågor.\n\n"
            "§5 Nästa möte\n\nNästa möte hålls i mars.\n")
    assert _numbers(text) == ["3", "4", "5"]
