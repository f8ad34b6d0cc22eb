"""A list whose numbers a word processor lost to "1." save a few ("1. Mötets öppnande" / "3.Fastställande av
dagordning" / "1. Val av justerare" / ... / "2. Val av valberedning" / "1. Behandling av inkomna motioner"): its
numbers tell no order, so every heading of the list is an item in the order written, the "3." and the "1." after
the "2." too. Look-alikes: a list indented deeper inside an item stays its text, and a rising list is kept as is."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Protokoll från Sjögestads byalags årsmöte 2020-03-23\n\nNärvarande: Camilla Landberg, Ewa Wallgren\n\n")


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_HEAD + text))
    return [(h.number, h.title) for h in heads]


def _entry(number: str, title: str, indent: str = " ") -> str:
    return f"{indent}{number} {title}\n\nÅrsmötet beslutade enligt förslaget och det lades till handlingarna.\n\n"


def test_every_heading_of_a_list_lost_to_one_is_an_item() -> None:
    text = (_entry("1.", "Mötets öppnande") + _entry("1.", "Mötets behöriga utlysande")
            + _entry("3.", "Fastställande av dagordning", "") + _entry("1.", "Val av justerare")
            + _entry("1.", "Verksamhetsberättelse") + _entry("1.", "Ekonomisk redovisning")
            + _entry("2.", "Val av valberedning") + _entry("1.", "Behandling av inkomna motioner"))
    assert [t for _, t in _items(text)] == [
        "Mötets öppnande", "Mötets behöriga utlysande", "Fastställande av dagordning", "Val av justerare",
        "Verksamhetsberättelse", "Ekonomisk redovisning", "Val av valberedning", "Behandling av inkomna motioner"]


def test_deeper_list_stays_text() -> None:
    text = (_entry("1.", "Mötets öppnande") + _entry("1.", "Val av justerare") + _entry("1.", "Verksamhetsberättelse")
            + _entry("1.", "Ekonomisk redovisning") + _entry("1.", "Val av styrelse")
            + _entry("2.", "Förslag om höjd avgift", "        ") + _entry("1.", "Behandling av inkomna motioner"))
    assert "Förslag om höjd avgift" not in [t for _, t in _items(text)]


def test_rising_list_is_kept() -> None:
    text = (_entry("1.", "Mötets öppnande", "") + _entry("2.", "Val av justerare", "")
            + _entry("3.", "Verksamhetsberättelse", "") + _entry("4.", "Ekonomisk redovisning", ""))
    assert [n for n, _ in _items(text)] == ["1", "2", "3", "4"]


def test_proposal_numbers_in_a_list_lost_to_one_throughout_stay_text() -> None:
    text = "".join(_entry("1.", t, "") for t in ("Mötets öppnande", "Val av justerare", "Verksamhetsberättelse",
                                                "Ekonomisk redovisning"))
    text += "1. Motioner\n\nStyrelsen föreslog följande:\n\n1. Höjd avgift för medlemmar\n\n2. Ny hemsida för föreningen\n\n"
    text += "".join(_entry("1.", t, "") for t in ("Val av styrelse", "Övriga frågor"))
    assert "Ny hemsida för föreningen" not in [t for _, t in _items(text)]
