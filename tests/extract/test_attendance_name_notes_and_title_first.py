"""Notes read as part of a name: paragraphs or hours after it, column marks, a title before it.

A flattened header leaves notes next to the names that the list readers may take as the name's last words:
the paragraphs or hours served ("Ulla-Karin Jönsson 1-23", "Ove Andersson §§ 88-89", "Anders Unger 1-2, 4-5"),
the short marks of a time or serving column ("Niklas Nilsson Kl", "Pelle Lundgren Kl Tjg"), a role after the
name without a comma ("Sara Björkman Miljöchef", "Annika Andersson omsorgschef"), and an official's
title written first ("Landstingsdirektör Börje Lindqvist", "Kommundirektör Kjell Johansson"). The name is what is
left when it is still a name of two or three words; the title becomes the role.

Look-alikes: a name without notes, a short word that only begins like a mark ("Klas", "Tjörn"), a number that
would leave one word, and a first word that is a given name stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _without_name_notes


@pytest.mark.parametrize(
    ("name", "kept", "role"),
    [
        ("Ulla-Karin Jönsson 1-23", "Ulla-Karin Jönsson", None),
        ("Ove Andersson §§ 88-89", "Ove Andersson", None),
        ("Anders Unger 1-2, 4-5, 7", "Anders Unger", None),
        ("Elisabeth Andersson 1", "Elisabeth Andersson", None),
        ("Niklas Nilsson Kl", "Niklas Nilsson", None),
        ("Pelle Lundgren Kl Tjg", "Pelle Lundgren", None),
        ("Maria Jacobsson tjg", "Maria Jacobsson", None),
        ("Landstingsdirektör Börje Lindqvist", "Börje Lindqvist", "landstingsdirektör"),
        ("Kommundirektör Kjell Johansson", "Kjell Johansson", "kommundirektör"),
        ("Förvaltningschef Anna Ek Berg", "Anna Ek Berg", "förvaltningschef"),
        ("Sara Björkman Miljöchef", "Sara Björkman", "miljöchef"),
        ("Annika Andersson omsorgschef", "Annika Andersson", "omsorgschef"),
        ("Catarina Harden Controller", "Catarina Harden", "controller"),
        # look-alikes
        ("Anna Chefsson", "Anna Chefsson", None),
        ("Bo Kommunchef", "Bo Kommunchef", None),
        ("Eva Ek Lundström", "Eva Ek Lundström", None),
        ("Anna Ek", "Anna Ek", None),
        ("Klas Karlsson", "Klas Karlsson", None),
        ("Anna Tjörn", "Anna Tjörn", None),
        ("Bo Klason", "Bo Klason", None),
        ("Klass 4", "Klass 4", None),
        ("Åsa 1-2", "Åsa 1-2", None),
        ("Chef Anna Ek", "Chef Anna Ek", None),
        ("Marianne Ledare", "Marianne Ledare", None),
        ("Kommundirektör Kjell", "Kommundirektör Kjell", None),
    ],
)
def test_notes_around_a_name_are_no_part_of_it(name: str, kept: str, role: str | None) -> None:
    p = _without_name_notes(Person(name, 100, 100 + len(name)))
    assert (p.name, p.role) == (kept, role)
    assert p.end - p.start == len(p.name)


def test_a_role_read_before_is_kept() -> None:
    p = _without_name_notes(Person("Kommundirektör Kjell Johansson", 0, 30, role="föredragande"))
    assert (p.name, p.role, p.start) == ("Kjell Johansson", "föredragande", 15)
