"""A stored web page's skip link written in the indefinite form ("Gå till innehåll", "Hoppa till innehåll")
stands above the page's title: site chrome, never the body. Look-alikes: a title that merely holds the words
("Innehåll och arbetsformer för rådet" is not one line of chrome), the definite form already known."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Gå till innehåll\n\nDirektionens protokoll 6 februari 2024\n\nBeslutande:\n\nAnna Ek (M)\n", "Direktionen"),
        ("Hoppa till innehåll\n\nSocialnämnden 2023-03-14\n\nNärvarande: Anna Ek, Per Lind\n", "Socialnämnden"),
        ("Gå direkt till innehåll\nMeny\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek\n",
         "Kulturnämnden"),
        ("Gå till innehållet\n\nStyrelsemöte 2021-09-01\n\nNärvarande: Anna Ek, Per Lind\n", "Styrelsen"),
    ],
)
def test_skip_link_is_no_body(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        # look-alike: a title line that holds the words among others
        "Innehåll i samverkan för rådet 2021-09-01\n\nNärvarande: Anna Ek, Per Lind\n",
    ],
)
def test_title_holding_the_words_is_kept(text: str) -> None:
    assert _body(text) is not None and "innehåll" in (_body(text) or "").casefold()
