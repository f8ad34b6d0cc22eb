"""Four-digit clocks without a separator after "kl" give the meeting's hours: "kl 0900-1530".

"Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530 på ...": no start or
end was read, since every range pattern wants one or two digits for an hour.

Look-alikes: a span of years ("åren 1900-2000"), four digits without "kl" ("tel 0900-1530"), an end not
after the start, a fifth digit.
"""

from __future__ import annotations

import pytest

from planner.extract.header import find_time_range


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("som genomfördes onsdagen den 25 januari kl 0900-1530 på Förbundskansliet", ("09:00", "15:30")),
        ("Tid: kl. 1800 - 2030", ("18:00", "20:30")),
        ("Styrelsemöte klockan 1830–2100.", ("18:30", "21:00")),
        # look-alikes
        ("Under åren 1900-2000 växte staden", None),
        ("Ring tel 0900-1530 vardagar", None),
        ("kl 0900-0800", None),
        ("kl 0900-15300", None),
    ],
)
def test_four_digit_clocks_after_kl(text: str, hours: tuple[str, str] | None) -> None:
    found = find_time_range(text)
    assert (None if found is None else (found[0].value, found[1].value)) == hours
    if found is not None:
        assert text[found[0].start: found[0].end].isdigit()
