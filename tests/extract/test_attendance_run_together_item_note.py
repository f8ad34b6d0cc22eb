"""Names run together with the items a person was there for after a comma: "Linda Henriksson Peter Ahlberg, 189
Åke Westerlind" (a flattened column of "Övriga deltagande").

`_run_together` reads a run of capitalised words as given name and surname pairs, and a note between them
("189", "§ 12") splits the runs; a comma made it give up (a comma-separated list is read otherwise). A comma
right before such an item note (`_RX_COMMA_BEFORE_ITEMS`) is now read as part of the note. Before, the run was cut
before "Ahlberg," and "Linda Henriksson Peter" was read as one name.

Look-alikes: a comma before a name or a role still makes no run together, and "2:e" is no item note.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _run_together
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Staffan Granström Åsa Norlin Linda Henriksson Peter Ahlberg, 189 Åke Westerlind",
         ["Staffan Granström", "Åsa Norlin", "Linda Henriksson", "Peter Ahlberg", "Åke Westerlind"]),
        ("Anna Ek Bo Berg, §§ 12-14 Cia Holm Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        ("Anna Ek Bo Berg Cia Holm Dan Lund, 12", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alikes
        ("Anna Ek Bo Berg, Cia Holm Dan Lund", []),
        ("Anna Ek Bo Berg, 2:e vice ordförande Cia Holm", []),
    ],
)
def test_item_note_after_a_comma(text: str, names: list[str]) -> None:
    assert [p.name for p in _run_together(text, 0)] == names


def test_flattened_list_with_an_item_note() -> None:
    text = ("Protokoll 2003-12-18\n\nPlats och tid Landstingssalen, Frösön den 18 december 2003 kl Beslutande Maidie "
            "Wiklund Robert Uitto Mona Nyberg Bengt Bergqvist Övriga deltagande Charlotte Wäreborn Schultz Staffan "
            "Granström Linda Henriksson Peter Ahlberg, 189 Åke Westerlind Utses att justera Robert Uitto Justeringens "
            "plats och tid\n\n§ 1 Val av justerare\n\nText.\n")
    present, _ = attendance_names(text)
    assert present == ["Maidie Wiklund", "Robert Uitto", "Mona Nyberg", "Bengt Bergqvist", "Charlotte Wäreborn Schultz",
                       "Staffan Granström", "Linda Henriksson", "Peter Ahlberg", "Åke Westerlind"]
