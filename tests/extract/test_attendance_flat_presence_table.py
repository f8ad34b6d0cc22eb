"""A presence table flattened to one line a page: "Fp Jan Glimstedt, Ordförande X S Gunilla Hallberg, 1:e vice
ordf X M Olle Björkman X M Ers. Ulla Björkman X M Maggie Robertsson X ...".

A council's table "Parti Namn Närvaro Frånvaro", copied without its columns, leaves each row's party, name (a role
after a comma, a substitute marked "Ers.") and one X whose column is lost; its heading, repeated on each page, is
dropped as a running head. A line made of five such rows or more is read as the table: a member whose row is
followed by a substitute's row was replaced, so absent; the others and the substitutes were there. Look-alikes:
prose with a few such pieces, and a line of entries without the X, are left to the other readers.
"""

from __future__ import annotations

from planner.extract.attendance import _flat_presence_table
from planner.extract.header import Part, extract_meeting
from planner.extract.text import minutes_from_text

_PAGE = ("Fp Jan Glimstedt, Ordförande X S Gunilla Hallberg, 1:e vice ordf X M Bengt Adielsson, 2:e vice ordf X "
         "M Ove Andersson X M Olle Björkman X M Ers. Ulla Björkman X M Maggie Robertsson X M Jan Brouzell X "
         "M Ers. Erik Sved X C Arne Olsson X")


def test_flat_presence_table() -> None:
    text = ("STENUNGSUNDS KOMMUN KOMMUNFULLMÄKTIGE Protokoll 2010-02-08\n\nLedamöter: Se bilaga\n\n"
            + _PAGE + "\n\n§ 1 Upprop\nUpprop förrättades.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert [p.name for p in meeting.present] == [
        "Jan Glimstedt", "Gunilla Hallberg", "Bengt Adielsson", "Ove Andersson", "Ulla Björkman",
        "Maggie Robertsson", "Erik Sved", "Arne Olsson"]
    assert [p.name for p in meeting.absent] == ["Olle Björkman", "Jan Brouzell"]


def test_not_a_flat_presence_table() -> None:
    for text in (
        "S Anna Holm X tackade för ordet och M Bo Berg X svarade på frågan om vägarna i kommunen under året.",
        "S Anna Holm M Bo Berg C Karin Ek KD Per Lund L Eva Ek MP Kim Berg",  # no X
        "S Anna Holm X M Bo Berg X",  # too few rows
    ):
        assert _flat_presence_table([Part(text, 0)]) == ([], [])
