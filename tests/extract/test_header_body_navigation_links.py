"""A stored site's menu of links above the minutes ("Till Riksförbundet", "Gå till distrikt", "Tillbaka till
protokollen"), each a line of its own: no body, the title below names it. Look-alikes: a body whose name opens with
the letters ("Tillväxtutskottet"), a longer line that only opens with "Till" (a sentence, not a link)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Till Riksförbundet\nGå till distrikt\n\n2022\n\nProtokoll fört vid Västerlanda Bygdegårdsförenings Årsmöte\n\n"
          "Datum                                2023-03-06\n\nPlats                                    Västerlanda Bygdegård\n\n"
          " • 1. Hans Jacobsen öppnade mötet\n"), "Västerlanda Bygdegårdsförening, årsmöte"),
        ("Tillbaka till protokollen\n\nStyrelsemöte 2021-09-01\n\nNärvarande: Anna Ek, Per Lind\n", "Styrelsen"),
        ("Gå till startsidan\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek, Per Lind\n", "Kulturnämnden"),
        # look-alike: a body whose name opens with the letters
        ("Tillväxtutskottet\n\nProtokoll 2022-05-02\n\nNärvarande: Anna Ek, Per Lind\n", "Tillväxtutskottet"),
    ],
)
def test_menu_links_are_no_body(text: str, body: str) -> None:
    assert _body(text) == body
