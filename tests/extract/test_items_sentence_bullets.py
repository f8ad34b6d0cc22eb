"""Minutes written wholly as bullets of sentences, without a heading: each bullet is a matter and its first
sentence the title. Short bullets after one that ends in a colon are entries of its list. Look-alikes: a few
bullets, bullets under headings, bullets broken by a paragraph at the margin, or bullets that are no
sentences (a shopping list) give no such items."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll höstmöte\n\n2023, 15 okt Café Sensus Bengtsfors\n\nNärvarande: Anna Berg, Olle Ek.\n\n"
SIX = [
    "Mötet öppnades av ordföranden.",
    "Mötet godkände dagordningen.",
    "Olle Ek valdes till mötessekreterare.",
    "Kassören redogjorde för ekonomin. I kassan finns 34.000 kr.",
    "Karin undersöker möjligheter till utställningar.",
    "Föreningen gläds åt sju nya medlemmar.",
]


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


def _bullets(rows: list[str]) -> str:
    return "".join(f" • {r}\n" for r in rows)


def test_each_sentence_bullet_is_an_item() -> None:
    assert _titles(HEAD + _bullets(SIX)) == [
        "Mötet öppnades av ordföranden", "Mötet godkände dagordningen", "Olle Ek valdes till mötessekreterare",
        "Kassören redogjorde för ekonomin", "Karin undersöker möjligheter till utställningar",
        "Föreningen gläds åt sju nya medlemmar"]


def test_short_bullets_after_a_colon_are_its_list() -> None:
    rows = [*SIX, "Anette redogjorde för de utställningar som är spikade 2024. Följande:",
            "Stadshotellet i Åmål, start 7 jan."]
    titles = _titles(HEAD + _bullets(rows))
    assert len(titles) == 7
    assert titles[-1] == "Anette redogjorde för de utställningar som är spikade 2024"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + _bullets(SIX[:4]),  # too few
        HEAD + _bullets(SIX[:3]) + "Ekonomi\n" + _bullets(SIX[3:]),  # a heading at the margin between them
        HEAD + _bullets(["Kaffe", "Mjölk", "Socker", "Bröd", "Smör", "Ost"]),  # no sentences
        HEAD + _bullets(SIX[:3]) + "    • Underpunkt som är indragen.\n" + _bullets(SIX[3:]),  # two depths
        # prose opens the notes: bullets of a discussion
        HEAD + "Ordföranden hälsar välkommen och vi inleder med lunch.\n\n" + _bullets(SIX),
    ],
)
def test_look_alikes_give_no_sentence_items(text: str) -> None:
    assert len(_titles(text)) < 6
