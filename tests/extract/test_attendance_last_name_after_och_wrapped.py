"""A list's last name after "och", wrapped onto a line of its own ("Förhindrade: Tage Johansson, Anne-Charlotte
Stoltzenberg" / "och Patricia Winkelmann-Zilliacus"), belongs to the list (planner.extract.attendance).
Look-alikes: a wrapped clause of words that are no name ("och Region Skåne"), and a line after a list that
closed with a full stop."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid styrelsemöte den 15 april 2019 kl 10.30\n\n"
        "Närvarande: ordförande Nils-Erik Friis, René Wikgren, Leif Stjernberg,\n"
        "Inger Blomqvist, Gösta Gustafsson och Marita Lindvall.\n\n")
TAIL = "\n\n§ 1  Ordförande Nils-Erik Friis öppnade mötet.\n"


def _lists(text: str) -> tuple[list[str], list[str]]:
    m = extract_text(minutes_from_text(HEAD + text + TAIL)).meeting
    return [a.name for a in m.present], [a.name for a in m.absent]


def test_absent_name_after_och_on_next_line() -> None:
    _, absent = _lists("Förhindrade: Tage Johansson, Anne-Charlotte Stoltzenberg\noch Patricia Winkelmann-Zilliacus")
    assert absent == ["Tage Johansson", "Anne-Charlotte Stoltzenberg", "Patricia Winkelmann-Zilliacus"]


def test_present_name_after_och_on_next_line() -> None:
    present, _ = extract_text(minutes_from_text(
        "Protokoll fört vid styrelsemöte den 15 april 2019\n\nNärvarande: Nils-Erik Friis, René Wikgren\n"
        "och Marita Lindvall." + TAIL)).meeting.present, None
    assert [a.name for a in present] == ["Nils-Erik Friis", "René Wikgren", "Marita Lindvall"]


def test_no_name_after_och() -> None:
    _, absent = _lists("Förhindrade: Tage Johansson, Anne-Charlotte Stoltzenberg\noch Region Skåne")
    assert absent == ["Tage Johansson", "Anne-Charlotte Stoltzenberg"]


def test_list_closed_by_full_stop() -> None:
    _, absent = _lists("Förhindrade: Tage Johansson, Anne-Charlotte Stoltzenberg.\noch Patricia Winkelmann-Zilliacus")
    assert "Patricia Winkelmann-Zilliacus" not in absent
