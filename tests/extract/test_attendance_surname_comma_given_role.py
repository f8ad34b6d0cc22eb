"""Members written "Surname, Given role" one after the other, a substitute naming the member stood in for.

"Fagerudd Martin ordförande, ; Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halminen, Birgit suppleant, i
stället för Håkan Wikman Lindqvist, Jan ledamot ... Träskman, Marianne viceordförande ; ordf. 029 Halonen Solveig
sekreterare": each entry is read given name first with its role; "i stället för Håkan Wikman" makes the role
"ersättare för Håkan Wikman" (and the member absent); an entry without its comma before or after the run is read
so too. Before, the line read no one.

Look-alikes: fewer than three entries, words after the given name that are no role, a known given name where the
surname stands, and prose before the run read no run by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _roled_surname_run
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Fagerudd Martin ordförande, ; Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halminen, Birgit "
          "suppleant, i stället för Håkan Wikman Lindqvist, Jan ledamot Mannola, Maximilian ledamot Träskman, Marianne "
          "viceordförande ; ordf. 029 Halonen Solveig sekreterare"),
         [("Martin Fagerudd", "ordförande"), ("Marianne Bergström", "ledamot"), ("Jan-Erik Eklöf", "ledamot"),
          ("Birgit Halminen", "ersättare för Håkan Wikman"), ("Jan Lindqvist", "ledamot"),
          ("Maximilian Mannola", "ledamot"), ("Marianne Träskman", "viceordförande"),
          ("Solveig Halonen", "sekreterare")]),
        ("Berg, Anna ledamot Lund, Per suppleant Holm, Karin ordförande",
         [("Anna Berg", "ledamot"), ("Per Lund", "suppleant"), ("Karin Holm", "ordförande")]),
        # look-alikes
        ("Berg, Anna ledamot Lund, Per suppleant", []),
        ("Berg, Anna hälsade Lund, Per tackade Holm, Cia avslutade", []),
        ("Anna, Berg ledamot Per, Lund ledamot Cia, Holm ledamot", []),
        ("Mötet beslutade att Berg, Anna ledamot Lund, Per suppleant Holm, Cia ordförande", []),
        ("Backman, Inger Sandström, Hans Granvik, Dan-Anders", []),
    ],
)
def test_surname_comma_given_role_run(text: str, read: list[tuple[str, str]]) -> None:
    people = _roled_surname_run(text, 10)
    assert [(p.name, p.role) for p in people] == read


def test_substitutes_members_absent() -> None:
    text = ("Protokoll 2016-03-15\n\nNärvarande: Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halminen, Birgit "
            "suppleant, i stället för Håkan Wikman Lindqvist, Jan ledamot\n\n020 Sammanträdets laglighet\n")
    present, absent = attendance_names(text)
    assert present == ["Marianne Bergström", "Jan-Erik Eklöf", "Birgit Halminen", "Jan Lindqvist"]
    assert absent == ["Håkan Wikman"]
