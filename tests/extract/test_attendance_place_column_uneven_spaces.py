"""An association's "Närvarande:" list of "Name Place" entries (each member's local society after the name), typed
with uneven runs of spaces after the commas and "och", wrapped over lines, one member with a post after one more
comma ("Karl-Ingvar Ångström Borgsjö, IT-kommittén,"). Spaces after a comma are no gap between PDF columns, and the
post is that member's role, so the place column is still read. Look-alikes: a real column layout (names, then a wide
gap and the organisation, no comma), a list of plain two-word names with a post after a comma, and double surnames.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_MEDELPAD = ["Margareta Johansson", "Eva Niskanen", "Bengt Wiklund", "Anne Strandlund", "Lars-Erik Larsson",
             "Anders Hammarberg", "Yvonne Uhlin", "Karl-Ingvar Ångström", "Jan-Olof Engblom", "Inger Bylund"]

_HEAD = "Protokoll från styrelsemöte\n\nSvartviks industriminnen 2015-03-30\n\n"
_TAIL = "\n\n1 Mötets öppnande\nOrdförande Margareta Johansson öppnade mötet.\n"

CASES = [
    # (list text, present names)
    (("Närvarande:   Margareta Johansson Indal,   Eva Niskanen Indal,Bengt Wiklund Alnö,\nAnne Strandlund Alnö, "
     "Lars-Erik Larsson Torp,   Anders Hammarberg Selånger,\nYvonne Uhlin Liden,  Karl-Ingvar Ångström Borgsjö, "
     "IT-kommittén,\nJan-Olof Engblom Attmar och   Inger Bylund Hässjö"), _MEDELPAD),
    (("Närvarande:  Margareta Johansson Indal,  Eva Niskanen Indal, Bengt Wiklund Alnö, IT-kommittén,\n"
     "Lars-Erik Larsson Torp,   Anders Hammarberg Selånger,  Yvonne Uhlin Liden,\nInger Bylund Hässjö"),
     ["Margareta Johansson", "Eva Niskanen", "Bengt Wiklund", "Lars-Erik Larsson", "Anders Hammarberg",
      "Yvonne Uhlin", "Inger Bylund"]),
    (("Närvarande:   Margareta Johansson Indal,    Bengt Wiklund Alnö,   Anne Strandlund Alnö,\n"
     "Lars-Erik Larsson Torp,     Anders Hammarberg Selånger"), ["Margareta Johansson", "Bengt Wiklund",
                                                              "Anne Strandlund", "Lars-Erik Larsson",
                                                              "Anders Hammarberg"]),
    (("Närvarande:   Eva Niskanen Indal,   Bengt Wiklund Alnö,   Lars-Erik Larsson Torp,\n"
     "Yvonne Uhlin Liden, Valberedningen,   Inger Bylund Hässjö"), ["Eva Niskanen", "Bengt Wiklund",
                                                             "Lars-Erik Larsson", "Yvonne Uhlin", "Inger Bylund"]),
    # look-alikes
    ("Närvarande:\nAnna Ek          Växjö kommun\nBo Berg          Alvesta kommun\nKarin Holm       Region Kronoberg",
     ["Anna Ek", "Bo Berg", "Karin Holm"]),
    ("Närvarande: Anna Ek, ordförande, Bo Berg, Karin Holm, Per Lund, Eva Sjö, kassör",
     ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sjö"]),
    ("Närvarande: Gun Råberg Kjellerstrand, Karin Strandberg Nöjd, Bo Berg, Anna Ek",
     ["Gun Råberg Kjellerstrand", "Karin Strandberg Nöjd", "Bo Berg", "Anna Ek"]),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_place_column_uneven_spaces(text: str, names: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL)[0] == names
