"""After "kl" four digits with no mark are hours and minutes ("kl 1800", "Kl : 1900"), and a colon may
stand between the label and the time. Four digits anywhere else are a year or a number."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_times
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Kl : 1900", [("19:00", None)]),
        ("Föreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos Minc i Malmö.", [("18:00", None)]),
        ("Träffen hålls klockan 0930 i kyrkan.", [("09:30", None)]),
        ("Styrelsemöte kl. 1830-2100 i klubbstugan.", [("18:30", "21:00")]),
        ("kl:18", [("18:00", None)]),
        ("Kl: 19.00", [("19:00", None)]),
        # look-alikes: four digits without "kl", an hour past 23, five digits, a year after a label
        ("Tid: 1900-2100", []),
        ("Huset byggdes år 1900.", []),
        ("Möte kl 2460", []),
        ("Konto kl 19001", []),
    ],
)
def test_four_digit_clock_after_kl(text: str, times: list[tuple[str, str | None]]) -> None:
    got = [(t.begin.strftime("%H:%M"), t.finish.strftime("%H:%M") if t.finish else None) for t in find_times(text)]
    assert got == times


def test_next_meeting_block_with_four_digit_clock() -> None:
    text = ("Protokoll styrelsemöte\n\nDatum: 2020-09-28\n\nNärvarande: Anna Berg, Olle Ek\n\n"
            "7. Övriga frågor\n\nInga.\n\n8. Nästa styrelsemöte\n\nDatum: 2020-11-25\n\nKl : 1900\n\n"
            "9. Mötets avslutande.\n")
    got = extract_text(minutes_from_text(text))
    assert [(e.date, e.start) for e in got.events] == [("2020-11-25", "19:00")]
