"""A row of list labels with no values between them, then the values of all run together (branch r4-stack).

A flattened copy of a two-column header writes the labels first and then all the names: "Närvarande: Frånvarande:
Dessutom närvarande: Lotta Hedström (ordförande) Börje Almqvist ...", "Närvarande: Ej närvarande: Sofia Orre SO
Staffan Sommelius SS ...". Which name belongs to which label cannot be told, so the values go to the row's first
list (normally the present one), and a label of the row is never read as a name ("Dessutom"). The row must begin
the line's lists: after a list with values on the line, an empty label is a list of no one and the values go to
the label right before them ("Närvarande: Anna Ek Frånvarande: Dessutom närvarande: Cia Holm").
Before, the values went to the last label's list (all present people as absent), or "Dessutom" was read as a name.
Look-alikes: labels on lines of their own (an empty label is a list of no one there), a row after a list with values.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_TAIL = "\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("PROTOKOLL styrelsemöte lördagen 25 augusti 2012 kl i Mölle Närvarande: Frånvarande: Dessutom närvarande: "
          "Lotta Hedström (ordförande) Börje Almqvist Peder Jonsson Hans Linde"),
         ["Lotta Hedström", "Börje Almqvist", "Peder Jonsson", "Hans Linde"], []),
        ("Närvarande: Frånvarande: Dessutom närvarande: Lotta Hedström, Börje Almqvist",
         ["Lotta Hedström", "Börje Almqvist"], []),
        ("Protokoll styrelsemöte 2012 Närvarande: Frånvarande: Dessutom närvarande: Lotta Hedström, Börje Almqvist",
         ["Lotta Hedström", "Börje Almqvist"], []),
        (("Protokoll fört vid föreningens styrelsemöte den 9 januari 2008 kl , på HD\nNärvarande: Ej närvarande: "
          "Sofia Orre SO Staffan Sommelius SS Kjell Östlund KÖ Ingrid Persson IP"),
         ["Sofia Orre", "Staffan Sommelius", "Kjell Östlund", "Ingrid Persson"], []),
        ("Protokoll 2012\nFrånvarande: Ersättare: Bo Berg (S), Anna Ek (M)", [], ["Bo Berg", "Anna Ek"]),
        # look-alikes: a row after a list with values on the line; labels on lines of their own
        ("Protokoll 2012\nNärvarande: Anna Ek, Bo Berg Frånvarande: Dessutom närvarande: Cia Holm, Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
        ("Protokoll 2012\nNärvarande: Anna Ek, Bo Berg Frånvarande: Övriga närvarande: Cia Holm, Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
        ("Protokoll 2012\nNärvarande:\nFrånvarande: Cia Holm, Dan Lund", [], ["Cia Holm", "Dan Lund"]),
        ("Protokoll 2012\nNärvarande: Anna Ek, Bo Berg\nFrånvarande:\nÖvriga närvarande: Cia Holm",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_values_after_a_row_of_labels(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, tail=_TAIL) == (present, absent)
