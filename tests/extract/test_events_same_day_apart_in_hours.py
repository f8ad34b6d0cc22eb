"""One event per thing, but one day may hold two things: mentions of a day whose hours do not meet
("4 oktober kl. 13.00-16.00" in the meeting list and "Samverkanstorg Live 4 oktober kl. 09.00-12.00")
are two events. The same day said twice with the same or overlapping hours, or with hours once, is one."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Minnesanteckningar politiskt samråd 2018-11-30\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        (("Mötestider 2019\n14 juni kl. 13.00-16.00\n4 oktober kl. 13.00-16.00\n\n"
          "Samverkanstorg Live 4 oktober kl. 09.00-12.00\n"),
         [("2019-06-14", "13:00"), ("2019-10-04", "13:00"), ("2019-10-04", "09:00")]),
        ("Nästa möte 4 oktober kl. 13.00.\n\nSeminariet om psykisk hälsa hålls 4 oktober kl. 09.00.\n",
         [("2019-10-04", "13:00"), ("2019-10-04", "09:00")]),
        # look-alikes: one thing said twice, with the same hours, overlapping hours, or hours once
        ("Nästa möte 4 oktober kl. 13.00-16.00.\n\nMötet den 4 oktober kl. 13.00 hålls i Borås.\n",
         [("2019-10-04", "13:00")]),
        ("Nästa möte 4 oktober kl. 09.00-16.00.\n\nMötet den 4 oktober börjar med lunch kl. 12.00.\n",
         [("2019-10-04", "09:00")]),
        ("Nästa möte 4 oktober kl. 13.00.\n\nMötet den 4 oktober hålls i Borås.\n", [("2019-10-04", "13:00")]),
    ],
)
def test_same_day_apart_in_hours(said: str, events: list[tuple[str, str]]) -> None:
    got = extract_text(minutes_from_text(HEAD + "1. Information\n\n" + said + "\n2. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start) for e in got.events] == events
