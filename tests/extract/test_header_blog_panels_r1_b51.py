"""A blog's side panels kept above the post ("Bloggarkiv", "Etiketter", "Om mig") are no body's name: under
them the post's date line and the minutes' own title ("Styrelsemöte Oskarshamns Brukshundklubb 2018-09-27") give
the body and the meeting's day. A line that only begins with such a word stays a body's line."""

from __future__ import annotations

import pytest

from planner.extract.header import _is_boilerplate, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Bloggarkiv", True),
        ("Etiketter", True),
        ("Om mig", True),
        ("Senaste inläggen", True),
        # look-alikes: a body's name or a heading that only begins with the word
        ("Om mig och föreningen", False),
        ("Bloggarkivet 2018 styrelsen", False),
        ("Oskarshamns Brukshundklubb", False),
    ],
)
def test_blog_panel_lines(line: str, chrome: bool) -> None:
    assert _is_boilerplate(line) is chrome


def test_post_title_under_blog_panel_gives_body_and_day() -> None:
    text = ("Bloggarkiv\n\nmåndag 8 oktober 2018\n\nStyrelsemöte Oskarshamns Brukshundklubb 2018-09-27\n\n"
            "Dagordning\n\nNärvarande: Maria Sjögren, Helen Larsdotter\n\n\n1 Mötets öppnade\n\n"
            "Ordföranden öppnade mötet.\n\n\n2 Godkännande av Dagordning\n\nDagordningen godkändes.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.date == "2018-09-27"
    assert meeting.body is not None and "Brukshundklubb" in meeting.body
