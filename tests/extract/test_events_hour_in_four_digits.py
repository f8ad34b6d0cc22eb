"""Four digits right after a date that it did not take for its year are the hour written without a point
("Kvällsvandring 8 juni 1800 sponsrad fika 19.30": starts 18:00, not at the later 19.30), unless they are
an amount ("8 juni 1500 kr") or not a time of day."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2021-05-04\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Program framöver\n\n"


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("Kvällsvandring 8 juni 1800 sponsrad fika 19.30 på caféet.", "18:00"),
        ("Kvällsvandring 8 juni, 1830 vid kyrkan.", "18:30"),
        ("Kvällsvandring 8/6 1900. Alla välkomna.", "19:00"),
        # look-alikes: an amount, a number that is no time of day, a marked time
        ("Kvällsvandring 8 juni 1500 kr i bidrag, fika 19.30.", "19:30"),
        ("Kvällsvandring 8 juni 1875 meter lång, fika 19.30.", "19:30"),
        ("Kvällsvandring 8 juni kl 1800 vid kyrkan.", "18:00"),
    ],
)
def test_hour_in_four_digits_after_date(said: str, start: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n6. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start) for e in got.events] == [("2021-06-08", start)]
