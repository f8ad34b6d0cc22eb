"""The label of the other members who decided: "* Övriga beslutande ledamöter Ulla Ahlström (S) Johanna Reistad (S)".

Council minutes name the chair's officers under "Beslutande" on the first page and the other members on the next
("övriga beslutande ledamöter redovisas på nästa sida"), under a label of their own. Only "Övriga" was known, so
the rest ("beslutande ledamöter Ulla ...") read as a lower-case value naming no one, and the whole list was lost.
"Övriga beslutande (ledamöter)", "Övriga ledamöter" and "Övriga tjänstgörande ledamöter" are present labels
(`w.OTHER_DECIDING_LABELS`). Look-alikes: "Övriga frågor" and "Övriga: se bilaga" open no list of persons.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll Kyrkofullmäktige 2014-05-27\n\n"
_TAIL = "\n\n§ 1 Öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("* Övriga beslutande ledamöter Ulla Ahlström (S) Johanna Reistad (S) Benny Johnsson (S)",
         ["Ulla Ahlström", "Johanna Reistad", "Benny Johnsson"]),
        ("Övriga beslutande: Ulla Ahlström (S), Johanna Reistad (S)", ["Ulla Ahlström", "Johanna Reistad"]),
        ("Övriga ledamöter: Anna Holm, Bo Berg, Karin Ek", ["Anna Holm", "Bo Berg", "Karin Ek"]),
        ("Övriga tjänstgörande ledamöter\nAnna Holm (S)\nBo Berg (M)", ["Anna Holm", "Bo Berg"]),
        # look-alikes
        ("Övriga frågor: inga", []),
        ("Övriga: se bilaga", []),
    ],
)
def test_other_deciding_label(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL)[0] == present
