"""The last entry of a comma list may name one who came later, the paragraph or hour first: "adjungerade: Davor
Gaupp, från § 7 Sonny Svensson", "Anna Ek, Bo Berg, från kl. 19.15 Eva Ek". Before, the piece after the last
comma was read as the previous entry's organisation ("Davor Gaupp" of "från § 7 Sonny Svensson") and the late
comer was lost.

Look-alikes: "från" before an organisation or a place ("Cia Holm, från Växjö kommun") names no one who came
later; the list stays as it was.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "FOK BORÅS\nSTYRELSEMÖTE 2022 03 14\n"
_TAIL = "\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Anna Ek, Bo Berg\nadjungerade: Davor Gaupp, från § 7 Sonny Svensson",
         ["Anna Ek", "Bo Berg", "Davor Gaupp", "Sonny Svensson"]),
        ("Adjungerade: Davor Gaupp, Cia Holm, från § 7 Sonny Svensson", ["Davor Gaupp", "Cia Holm", "Sonny Svensson"]),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm, från kl. 19.15 Eva Ek", ["Anna Ek", "Bo Berg", "Cia Holm", "Eva Ek"]),
        ("Närvarande: Anna Ek, efter § 4 Bo Berg", ["Anna Ek", "Bo Berg"]),
        # look-alikes: "från" before an organisation
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm, från Växjö kommun", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Närvarande: Anna Ek, från Region Kronoberg", ["Anna Ek"]),
    ],
)
def test_late_arrival_last_entry(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, [])
