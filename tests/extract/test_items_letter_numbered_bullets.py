"""Bulleted headings numbered with the agenda's numbers, a letter after some ("• 2a Budgetförslag 2023" / text /
"• 2b Verksamhetsplan och Strategiskt Prioriterade Aktiviteter" / text / "• 3 Ledarsatsningen" / text): the
report of the points a board chose, each an item numbered as written. Look-alikes: a bulleted list without text
between its entries, entries out of order, or numbers without any letter add nothing here."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Annons\n\nRapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530.\n\n"
         "Närvaro\n\nFöljande deltog på mötet; Johan Storåkers (ordförande), Caroline Gedin, Stephan Hammar.\n\n"
         "Nedan presenteras i sammanfattning beslut och kommentarer från mötet.\n\n")
_TEXT = "\n\nJan Larsson föredrar punkten enligt skriftligt underlag. Styrelsen diskuterade frågan.\n\n"


def _items(marks: list[str]) -> list[tuple[str | None, str]]:
    titles = ["Budgetförslag 2023", "Verksamhetsplan och Strategiskt Prioriterade Aktiviteter", "Ledarsatsningen"]
    text = _HEAD + "".join(f" • {n} {t}" + _TEXT for n, t in zip(marks, titles))
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_letter_numbered_bullets_are_items() -> None:
    assert _items(["2a", "2b", "3"]) == [("2a", "Budgetförslag 2023"),
                                         ("2b", "Verksamhetsplan och Strategiskt Prioriterade Aktiviteter"),
                                         ("3", "Ledarsatsningen")]


def test_out_of_order_adds_no_letter_numbers() -> None:
    assert "2b" not in [n for n, _ in _items(["2b", "2a", "3"])]


def test_list_without_text_between_is_no_headings() -> None:
    text = _HEAD + " • 2a Budgetförslag 2023\n • 2b Verksamhetsplan 2023\n • 3 Ledarsatsningen\n" + _TEXT
    heads, _ = find_headings(minutes_from_text(text))
    assert "2a" not in [h.number for h in heads]
