"""The place right after the meeting's hours on their head line is the venue: "... onsdagen den 25 januari kl
0900-1530 på Förbundskansliet, Heliosgatan 3."

Look-alikes: a body, a meeting word or a role after the hours, a lower-case phrase, a date, more text after
the place in the same sentence.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import Found, document_parts, find_time_range, header_end, venue_after_hours
from planner.extract.text import minutes_from_text

_REST = ("\n\nNärvaro\n\nFöljande deltog på mötet; Johan Storåkers (ordförande), Caroline Gedin.\n\n"
         " • 2a Budgetförslag\n\nJan Larsson föredrar punkten enligt skriftligt underlag.\n")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        (("Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari 2023 kl 0900-1530 på "
         "Förbundskansliet, Heliosgatan 3."), "Förbundskansliet, Heliosgatan 3"),
        ("Styrelsemöte som hölls den 4 mars 2019 kl. 18.00-20.00 i Folkets hus, Ljusdal", "Folkets hus, Ljusdal"),
        # look-alikes
        ("Styrelsemöte som hölls den 4 mars 2019 kl. 18.00-20.00 i Kommunstyrelsen.", None),
        ("Styrelsemöte som hölls den 4 mars 2019 kl. 18.00-20.00 i Styrelsemöte.", None),
        ("Styrelsemöte som hölls den 4 mars 2019 kl. 18.00-20.00 i lokalen.", None),
        ("Styrelsemöte som hölls den 4 mars 2019 kl. 18.00-20.00 på Ordförande.", None),
        ("Styrelsemöte den 4 mars 2019 kl. 18.00-20.00 i Mars 2019.", None),
        ("Styrelsemöte den 4 mars 2019 kl. 18.00-20.00 i Folkets hus och sedan gick alla hem till sig.", None),
    ],
)
def test_place_after_hours(head: str, venue: str | None) -> None:
    doc = minutes_from_text(head + _REST)
    parts = document_parts(doc)
    hours = find_time_range(head)
    assert hours is not None
    found = venue_after_hours(parts, header_end(parts), hours[1])
    assert (found.value if isinstance(found, Found) else None) == venue
    if found is not None:
        assert doc.clean[found.start: found.end] == venue


def test_friidrott_head_venue() -> None:
    head = ("Annons\n\nAnnons\n\nRapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530"
            " på Förbundskansliet, Heliosgatan 3.")
    meeting = extract_text(minutes_from_text(head + _REST)).meeting
    assert (meeting.start, meeting.end, meeting.venue) == ("09:00", "15:30", "Förbundskansliet, Heliosgatan 3")
