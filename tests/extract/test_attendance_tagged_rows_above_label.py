"""Lines of party-tagged names right above a present label, their own label ("Beslutande") lost by the copy:
"(1)" / "Rolf Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S) Sari Svanström (C) Håkan Freijd (M)" / "Anita
Westin Brodd (M) Tommy Emterby (KD) ..." / "Övriga deltagande Ersättare: Jenny Hödefors (S) ...".

The lines that are only "Name (PARTY)" entries, five persons or more, standing right above the first present
label with no label above them, are the members who decided (`_tagged_rows_above_label`). Before, only the
labelled list was read.

Look-alikes: the lines under an absent label ("Frånvarande:") or any label above them, fewer than five persons,
and a line with other words among the entries are not read so.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-09-26\n\n"
_TAIL = "\n\nÖvriga deltagande: Jenny Hödefors (S), Ove Andersson (V)\n\n§ 1 Val av justerare\n\nText.\n"


@pytest.mark.parametrize(
    ("above", "present"),
    [
        (("(1)\n\nRolf Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S) Sari Svanström (C)\n\nAnita Westin Brodd "
          "(M) Tommy Emterby (KD)"),
         ["Jenny Hödefors", "Ove Andersson", "Rolf Korsbäck", "Pia Håkansson", "Birgitta Westman", "Sari Svanström",
          "Anita Westin Brodd", "Tommy Emterby"]),
        # look-alikes
        ("Frånvarande:\nRolf Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S) Sari Svanström (C) Håkan Freijd (M)",
         ["Jenny Hödefors", "Ove Andersson"]),
        ("(1)\n\nRolf Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S)", ["Jenny Hödefors", "Ove Andersson"]),
        ("(1)\n\nRolf Korsbäck (S) Pia Håkansson (S) hälsade Birgitta Westman (S) Sari Svanström (C) Håkan Freijd (M)",
         ["Jenny Hödefors", "Ove Andersson"]),
    ],
)
def test_tagged_rows_above_a_present_label(above: str, present: list[str]) -> None:
    got, _ = attendance_names(_HEAD + above + _TAIL)
    assert got == present
