"""A column of "Name, Organisation" lines, one attendee a line, as a forum of many organisations writes it.

Two slips of such a column: an organisation of two capitalised words, which a lone line would read as a second
name ("Conny Sandberg, Ideell Kulturallians", "Gabriel Johansson, Sveriges Ungdomsråd", "Lina Ålenius, Malmö
Museer"), and a line whose comma was left out ("Malcolm Jallow Afrosvenskarnas Forum för Rättvisa"), which ended
the list before. Among three "Name, Organisation" lines or more the piece after the comma is the organisation
when its first word is no given name; a line without comma under two such lines is a name of two words and its
organisation.

Look-alikes: "Name, Name" lines among them keep both names when the second opens with a given name; a column of
names only stays names; a heading, a sentence or a signature line under the column is no entry.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "Minnesanteckningar från forum den 1 februari 2017\n\nNärvarande\n"
TAIL = "\n\n1. Välkommen och inledning\n\nOrdföranden hälsade alla välkomna.\n"
COLUMN = "Agneta Rolfhamre, Civos\nAmadeu Batel, Civos\nCarl-Johan Friman, Kulturdepartementet\n"


@pytest.mark.parametrize(
    ("lines", "present"),
    [
        ("Conny Sandberg, Ideell Kulturallians\n", ["Conny Sandberg"]),
        ("Gabriel Johansson, Sveriges Ungdomsråd\nElisabeth Rytterström, Svenskt Friluftsliv\n",
         ["Gabriel Johansson", "Elisabeth Rytterström"]),
        ("Lina Ålenius, Malmö Museer\nPetra Nygård, Stockholms Stadsmuseum\n", ["Lina Ålenius", "Petra Nygård"]),
        ("Malcolm Jallow Afrosvenskarnas Forum för Rättvisa\nMaria Nilson, Kulturdepartementet\n",
         ["Malcolm Jallow", "Maria Nilson"]),
        ("Leena Haraké, KSAN\nOmar Nur Myndigheten för ungdomsfrågor\nNadine Ghawi, MUCF\n",
         ["Leena Haraké", "Omar Nur", "Nadine Ghawi"]),
        # look-alikes: a second name after the comma, a heading, a sentence and a signature line under the column
        ("Elisabeth Lindsten, Jerker Andersson\n", ["Elisabeth Lindsten", "Jerker Andersson"]),
        ("Mötets öppnande och val av sekreterare\n", []),
        ("Anna Ek hälsade alla välkomna.\n", []),
        ("Justerare Anna Ek Bo Berg\n", []),
        ("Sekreterare Anna Ek Kulturdepartementet\n", []),
        ("Kristinehamn Stadshuset den 5 maj 2017\n", []),
        ("Vid protokollet Anna Ek\n", []),
    ],
)
def test_name_organisation_column(lines: str, present: list[str]) -> None:
    found, _ = attendance_names(COLUMN + lines, head=HEAD, tail=TAIL)
    assert found == ["Agneta Rolfhamre", "Amadeu Batel", "Carl-Johan Friman", *present]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Ek, Bo Berg\nCia Holm, Dan Lund\nEva Ek, Sven Svensson\nSofia Svalmark, Gabriel Johansson\n",
        "Anna Ek, Bo Berg\nCia Holm, Dan Lund\nMalcolm Jallow Afrosvenskarnas Forum för Rättvisa\n",
    ],
)
def test_column_of_names_stays_names(text: str) -> None:
    found, _ = attendance_names(text, head=HEAD, tail=TAIL)
    assert found[:6] == ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", *(["Eva Ek", "Sven Svensson"] if "Eva" in text
                                                                       else [])]
    assert "Malcolm Jallow" not in found
