"""A flattened line that opens otherwise, a colon label's list in it, and a label of another kind without colon
inside that list: "1 Medlemsmöte februari 2014 Deltagare: Maria Ehrenberg, Regionbibliotek Halland ... Christer
Bergqvist, Regionbibliotek Kalmar Förhinder Anna Ring, Jämtlands Läns Bibliotek Malin Norrby, ... Carin Isaksson,
Länsbibliotek Gävleborg 1 Mötet öppnades av ordförande ...". The absent list begins at "Förhinder"; the last list
ends before the first item. Before, all were read as present (the last one with "Förhinder" as a mark: absent).

Look-alikes: a label of the same kind inside ("Deltagare: ... Gäster Bo Berg": left to the other rules), a label
word right after a comma (an entry's own word), and a short list are not split by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, _split_at_other_bare_label
from tests.extract.attendance_lists import attendance_names

LINE = ("1 Medlemsmöte februari 2014 Deltagare: Maria Ehrenberg, Regionbibliotek Halland Susanne Ljungström, "
        "Länsbiblioteket i Västerbotten Christer Bergqvist, Regionbibliotek Kalmar Förhinder Anna Ring, Jämtlands "
        "Läns Bibliotek Malin Norrby, Länsbibliotek Uppsala Carin Isaksson, Länsbibliotek Gävleborg 1 Mötet "
        "öppnades av ordförande, Maria Ehrenberg som hälsade välkommen.")


P1 = ("Maria Ehrenberg, Regionbibliotek Halland Susanne Ljungström, Länsbiblioteket i Västerbotten Christer "
      "Bergqvist, Regionbibliotek Kalmar")
A1 = "Anna Ring, Jämtlands Läns Bibliotek Malin Norrby, Länsbibliotek Uppsala Carin Isaksson, Länsbibliotek Gävleborg"
SAME = ("Deltagare: Maria Ehrenberg, Regionbibliotek Halland Susanne Ljungström, Region Skåne Gäster Bo Berg, "
        "Region Skåne")
COMMA = ("Deltagare: Maria Ehrenberg, Regionbibliotek Halland Susanne Ljungström, Frånvarande Bo Berg, "
         "Region Skåne")


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (LINE, [(ListKind.PRESENT, P1), (ListKind.ABSENT, A1)]),
        # look-alikes
        (SAME, [(ListKind.PRESENT, SAME[len("Deltagare: "):])]),
        (COMMA, [(ListKind.PRESENT, COMMA[len("Deltagare: "):])]),
        ("Deltagare: Maria Ek, Förhinder Bo Berg", [(ListKind.PRESENT, "Maria Ek, Förhinder Bo Berg")]),
    ],
)
def test_split_at_other_bare_label(text: str, lists: list[tuple[ListKind, str]]) -> None:
    start = text.index(": ") + 2
    found = _split_at_other_bare_label(text, ListKind.PRESENT, start, len(text))
    assert [(k, text[s:e].strip()) for k, s, e in found] == lists


def test_absent_list_inside_a_flattened_line() -> None:
    present, absent = attendance_names("Mötesanteckningar\n\n" + LINE + "\n")
    assert "Christer Bergqvist" in present and "Anna Ring" not in present
    assert absent == ["Anna Ring", "Malin Norrby", "Carin Isaksson"]
