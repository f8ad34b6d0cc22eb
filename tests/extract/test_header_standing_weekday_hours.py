"""A time range beside a weekday in the plural is a schedule's standing hours, not the hours of the meeting the
minutes record: "Kl. 09.00-12.00, onsdagar" in a table of next year's meetings, "tisdagar kl 17.00-19.00".
Look-alikes: a weekday in the singular ("onsdagen den 3 mars kl 9-12"), a plain time label."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _hours(text: str) -> tuple[str | None, str | None]:
    m = extract_meeting(minutes_from_text(text))[0]
    return m.start, m.end


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (("Hoppa över navigering\n • Forumet beslutar om nästa års sammanträden.\n\n  Chefsgruppen\n\n"
          "  Kl. 09.00-12.00, onsdagar\n\n  Forumet\n\n  Kl. 13.30-16.30, onsdagar\n\n  20 januari 3 februari\n"),
         (None, None)),
        ("Hoppa över navigering\n • Sammanträdestider\n\n  Tid: 18.00-20.00 tisdagar\n\n  12 mars\n", (None, None)),
        ("Hoppa över navigering\n • Mötestider hösten\n\n  Kl 9-12 torsdagarna\n\n  12 mars 2024\n", (None, None)),
        # the meeting's own hours
        ("Protokoll Kulturnämnden 2021-06-15\n\nTid: 09.00-12.00\n\nNärvarande: Anna Ek\n", ("09:00", "12:00")),
        ("Protokoll Kulturnämnden\n\nTid: onsdagen den 16 juni 2021 kl. 13.30-16.30\n\nNärvarande: Anna Ek\n",
         ("13:30", "16:30")),
    ],
    ids=["two-column-table", "label-plural", "definite-plural", "label", "singular-weekday"],
)
def test_standing_weekday_hours(text: str, hours: tuple[str | None, str | None]) -> None:
    assert _hours(text) == hours
