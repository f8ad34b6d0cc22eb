"""A paragraph numbered with a letter in place of its number ("§ 4: Föregående mötesprotokoll." / "§ 5a:
Kassarapport." / "§6: Post") is an item, numbered as written. Look-alike: a lettered part under its own
paragraph ("§10 Val av styrelse" / "§10a Till ordförande på ett år valdes Anders Engström") stays its text."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Protokoll fört vid klubbmöte 2013-11-04\n§ 3: Upprop.\nNärvarande 19 lions av 33.\n" \
        "§ 4: Föregående mötesprotokoll.\nFöregående protokoll godkändes.\n"
_TAIL = "§6: Post\nBidragsansökningar i samband med Loppisen gicks igenom.\n§7: Kommittéerapporter\nInga rapporter.\n"


def _items(middle: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_HEAD + middle + _TAIL))
    return [(h.number, h.title) for h in heads]


def test_lettered_paragraph_in_place_of_its_number() -> None:
    items = _items("§ 5a: Kassarapport.\nKassarapport från 2013-11-01 genomgicks och godkändes.\n")
    assert items == [("3", "Upprop"), ("4", "Föregående mötesprotokoll"), ("5a", "Kassarapport"), ("6", "Post"),
                     ("7", "Kommittéerapporter")]


def test_lettered_part_under_its_own_paragraph_stays_text() -> None:
    items = _items("§ 5: Val av styrelse\nStyrelsen valdes.\n§5a Till ordförande på ett år valdes Anders Engström\n")
    assert [n for n, _ in items] == ["3", "4", "5", "6", "7"]
