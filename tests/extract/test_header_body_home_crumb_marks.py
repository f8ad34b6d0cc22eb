"""A site's trail from its home page written with other marks between the steps: "Hem · För medlemmar ·
Protokoll · Protokoll den 19 maj 2021", "Hem/Protokoll/dagordning FRE/Mötesprotokoll: Styrelsemöte 2018-01-22
...". The trail is no title; the page's title below it is read. Look-alikes: a title with a slashed date
("Styrelsemöte 22/1-2018"), a name opening with the letters ("Hemvärnets styrelse")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Hem · För medlemmar · Protokoll · Protokoll den 19 maj 2021\n\nProtokoll Kulturnämnden 19 maj 2021\n\n"
         "Närvarande: Anna Ek\n"), "Kulturnämnden"),
        (("Hem/Protokoll/dagordning FRE/Mötesprotokoll: Styrelse\n\nProtokoll Kulturnämnden 2018-01-22\n\n"
         "Närvarande: Anna Ek\n"), "Kulturnämnden"),
        # look-alike: a name opening with the letters
        ("Hemvärnets styrelse\n\nNärvarande: Anna Ek\n", "Hemvärnets styrelse"),
    ],
)
def test_home_trail_is_no_title(text: str, body: str) -> None:
    assert _body(text) == body
