"""A page range after "Sida"/"Sidor"/"sid." on a front page is not the meeting's hours
(`header.is_page_range`)."""

import pytest

from planner.extract.header import Found, extract_meeting, is_page_range
from planner.extract.text import minutes_from_text


def test_front_page_with_page_range_has_no_hours() -> None:
    text = ("1 MILJÖNÄMND Sammanträdesdatum Sida 1-24 Plats och tid Miljökontoret, Orsa kommun kl ande "
            "Christina Bröms (C), ordförande Åke Falk (C), vice ordförande\n\n§ 21 Delegationsordning\n")
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert (meeting.start, meeting.end) == (None, None)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Sammanträdesdatum Sida ", True),
        ("Sidor ", True),
        ("se sid. ", True),
        ("Sida", True),
        # look-alikes: hours after "kl", a date, a word ending in "sida"
        ("Tid kl ", False),
        ("Tid: ", False),
        ("baksida ", False),
        ("Plats och tid: Kommunhuset, ", False),
    ],
)
def test_is_page_range(before: str, expected: bool) -> None:
    clean = before + "1-24"
    assert is_page_range(clean, Found("01:00", len(before), len(before) + 1)) is expected
