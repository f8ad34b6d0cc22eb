"""A body's line under the dated title closed by the place in brackets ("Protokoll 31 augusti, 2015\\n
Tennis Göteborg (Yesps kontor)"): the bracket holds the place (its last word a place noun), the body is
what stands before it (`header.body_and_bracketed_place`). A bracket holding the body's abbreviation
or anything that is no place stays in the body."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, body_and_bracketed_place, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("line", "body", "place"), [
    ("Tennis Göteborg (Yesps kontor)", "Tennis Göteborg", "Yesps kontor"),
    ("Hembygdsföreningen (Gamla skolan)", "Hembygdsföreningen", "Gamla skolan"),
    ("Styrelsen (Stora salen)", "Styrelsen", "Stora salen"),
    # look-alikes
    ("Skärgårdens Intresseföreningars Kontaktorganisation (SIKO)", None, None),  # an abbreviation
    ("Kommunala pensionärsrådet (KPR)", None, None),
    ("Styrelsen (Anna Berg ordförande)", None, None),  # no place noun
    ("Styrelsen (Kansliet)", None, None),  # one word: may be a name
])
def test_bracketed_place_after_body(line: str, body: str | None, place: str | None) -> None:
    found = body_and_bracketed_place(Found(line, 0, len(line)))
    if body is not None:
        assert found is not None and (found[0].value, found[1].value) == (body, place)
    else:
        assert found is None


def test_club_board_minutes_with_place_in_brackets() -> None:
    text = ("Protokoll 31 augusti\n\n\nProtokoll 31 augusti, 2015\nTennis Göteborg (Yesps kontor)\n\n"
            "Närvarande: Per-Gunnar Persson, Cecilia Hielte Kallenberg, Göran Malmberg.\n\n"
            "1) Mötets öppnande. Per-Gunnar Persson öppnade mötet.\n\n2) Val av justeringsperson. Jonas Wirén.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.body, meeting.venue) == ("Tennis Göteborg", "Yesps kontor")
