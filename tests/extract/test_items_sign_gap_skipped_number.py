"""A paragraph numbered with the sign where the writer skipped a number ("§12 Årsmöte fastställdes ...", "§14
Mötet ansåg att ...", "§15 Inga övriga frågor"): the sign numbers paragraphs only, so a paragraph whose text
reads as a sentence, in order between two headings, is an item even where the number before it is missing.

Look-alikes: a sign line out of order between the two ("§3 Enligt stadgarna ...", "§20 Styrelsen ...") stays out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 27 april 2013\n\n"
BEFORE = ("§11 Aktiv Torekov och konsert hänsköts till nästa möte.\n\n"
          "§12 Årsmöte fastställdes till den 25 juli 2013 klockan 14.00 i församlingshemmet\n\n")
AFTER = "\n\n§15 Inga övriga frågor\n\n§16 Nästa möte 9 juni 2013 klockan 10.00 i Fabriken.\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_paragraph_after_skipped_number_is_an_item() -> None:
    line = "§14 Mötet ansåg att det är av största vikt att få in yngre människor i föreningens styrelse."
    assert _numbers(HEAD + BEFORE + line + AFTER) == ["11", "12", "14", "15", "16"]


@pytest.mark.parametrize("line", [
    "§3 Enligt stadgarna ska årsmötet hållas före utgången av juli månad varje år.",
    "§20 Styrelsen konstaterade att det är av största vikt att få in yngre medlemmar.",
])
def test_sign_line_out_of_order_stays_out(line: str) -> None:
    assert _numbers(HEAD + BEFORE + line + AFTER) == ["11", "12", "15", "16"]
