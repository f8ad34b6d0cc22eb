"""A comma list whose "och" joins the last name, read whole when the last entry carries a role after its comma
("Peter Wänehag, Kalle Nilsson och Bo Ek, sekreterare"), when the line wraps right after "och" ("..., Cecilia
Nordqvist och" / "Inga-Lill Gustafsson, sekreterare."), and when a stray space stands before a comma ("Yvonne
Steen- Ohlander , Cecilia Nordqvist"): the name before "och" is a person, not the organisation of the one
before it. An organisation after a name's comma stays one.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Styrelseprotokoll 2011-09-05\n\n"
TAIL = "\n\n§ 1 Mötet öppnas\n\n§ 2 Dagordningen godkändes\n"


def attendance(lines: str) -> list[tuple[str, str | None]]:
    meeting = extract_meeting(minutes_from_text(HEAD + lines + TAIL))[0]
    return [(p.name, p.organisation) for p in meeting.present]


@pytest.mark.parametrize(("lines", "names"), [
    ("Närvarande: Peter Wänehag, Kalle Nilsson och Bo Gustafsson, sekreterare.",
     ["Peter Wänehag", "Kalle Nilsson", "Bo Gustafsson"]),
    ("Närvarande: Peter Wänehag, Mona Wallinder, Cecilia Nordqvist och\nInga-Lill Gustafsson, sekreterare.",
     ["Peter Wänehag", "Mona Wallinder", "Cecilia Nordqvist", "Inga-Lill Gustafsson"]),
    (("Närvarande: Peter Wänehag, Sten-Inge Petersson, Yvonne Steen- Ohlander , Cecilia Nordqvist och\n"
     "Inga-Lill Gustafsson, sekreterare."),
     ["Peter Wänehag", "Sten-Inge Petersson", "Yvonne Steen- Ohlander", "Cecilia Nordqvist", "Inga-Lill Gustafsson"]),
    ("Närvarande: Patrik Sassersson , Anna Berg, Karin Holm och Lars Ek, kassör",
     ["Patrik Sassersson", "Anna Berg", "Karin Holm", "Lars Ek"]),
    ("Deltagare: Maria Forsell, Johan Lind samt\nEva Ström, protokollförare",
     ["Maria Forsell", "Johan Lind", "Eva Ström"]),
])
def test_name_before_och_is_a_person(lines: str, names: list[str]) -> None:
    assert [name for name, _ in attendance(lines)] == names


@pytest.mark.parametrize(("lines", "want"), [
    # an organisation after the comma stays the organisation of the name before it
    ("Närvarande: Anna Ek, Region Kronoberg och Bo Berg, sekreterare.", [("Anna Ek", "Region Kronoberg"), ("Bo Berg", None)]),
    ("Närvarande: Anna Ek, Växjö kommun och Bo Berg, sekreterare.", [("Anna Ek", "Växjö kommun"), ("Bo Berg", None)]),
    ("Närvarande: Anna Ek, Region Kronoberg och\nBo Berg, Växjö kommun.",
     [("Anna Ek", "Region Kronoberg"), ("Bo Berg", "Växjö kommun")]),
])
def test_organisation_before_och_stays(lines: str, want: list[tuple[str, str | None]]) -> None:
    assert attendance(lines) == want
