"""A stored page's title that opens with the document's contents heading, closed by a full stop ("Innehåll
BILAGOR. Förbundsstyrelsesammanträde. Förbundsstyrelsesammanträde Sverok"): the heading is no body, the title after
it names one. Look-alikes: a title that merely opens with the word ("Innehåll och arbetsformer för rådet", no full
stop), a heading with nothing capitalised after it."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Innehåll BILAGOR. Förbundsstyrelsesammanträde. Förbundsstyrelsesammanträde Sverok\n\n"
          "Förbundsstyrelsesammanträde Sverok 2001-07-08\n\nNärvarande: Anna Ek, Per Lind\n"), "Förbundsstyrelsen"),
        ("Innehållsförteckning. Protokoll Socialnämnden 2019-03-04\n\nNärvarande: Anna Ek, Per Lind\n", "Socialnämnden"),
        ("Bilagor. Kulturnämnden 2020-01-14\n\nNärvarande: Anna Ek, Per Lind\n", "Kulturnämnden"),
        # look-alike: no full stop after the word, a title of its own
        ("Innehåll och form för rådet 2020-01-14\n\nNärvarande: Anna Ek, Per Lind\n", "Innehåll och form för rådet"),
    ],
)
def test_contents_heading_before_title(text: str, body: str) -> None:
    assert _body(text) == body
