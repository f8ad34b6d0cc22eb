"""A meeting system's page of one paragraph gives that paragraph as the one item.

"Protokoll 16.01.2023/Paragraf 8" / "Föregående ärende | Följande ärende | ..." / "Ordförande för församlingsrådets
sammanträden" / "Församlingsrådet i Johannes församling 16.01.2023 § 8 218/00.00.02/2023 |" / "Beslutsförslag" ...:
the line naming the body, day and paragraph has the paragraph's title above it. Before, the page's feed link was
read as an unnumbered item.

Look-alikes: a sentence naming another meeting's paragraph ("Direktionen beslutade 2023-08-29 § 56 om datum ..."),
a page with two such lines, and a title line closed by a stop give no item by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_PAGE = ("RSS-länk\nMöten:\nhttps://example.org/rss\nFörsamlingsrådet i Johannes församling\n"
         "Protokoll 16.01.2023/Paragraf 8\nFöregående ärende | Följande ärende | Anvisning för ändringssökande |\n"
         "{title}\n{line}\n|\nFöredragande Kyrkoherde Johan Westerlund\nBeslutsförslag\n"
         "Församlingsrådet diskuterar frågan om ordförande vid sammanträdena.\nBeslut\n"
         "Församlingsrådet beslöt att vice ordföranden fungerar som mötesordförande.\n")


@pytest.mark.parametrize(
    ("title", "line", "items"),
    [
        ("Ordförande för församlingsrådets sammanträden",
         "Församlingsrådet i Johannes församling 16.01.2023 § 8 218/00.00.02/2023 |",
         [("8", "Ordförande för församlingsrådets sammanträden")]),
        ("Val av sekreterare", "Kyrkorådet 2023-02-01 § 12", [("12", "Val av sekreterare")]),
        # look-alikes
        ("Både beredning och direktionsmöten börjar kl 08.30.",
         "Direktionen beslutade 2023-08-29 § 56 om datum för beredning och sammanträden 2024.", None),
        ("Ordförande för församlingsrådets sammanträden.",
         "Församlingsrådet i Johannes församling 16.01.2023 § 8 218/00.00.02/2023 |", None),
    ],
)
def test_one_paragraph_page(title: str, line: str, items: list[tuple[str, str]] | None) -> None:
    found = [(i.number, i.title) for i in extract_text(minutes_from_text(_PAGE.format(title=title, line=line))).items]
    if items is None:
        assert all(number != "8" and number != "56" for number, _ in found)
    else:
        assert found == items


def test_two_paragraph_lines_are_no_such_page() -> None:
    text = _PAGE.format(title="Val av sekreterare", line="Kyrkorådet 2023-02-01 § 12") + (
        "\nBudget\nKyrkorådet 2023-02-01 § 13\nBudgeten godkändes.\n")
    assert [i.number for i in extract_text(minutes_from_text(text)).items] != ["12"]
