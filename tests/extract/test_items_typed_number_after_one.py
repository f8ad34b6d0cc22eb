"""In a list whose numbers a word processor lost to "1.", a heading may keep its typed number after the list's
"1." ("1. 3. Ekonomi"): it is an item numbered by the typed number, in its place. Look-alikes: a "1. 3." line
indented deeper (a list inside an item), or one in a list with rising numbers, adds nothing."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Roxens Fiskevårdsområdesförening\nProtokoll styrelsemöte\nNärvarande: Anders Nilsson, Lars Christofferson\n\n"
_TEXT = "\nOrdföranden redogjorde och protokollet lades till handlingarna.\n\n"


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_HEAD + text))
    return [(h.number, h.title) for h in heads]


def test_typed_number_after_one_is_an_item() -> None:
    text = "".join(f" 1. {t}" + _TEXT for t in ("Mötets öppnande", "Föregående protokoll")) + " 1. 3. Ekonomi" + _TEXT
    text += "".join(f" 1. {t}" + _TEXT for t in ("Planering årsmötet", "Information", "Nästa möte"))
    assert _items(text) == [("1", "Mötets öppnande"), ("1", "Föregående protokoll"), ("3", "Ekonomi"),
                            ("1", "Planering årsmötet"), ("1", "Information"), ("1", "Nästa möte")]


def test_deeper_typed_number_adds_nothing() -> None:
    text = "".join(f" 1. {t}" + _TEXT for t in ("Mötets öppnande", "Föregående protokoll"))
    text += "          1. 3. Ekonomi" + _TEXT
    text += "".join(f" 1. {t}" + _TEXT for t in ("Planering årsmötet", "Information", "Nästa möte"))
    assert "Ekonomi" not in [t for _, t in _items(text)]


def test_rising_list_adds_nothing() -> None:
    text = "".join(f"{n}. {t}" + _TEXT for n, t in ((1, "Mötets öppnande"), (2, "Föregående protokoll")))
    text += "1. 3. Ekonomi" + _TEXT + "4. Information" + _TEXT
    assert [n for n, _ in _items(text)] == ["1", "2", "4"]
