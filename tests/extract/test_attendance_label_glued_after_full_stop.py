"""A present or absent label glued to the full stop of the sentence before it, on an item's line ("1. Mötet
öppnades av Erik Geber.Deltagare: Erik Geber, Marianne Lindberg, ... och Martin Gripenberg"), opens the list
(planner.extract.attendance). Look-alikes: a label word in prose without colon ("Deltagare var nöjda"), and
a colon after a word that is no label ("Beslut: Anna Ek väljs")."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Årsmötesprotokoll 2019\n\nProtokoll för årsmötet 17.4.2019 kl. 15.30 i Vetenskapshuset.\n\n"


def people(body: str) -> tuple[list[str], list[str]]:
    m = extract_text(minutes_from_text(HEAD + body)).meeting
    return [a.name for a in m.present], [a.name for a in m.absent]


def test_label_glued_after_the_full_stop() -> None:
    present, _ = people(
        " 1. Mötet öppnades av Erik Geber.Deltagare: Erik Geber, Marianne Lindberg, Urban Fellman, "
        "Eila Karlsson och Martin Gripenberg\n 2. Till mötesordförande valdes Erik Geber.\n"
        " 3. Till protokollsjusterare valdes Urban Fellman.\n")
    assert present == ["Erik Geber", "Marianne Lindberg", "Urban Fellman", "Eila Karlsson", "Martin Gripenberg"]


def test_absent_label_glued_after_the_full_stop() -> None:
    _, absent = people(
        " 1. Mötet öppnades. Närvarande: Erik Geber, Urban Fellman.Frånvarande: Eila Karlsson, Bo Berg\n"
        " 2. Till mötesordförande valdes Erik Geber.\n")
    assert absent == ["Eila Karlsson", "Bo Berg"]


def test_no_label() -> None:
    present, _ = people(
        " 1. Mötet öppnades av Erik Geber.Beslut: Anna Ek väljs till ordförande.\n"
        " 2. Deltagare var nöjda med Erik Gebers arbete.\n")
    assert present == []
