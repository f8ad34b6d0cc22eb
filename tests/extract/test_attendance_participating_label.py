""""Medverkande:" (who took part) opens a present list: "Medverkande: Arne Lernhag (ordf.) Gösta Andersson Rolf
Andersson ...", "Medverkande: Asa Kullgren, landstingsråd Lars Wogel, kollektivtrafikansvarig ...". Before, only
"Medverkande i mötet" was a label and such a list was not read.

A row of labels before their values on the first page ("Ledamöter: Ersättare: Anmält förhinder: ... Britta
Bergström (S) ordf ...") is now read whatever the other lists hold: before, it was read only when the other lists
held fewer than six people, so the "Medverkande:" list on the next page hid it.

Look-alikes: "Medverkande" before other words without a colon ("Medverkande kommuner är ...") and inside a word
("Medverkandet") open no list.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Medverkande: Arne Lernhag (ordf.) Gösta Andersson Rolf Andersson", ListKind.PRESENT),
        ("Medverkande: Asa Kullgren, landstingsråd Lars Wogel, kollektivtrafikansvarig", ListKind.PRESENT),
        ("Medverkande", ListKind.PRESENT),
        # look-alikes
        ("Medverkande kommuner är Lund och Malmö.", None),
        ("Medverkandet i projektet: Anna Ek", None),
    ],
)
def test_participating_label(text: str, kind: ListKind | None) -> None:
    found = label_of(text)
    assert (found[0] if found else None) is kind


def test_participating_list() -> None:
    text = ("Protokoll LAG Terra et Mare 4 december 2012\n\nMedverkande: Arne Lernhag (ordf.), Gösta Andersson, "
            "Rolf Andersson, Sigvard Utbult\n\n1. Öppnande av mötet\n")
    present, absent = attendance_names(text)
    assert present == ["Arne Lernhag", "Gösta Andersson", "Rolf Andersson", "Sigvard Utbult"]
    assert absent == []


def test_row_of_labels_read_beside_a_long_participating_list() -> None:
    text = ("PROTOKOLL Sammanträde med Länspensionärsrådet Datum: Plats: Ledamöter: Ersättare: Anmält förhinder: "
            "Sekreterare: 14 december 2011 Åsa Folkhögskola, Sköldinge Britta Bergström (S) ordf Ingrid Nyhlén Brege "
            "(M) vice ordf Ann-Sofie Jacobsson (MP) Margareta Berg (PRO) Christina Ahlmark (PRO) Bo Tiderman (S) "
            "Richard Karlsson (FP) Stig Ohlsson (PRO) Christina Forss (KD) Ulf Bergner (PRO) Lena Stengaard\n\n"
            "Medverkande: Asa Kullgren, landstingsråd Lars Wogel, kollektivtrafikansvarig Magnus Andersson, tf chef "
            "Sandra Thyrstedt, produktansvarig kost Eva Ek, handläggare Cia Berg, handläggare\n\n1. Upprop\n")
    present, absent = attendance_names(text)
    assert present[:8] == ["Britta Bergström", "Ingrid Nyhlén Brege", "Ann-Sofie Jacobsson", "Margareta Berg",
                           "Christina Ahlmark", "Bo Tiderman", "Richard Karlsson", "Stig Ohlsson"]
    assert "Asa Kullgren" in present and "Cia Berg" in present
    assert absent == ["Christina Forss", "Ulf Bergner"]
