"""A flattened header is split at its labels; a negation before the label word belongs to the label ("... Sara
Karlsson Robert Jonsson Ej Närvarande Agnes Ambrosiani": the label is "Ej närvarande"). Before, the line was cut
right before "Närvarande": "Robert Jonsson Ej" was read as a name and Agnes Ambrosiani as present.

Look-alikes: "Ej" before a label word that does not make a label with it ("Ej Beslutande"), a negation glued to
a word before it, and no negation leave the cut where it was.
"""

from __future__ import annotations

import pytest

from planner.extract.header import _negated_label_start
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sara Karlsson Robert Jonsson Ej Närvarande Agnes Ambrosiani", "Ej Närvarande Agnes Ambrosiani"),
        ("Anna Ek Bo Berg Inte närvarande Cia Holm", "Inte närvarande Cia Holm"),
        ("Anna Ek Bo Berg EJ NÄRVARANDE Cia Holm", "EJ NÄRVARANDE Cia Holm"),
        # look-alikes
        ("Anna Ek Bo Berg Ej Beslutande Cia Holm", "Beslutande Cia Holm"),
        ("Anna Ek Bo BergEj Närvarande Cia Holm", "Närvarande Cia Holm"),
        ("Anna Ek Bo Berg Närvarande Cia Holm", "Närvarande Cia Holm"),
    ],
)
def test_negated_label_start(text: str, label: str) -> None:
    at = text.rfind(label.split()[-3]) if label.split()[0] in ("Ej", "Inte", "EJ") else text.rfind(label)
    assert text[_negated_label_start(text, at):] == label


def test_absent_label_with_its_negation_inside_a_flattened_header() -> None:
    text = ("Protokoll styrelsemöte 2013-04-04\n\nNärvarande: Olof Bjälkvall, kassör John Lundhgren Johan Nylin "
            "Erland Nylund Leo Borg Mats Heden Adjungerade till mötet Gabriella Rehbinder Dennis Rundqvist Sara "
            "Karlsson Robert Jonsson Ej Närvarande Agnes Ambrosiani\n\n1 Inledande formalia\n")
    present, absent = attendance_names(text)
    assert present[-2:] == ["Sara Karlsson", "Robert Jonsson"]
    assert absent == ["Agnes Ambrosiani"]
