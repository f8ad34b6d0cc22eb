"""Two entries of a list run together, the first with its role after the comma ("Anmält förhinder: Erik
Söderberg, ordf. Maja Jansson"): the role is the first person's and the name after it a second person
(planner.extract.attendance). Look-alikes: a substitute's member ("Catrin Mård, ersättare för Lena Nazzal"), and
a name with its own note after a comma ("nämndsekreterare Agnes Holm, Parkskolan") keep their readings."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelseprotokoll 15 maj 2011\n\nNärvarande: Eva Eliasson, Bengt Forsgren, Cia Holm\n\n"
TAIL = "\n\n86 Mötets öppnande\nOrdföranden öppnar mötet.\n"


def absent(line: str) -> list[tuple[str, str | None]]:
    m = extract_text(minutes_from_text(HEAD + line + TAIL)).meeting
    return [(a.name, a.role) for a in m.absent]


@pytest.mark.parametrize(("line", "people"), [
    ("Anmält förhinder: Erik Söderberg, ordf. Maja Jansson", [("Erik Söderberg", "ordf."), ("Maja Jansson", None)]),
    ("Frånvarande: Erik Söderberg, kassör Maja Jansson", [("Erik Söderberg", "kassör"), ("Maja Jansson", None)]),
])
def test_role_then_one_more_name(line: str, people: list[tuple[str, str | None]]) -> None:
    assert absent(line) == people


def test_substitute_member_stays_a_role() -> None:
    assert [n for n, _ in absent("Frånvarande: Catrin Mård, ersättare för Lena Nazzal")] != ["Catrin Mård",
                                                                                             "Lena Nazzal"]
