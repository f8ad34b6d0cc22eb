"""A row of column labels flattened into one line, none with its values: "Beslutande Ej tjänstgörande ersättare".

A kommun's front page writes its labels as a row of column heads ("Beslutande", "Ej tjänstgörande ersättare",
"Utses att justera") and the values of the columns after them, run on: "Utses att justera Jimmy Jansson (S),
ordförande Sarita Hotti (S) ... Justeringens plats och tid ...". When two attendance labels stand on one line
with nothing after them, the line is such a row (`_label_row_kind`), as a single empty label is, and the names
after the closing labels are read. Before, only a label alone on its line opened the row, and the first page's
names were lost.

Look-alikes: a label with a name after it, a label and a word that is no label, a single label (read as before).
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, _label_row_kind
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Beslutande Ej tjänstgörande ersättare", ListKind.PRESENT),
        ("Ledamöter Ersättare Övriga närvarande", ListKind.PRESENT),
        ("Beslutande Övriga deltagare", ListKind.PRESENT),
        # look-alikes
        ("Beslutande Anna Ek", None),
        ("Beslutande Kommunstyrelsen", None),
        ("Ej tjänstgörande ersättare", None),
        ("Beslutande", None),
    ],
)
def test_row_of_labels(text: str, kind: ListKind | None) -> None:
    found = _label_row_kind(text)
    assert (found[0] if found else None) == kind


def test_names_after_a_row_of_labels_on_one_line() -> None:
    text = ("Protokoll 2014-09-09\n\nPlats och tid Rinmansalen, stadshuset, klockan 15:00-15:45 Beslutande Ej "
            "tjänstgörande ersättare Utses att justera Jimmy Jansson (S), ordförande Sarita Hotti (S) Mikael Edlund "
            "(S) Mona Kanaan (S) Marie Svensson (S) , Ann-Sofie Wågström (S) ersätter Marie Svensson (S) Joel "
            "Hamberg (V) Maria Chergui (V) Justeringens plats och tid Måndagen 15 september 2014, stadshuset "
            "Paragrafer\n\n§ 1 Val av justerare\n\nText.\n")
    present, absent = attendance_names(text)
    assert present == ["Jimmy Jansson", "Sarita Hotti", "Mikael Edlund", "Mona Kanaan", "Marie Svensson",
                       "Ann-Sofie Wågström", "Joel Hamberg", "Maria Chergui"]
    assert absent == []
