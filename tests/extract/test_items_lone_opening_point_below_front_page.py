"""A stored copy cut off in its first item ("2 2 (11) 1. Val av justerare Dagordningen Föregående protokoll Thomas
Quist hälsar alla välkomna ..."), whose only lines standing alone are the front page's ("PROTOKOLL Adjungerade:
...", the download title), all above that point: the point is the one item, not those lines.

Look-alikes: headings standing alone below the point ("Ekonomi", "Övriga frågor", each over its text) are the
minutes' own sections and stay the items.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

FRONT = ("PROTOKOLL Adjungerade: Cecilia Backe Lunds kommun (ordf. beredningsgruppen)\n\n"
         "Save this PDF as:\n WORD  PNG  TXT  JPG\n\nStorlek: px\nStarta visningen från sidan:\n\n"
         'Download "PROTOKOLL Adjungerade: Cecilia Backe Lunds kommun (ordf. beredningsgruppen)"\n\nTranskript\n\n'
         "1 PROTOKOLL 1 (11) STYRELSEN FÖR KÄVLINGEÅNS VATTENRÅD Närvarande Ledamöter: Thomas Quist Sjöbo kommun "
         "(ordf.) Solveig Ekström Persson Lunds kommun (vice ordf.) Plats: Kommunhuset i Kävlinge\n\n")
PAGE_2 = ("2 2 (11) 1. Val av justerare Dagordningen Föregående protokoll Thomas Quist hälsar alla välkomna och "
          "öppnar mötet. Inga synpunkter på protokoll från föregående möte.")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_lone_opening_point_below_front_page() -> None:
    assert [n for n, _ in _headings(FRONT + PAGE_2 + "\n")] == ["1"]


def test_sections_below_the_point_stay() -> None:
    text = (FRONT + PAGE_2 + "\n\nEkonomi\n\nKassören redovisade läget för året och budgeten godkändes.\n\n"
            "Övriga frågor\n\nInga övriga frågor togs upp vid mötet denna gång.\n")
    assert _headings(text) == [(None, "Ekonomi"), (None, "Övriga frågor")]
