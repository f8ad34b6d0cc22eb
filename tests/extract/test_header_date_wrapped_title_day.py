"""A title that ends with the meeting's word and goes on below with the day and month ("Protokoll vid
styrelsemöte" / "den 11 januari i byalagsskolan") gives the meeting's day over a date found elsewhere (a
page's compact "Möte 171101" above, written in another order), which gives the year. A title that does not
end with a meeting word, a line below that is not "den" and a day, or one with its own year, is left alone."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, Part, extract_meeting, wrapped_title_day
from planner.extract.text import minutes_from_text


def _parts(title: str, below: str) -> list[Part]:
    return [Part(title, 0, 0), Part(below, len(title) + 1, 0)]


@pytest.mark.parametrize(
    ("title", "below", "found", "expected"),
    [
        ("Protokoll vid styrelsemöte", "den 11 januari i byalagsskolan", "2017-11-01", "2017-01-11"),
        ("Minnesanteckningar från sammanträde", "den 3:e mars", "2019-03-30", "2019-03-03"),
        ("Protokoll fört vid årsmöte", "den 2 april 2016 i bygdegården", "2016-02-04", None),  # its own year
        ("Protokoll vid styrelsemöte", "Närvarande: Anna, Per", "2017-11-01", None),  # no day below
        ("Protokoll styrelsen", "den 11 januari", "2017-11-01", None),  # the title ends with no meeting word
        (
            "Protokoll vid styrelsemöte",
            "den 1 november",
            "2017-11-01",
            None,
        ),  # the same day: nothing to change
    ],
)
def test_wrapped_title_day(title: str, below: str, found: str, expected: str | None) -> None:
    got = wrapped_title_day(_parts(title, below), 0, Found(found, 0, 1))
    assert (got.value if got else None) == expected


def test_page_compact_date_above_a_wrapped_title() -> None:
    text = (
        "Möte 171101\n\nProtokoll vid styrelsemöte\nden 11 januari i byalagsskolan\n"
        "Närvarande: Roland, Tora, Ulla-Karin, Karin och Birgitta\n1. Mötets öppnande\n"
        "Roland hälsade alla välkomna och öppnade mötet.\n2. Val av protokolljusterare\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].date == "2017-01-11"
