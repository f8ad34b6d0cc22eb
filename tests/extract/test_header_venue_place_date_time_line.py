"""A head line that names only a place, the meeting's date and its time ("Fredrika skola 2022-10-12 kl. 18:00.",
"Ekeby skola, 2019-03-12 kl 18.00-20.00"): the place is the venue, as for a place and date alone. Look-alikes: a
body's or meeting's line with its date and time, another day's date."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _venue(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (("2022-10-12\n\nForum för samråd\nFredrika skola 2022-10-12 kl. 18:00.\n\n"
          "Närvarande vid mötet var rektor Anna Ek och Per Lind.\n\n 1. Anna hälsar välkomna.\n"), "Fredrika skola"),
        ("Föräldrarådet\nEkeby skola, 2019-03-12 kl 18.00-20.00\n\nNärvarande: Anna Ek, Per Lind\n", "Ekeby skola"),
        ("Styrelsen\nIndals hembygdsgård 2016-03-31 klockan 19\n\nNärvarande: Anna Ek, Per Lind\n", "Indals hembygdsgård"),
        # the place and date alone, as before
        ("Styrelsen\nIndals hembygdsgård 2016-03-31\n\nNärvarande: Anna Ek, Per Lind\n", "Indals hembygdsgård"),
    ],
)
def test_place_date_and_time_line(text: str, venue: str) -> None:
    assert _venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a meeting word or a body before the date; another day's date and time
        "Föräldrarådet\nFöräldrarådets möte 2019-03-12 kl 18.00\n\nNärvarande: Anna Ek, Per Lind\n",
        "Föräldrarådet 2019-03-12\nEkeby skola 2019-04-02 kl 18.00\n\nNärvarande: Anna Ek, Per Lind\n",
    ],
)
def test_no_place_from_other_lines(text: str) -> None:
    assert _venue(text) in (None, "")
