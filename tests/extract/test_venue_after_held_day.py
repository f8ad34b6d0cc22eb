"""The place after "på" right after the day in a sentence saying the meeting was held
(`header.venue_after_held_day`)."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nDagordningen gicks igenom.\n"


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        # real phrase
        (("Årsmötet 2024\n\n| 5 maj 2024\n\nInformation från mötet\n\nÅrsmötet genomfördes 27 februari 2024 på ABF i "
          "Hedemora vi var 29 stycken på mötet så det var fullt."), "ABF i Hedemora"),
        ("Vårmötet 2023\n\n| 9 maj 2023\n\nVårmötet hölls 3 april 2023 på Folkets Hus i Avesta vi var 40 på mötet.", "Folkets Hus i Avesta"),
        # look-alikes: no sentence of a held meeting; lower case after "på"
        ("Vårmötet 2023\n\n| 9 maj 2023\n\nVi skrev 3 april 2023 på Folkets Hus i Avesta vi var 40 på mötet.", None),
        ("Styrelsemöte\n\nStyrelsemötet hölls den 3 mars 2023 på kvällen.", None),
    ],
)
def test_venue_after_held_day(head: str, venue: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.venue == venue
