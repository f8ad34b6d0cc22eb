"""Absence reported beforehand, as a note after a name or as the label of a list.

A present list may mark a member who reported being away with a note in parentheses after the name, also in a
list whose lines begin with the member's post ("Ledamot           Cia Holm (anmäld frånvaro)"): the member is
absent. The notes are the ways of saying so ("anmäld frånvaro", "anmält förhinder", "meddelat förhinder",
"lämnat återbud"); and "Meddelat frånvaro" / "Meddelat ej närvaro" label a list of the absent.

Look-alikes: a note that says the person missed a part of the meeting ("frånvarande § 5") does not make the
person absent, and a post before a name without a note reads the person present.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "Protokoll styrelsemöte 2013-04-10\n\n"
TAIL = "\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande:\n\nOrdförande        Anna Ek\nLedamot           Bo Berg\nLedamot           Cia Holm (anmäld "
         "frånvaro)\nLedamot           Dan Lund\nSuppleant         Eva Strand (meddelat förhinder)"),
         ["Anna Ek", "Bo Berg", "Dan Lund"], ["Cia Holm", "Eva Strand"]),
        (("Närvarande:\n\nOrdförande        Anna Ek\nLedamot           Bo Berg\nLedamot           Cia Holm (S) (anmält "
         "förhinder)\nLedamot           Dan Lund"),
         ["Anna Ek", "Bo Berg", "Dan Lund"], ["Cia Holm"]),
        (("Närvarande:\n\nOrdförande        Anna Ek\nKassör            Bo Berg (lämnat återbud)\nSekreterare       "
         "Cia Holm\nLedamot           Dan Lund"),
         ["Anna Ek", "Cia Holm", "Dan Lund"], ["Bo Berg"]),
        ("Närvarande: Anna Ek, Bo Berg (anmäld frånvaro), Cia Holm", ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm\n\nMeddelat frånvaro: Dan Lund, Eva Strand",
         ["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Lund", "Eva Strand"]),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm\n\nMeddelat ej närvaro: Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Lund"]),
        # look-alikes: posts before names without notes; no note at all
        ("Närvarande:\n\nOrdförande        Anna Ek\nLedamot           Bo Berg\nLedamot           Cia Holm",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_reported_absence(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(HEAD + text + TAIL) == (present, absent)


def test_part_of_the_meeting_missed_is_no_absence() -> None:
    _, absent = attendance_names(HEAD + "Närvarande:\n\nOrdförande        Anna Ek\nLedamot           Bo Berg\n"
                                        "Ledamot           Cia Holm (frånvarande § 5)\nLedamot           Dan Lund"
                                 + TAIL)
    assert absent == []
