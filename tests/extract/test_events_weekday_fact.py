"""A day said to fall on a weekday, as the subject of its own clause ("(1 maj 2022 är en söndag, då
släktmöten inte brukar äga rum)", "1 januari 2019 infaller på en tisdag"), is a calendar fact, no event.
A day whose event is named first, with its weekday said after "som", stays an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Släktmöte 2018-05-01\n\n§ 1. Mötet öppnades.\n\n§ 11. "
TAIL = "\n\n§ 12. Avslutning. Inget.\n"


def dates(line: str) -> list[str | None]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    return sorted(e.date or "" for e in r.events)


@pytest.mark.parametrize(("line", "want"), [
    ("Nästa släktmöte bestämdes till 1 maj 2021. (1 maj 2022 är en söndag, då släktmöten inte brukar äga rum).",
     ["2021-05-01"]),
    ("Nästa släktmöte bestämdes till 1 maj 2021. 1 maj 2022 infaller på en söndag.", ["2021-05-01"]),
    # look-alikes: the event named first, the weekday after it
    ("Nästa släktmöte bestämdes till 1 maj 2021, som är en lördag.", ["2021-05-01"]),
    ("Nästa släktmöte hålls den 7 maj 2021 är en fredag kl. 18.00.", ["2021-05-07"]),
])
def test_weekday_fact_is_no_event(line: str, want: list[str]) -> None:
    assert dates(line) == want
