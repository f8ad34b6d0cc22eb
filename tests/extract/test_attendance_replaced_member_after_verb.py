"""A member named right after "Ersatte" (the substitute "replaced" them) was called but not there: absent, not
present. A flattened council header writes the column after the roles: "Beslutande Heiti Ernits (MP) ... Mona
Hallberg (M) ... Ordförande Förste vice ordförande Ersatte Eva Aspman (S) Ersatte Gabriel Sandberg (S)
Ersättare Cecilia Kochan (S) ...". Before, the replaced members were read as present ("Ersatte" as an
organisation).

Look-alikes: "ersattes av" (the member first, read by the substitute rules), "Ersättare" (a label) and a name
without the verb before it stay present.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_REPLACED_BEFORE
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("before", "replaced"),
    [
        ("Andre vice ordförande Ersatte ", True),
        ("(S) ersatte ", True),
        ("ERSATTE ", True),
        # look-alikes
        ("Ersättare ", False),
        ("Eva Ek ersattes av ", False),
        ("Katrine Andersson (M) ", False),
        ("Aversatte ", False),
    ],
)
def test_replaced_before(before: str, replaced: bool) -> None:
    assert bool(_RX_REPLACED_BEFORE.search(before)) is replaced


def test_replaced_members_in_a_flattened_header() -> None:
    text = ("PROTOKOLL 2014-10-28\n\nTid och plats Tisdagen den 28 oktober 2014 Beslutande Heiti Ernits (MP) "
            "Lars-Gunnar Comén (M) Anita Persson (V) Jan-Åke Carlsson (S) Mona Hallberg (M) Katrine Andersson (M) "
            "Ordförande Förste vice ordförande Andre vice ordförande Ersatte Eva Aspman (S) Ersatte Gabriel "
            "Sandberg (S) Ersättare Cecilia Kochan (S) Per Månsson (M)\n\n156 Fastställande av föredragningslista\n")
    present, absent = attendance_names(text)
    assert "Eva Aspman" not in present and "Gabriel Sandberg" not in present
    assert "Mona Hallberg" in present and "Cecilia Kochan" in present
    assert absent == ["Eva Aspman", "Gabriel Sandberg"]
