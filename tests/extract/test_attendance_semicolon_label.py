"""A list label followed by a semicolon in place of the colon, as some report-style minutes write it:
"Övriga; Stefan Olsson (generalsekreterare)", "Återbud; Karin Grute Movin".

`label_of` reads the label when a name-like word (capitalised, then a second capitalised word) follows the
semicolon. Before, the label word itself was read as a name and the "Återbud;" list as present.

A label alone on its line may end in the semicolon too ("Närvarande ledamöter;" above the names).

Look-alikes: a semicolon before lower-case words ("Närvarande; se bilaga") or a single word opens no list, and a
label word that runs on ("Återbudet; Anna Ek") is no label.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Återbud; Karin Grute Movin", (ListKind.ABSENT, "Karin Grute Movin")),
        ("Närvarande; Anna Ek, Bo Berg", (ListKind.PRESENT, "Anna Ek, Bo Berg")),
        ("Frånvarande;  Anna-Lena Pettersson", (ListKind.ABSENT, "Anna-Lena Pettersson")),
        # the label alone on its line, its names on the lines below
        ("Närvarande ledamöter;", (ListKind.PRESENT, "")),
        ("Anmält förhinder;", (ListKind.ABSENT, "")),
        ("Närvarande; ", (ListKind.PRESENT, "")),
        # look-alikes
        ("Närvarande; se bilaga", None),
        ("Närvarande ledamöter; se bilaga", None),
        ("Återbud; Styrelsen", None),
        ("Återbudet; Anna Ek", None),
    ],
)
def test_semicolon_label(text: str, found: tuple[ListKind, str] | None) -> None:
    lab = label_of(text)
    assert ((lab[0], text[lab[1]:]) if lab else None) == found


def test_semicolon_lists_in_a_report() -> None:
    text = ("Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530.\n\nNärvaro\n\n"
            "Följande deltog på mötet; Johan Storåkers (ordförande), Caroline Gedin, Stephan Hammar.\n\n"
            "Övriga; Stefan Olsson (generalsekreterare), Anna Jonsson (personalrepresentant).\n\n"
            "Återbud; Karin Grute Movin\n\n \n\nNedan presenteras i sammanfattning beslut från mötet.\n")
    present, absent = attendance_names(text)
    assert absent == ["Karin Grute Movin"]
    assert "Karin Grute Movin" not in present and "Återbud" not in present


def test_label_alone_on_its_line_with_a_semicolon() -> None:
    text = ("Sammanträdesprotokoll styrelsen 2011-02-15\n\nNärvarande ledamöter;\n\n"
            "Stig Hägerstrand, ordförande\nOla Janfjäll, kassör\nHervor Holm\n\n"
            "Anmält förhinder;\n\nLennart Persson\n\n§ 1 Sammanträdet öppnas\nOrdföranden öppnade mötet.\n")
    present, absent = attendance_names(text)
    assert present == ["Stig Hägerstrand", "Ola Janfjäll", "Hervor Holm"]
    assert absent == ["Lennart Persson"]
