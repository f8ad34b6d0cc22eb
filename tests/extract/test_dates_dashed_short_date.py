"""The Swedish short form YY-MM-DD in a title ("Styrelsemöte 20-10-19") dates the meeting, where compact
dates are read (a title, the opening lines); nowhere else, and never inside an ISO date or a run of numbers."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Styrelsemöte 20-10-19", ["2020-10-19"]),
        ("Protokoll 19-03-04", ["2019-03-04"]),
        ("Protokoll från medlemsmöte 98-11-23", ["1998-11-23"]),
        # look-alikes: an ISO date read once; a run of paragraph numbers; a clock range; an impossible month
        ("Styrelsemöte 2020-10-19", ["2020-10-19"]),
        ("Paragrafer 12-14-16-18", []),
        ("Tid 18-20", []),
        ("Styrelsemöte 20-13-19", []),
        ("Telefon 08-12-34", []),
    ],
)
def test_dashed_short_date_where_compact_dates_are_read(text: str, dates: list[str]) -> None:
    assert [f.value for f in find_dates(text, compact=True)] == dates


def test_dashed_short_date_not_read_in_running_text() -> None:
    assert find_dates("Protokoll från 20-09-28 godkändes.") == []


def test_dashed_short_date_in_title_dates_the_meeting() -> None:
    text = ("OBS! Detta protokoll är ännu ej granskat och godkänt\n\nStyrelsemöte 20-10-19\n\nNärvarande:\n\n"
            "Anna Ek, Per Lind\n\n§17. Mötets öppnande\n\nMötet öppnas.\n\n§18. Föregående protokoll\n\n"
            "Protokoll från\n\n20-09-28 godkändes.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.date, meeting.body) == ("2020-10-19", "Styrelsen")
