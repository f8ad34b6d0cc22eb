"""Officials listed as "Name Title Name Title ..." without commas, each title written with a capital.

A flattened two-column list of officials (name, then title) runs the cells together: "Övriga deltagande Eva
Engström Sekreterare Thord Wannberg Kommunchef Margareta Tamm Persson Ekonomichef". The capitalised titles
part the names; each name is read, and its title is its role when the line says on which side titles stand
(ending with a title: after the name; beginning with one: before it).

Look-alikes: a column of names and then a column of titles, a piece of one word or of four, a single title,
titles on both ends, and capitalised prose between titles read no names by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _names_between_titles
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2007-09-12\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Eva Engström Sekreterare Thord Wannberg Kommunchef Margareta Tamm Persson Ekonomichef",
         [("Eva Engström", "sekreterare"), ("Thord Wannberg", "kommunchef"), ("Margareta Tamm Persson", "ekonomichef")]),
        ("Kommundirektör Kjell Johansson Kommunsekreterare Anna Lindholm",
         [("Kjell Johansson", "kommundirektör"), ("Anna Lindholm", "kommunsekreterare")]),
        ("Anna Berg Förvaltningschef Per Erik Lund Controller",
         [("Anna Berg", "förvaltningschef"), ("Per Erik Lund", "controller")]),
        ("Lena Holm Nämndsekreterare Karin Ek Ekonom Bo Sund Sekreterare",
         [("Lena Holm", "nämndsekreterare"), ("Karin Ek", "ekonom"), ("Bo Sund", "sekreterare")]),
        # look-alikes
        ("Annmarie Sandberg Lena Wigg Leif Sjöberg Förvaltningschef Sekreterare Ekonomichef", []),
        ("Eva Engström Sekreterare Thord Kommunchef", []),
        ("Eva Engström Sekreterare", []),
        ("Sekreterare Eva Engström Kommunchef", []),
        ("Eva Engström Sekreterare Thord Wannberg", []),
        ("Sekreterare Ordförande Justerande Viola Borg Catarina Engström Hans Isacsson", []),
        ("Underskrifter Sekreterare Anna Ek Ordförande Bo Berg", []),
        ("Mötet Beslutade Sekreterare Anna Ek Kommunchef", []),
        ("Styrelsen Tackade Ordförande Nya Rutiner Sekreterare", []),
    ],
)
def test_names_between_capitalised_titles(text: str, read: list[tuple[str, str | None]]) -> None:
    people = _names_between_titles(text, 10)
    assert [(p.name, p.role) for p in people] == read
    assert all(text[p.start - 10: p.end - 10] == p.name for p in people)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Övriga deltagande:\nEva Engström Sekreterare Thord Wannberg Kommunchef Margareta Tamm Persson Ekonomichef",
         ["Eva Engström", "Thord Wannberg", "Margareta Tamm Persson"]),
        ("Närvarande:\nAnna Berg Förvaltningschef Per Erik Lund Controller Lena Holm Nämndsekreterare",
         ["Anna Berg", "Per Erik Lund", "Lena Holm"]),
    ],
)
def test_officials_list_with_titles_between(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
