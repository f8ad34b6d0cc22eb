"""A present list with "Ordförande: Name" and "Sekreterare: Name" lines right under its names (no blank line
between) goes on through them: who chaired and who kept the minutes were there. Under an absent list, after a blank
line, or naming no one, such a line still ends the list.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Minnesanteckningar Brottsförebyggande rådet den 24 september 2015\n"
                                        "Tid: 9.00-10.30\n",
                 tail="\n1\nDagordningen godkänns.\n2\nInformation om läget.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande: Kenneth Svensson, Brandförsvaret\nJohan Svensson, Företagarföreningen\n"
          "Kaj Söder, Utbildningschef Upplands-Bro kommun\nOrdförande: Eva Folke, Socialchef Upplands-Bro kommun\n"
          "Sekreterare: Emma Åhlstedt"),
         ["Kenneth Svensson", "Johan Svensson", "Kaj Söder", "Eva Folke", "Emma Åhlstedt"], []),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm\nMötesordförande: Anna Ek\nProtokollförare: Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
        # look-alikes: under the absent list; after a blank line; a role naming no one
        ("Närvarande: Anna Ek, Bo Berg\nFrånvarande: Cia Holm\nSekreterare: Dan Lund",
         ["Anna Ek", "Bo Berg"], ["Cia Holm"]),
        ("Närvarande: Anna Ek, Bo Berg\n\nSekreterare: Dan Lund",
         ["Anna Ek", "Bo Berg"], []),
        ("Närvarande: Anna Ek, Bo Berg\nSekreterare: vakant",
         ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_officer_lines_under_present_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
