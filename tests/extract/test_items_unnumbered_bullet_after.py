"""Bulleted numbered headings ("  • 4 Fiskutsättning", "  • 5 Sammanslagningen med Delsbo FVO") go on with an
unnumbered closing heading under the same mark and indent ("  • Övriga frågor" with text below): an item without
number. Look-alikes: the same mark also listing other things between the headings, a bulleted list of short
entries after the last heading (no text below each), or a sentence after the mark, add nothing."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "STYRELSEPROTOKOLL\nDatum: Tisdagen den 27 juni 2017 Tid: 18:00 Plats: Svågagården\nDagordning\n"
_ITEMS = ("  • 1 Mötets öppnande\nOrdförande Börje Karlsson öppnar mötet\n"
          "  • 2 Val av justerare\nBörje Karlsson och Jörgen Johansson väljs som justerare\n"
          "  • 3 Fiskutsättning\n- Utsättning i sjöar: Fiskutsättningen löper på enligt utsättningsplan\n")


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_HEAD + text))
    return [(h.number, h.title) for h in heads]


def test_unnumbered_closing_bullet_is_an_item() -> None:
    text = _ITEMS + "  • Övriga frågor\n- Fredrik erbjuder sig att söka bidrag för handikappfiske.\n"
    assert _items(text)[-1] == (None, "Övriga frågor")
    assert len(_items(text)) == 4


def test_list_of_short_entries_adds_nothing() -> None:
    text = _ITEMS + "  • Kaffe\n  • Bullar\n  • Saft\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


def test_sentence_after_mark_adds_nothing() -> None:
    text = _ITEMS + "  • Styrelsen beslutar att samarbeta med nämnden.\nMer text.\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


def test_mark_listing_other_things_adds_nothing() -> None:
    text = (_ITEMS.replace("  • 3 Fiskutsättning\n", "  • Kaffe\nText.\n  • 3 Fiskutsättning\n")
            + "  • Övriga frågor\nInga övriga frågor.\n")
    assert None not in [n for n, _ in _items(text)]


def test_signature_bullet_adds_nothing() -> None:
    text = _ITEMS + "  • Vid protokollet\nAnna Berg, sekreterare\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]
