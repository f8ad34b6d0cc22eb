"""A present list whose lines open with their group's heading run in before the names ("Ur Styrelsen Eddie Uggla
Anders Abelius", "Fiskekontrollanter Claes T. Jonsson Nils Lilja", "Representant iFISKE Mikael Polstam"): the
heading is no part of the first name and no line of prose. Look-alikes: a line of names only, a given name first
("Anders Nilsson ..."), a line with commas read as its entries are."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "PROTOKOLL Sammanträde Roxen FVOF\n\nPLATS Ljungsbro\n\nTID 2012-05-07\n\nNÄRVARANDE\n\n"
TAIL = "\n\n 1. Förklarade ordförande mötet öppnat.\n\n 1. Genomgicks föregående mötes protokoll.\n"

CASES = [
    pytest.param("Ur Styrelsen Eddie Uggla Anders Abelius\n\nGöran Ingvald Anders Nilsson",
                 ["Eddie Uggla", "Anders Abelius", "Göran Ingvald", "Anders Nilsson"], id="from-the-board"),
    pytest.param("Göran Ingvald Anders Nilsson\n\nFiskekontrollanter Claes T. Jonsson Nils Lilja\n\nLeif Ånell",
                 ["Göran Ingvald", "Anders Nilsson", "Claes T. Jonsson", "Nils Lilja", "Leif Ånell"], id="plural-group"),
    pytest.param("Göran Ingvald Anders Nilsson\n\nRepresentant iFISKE Mikael Polstam",
                 ["Göran Ingvald", "Anders Nilsson", "Mikael Polstam"], id="representative-of"),
    pytest.param("Från förvaltningen Karin Berg Olle Strand\n\nGöran Ingvald Anders Nilsson",
                 ["Karin Berg", "Olle Strand", "Göran Ingvald", "Anders Nilsson"], id="from-the-administration"),
    # look-alikes: names only, a line with commas
    pytest.param("Eddie Uggla Anders Abelius\n\nGöran Ingvald Anders Nilsson",
                 ["Eddie Uggla", "Anders Abelius", "Göran Ingvald", "Anders Nilsson"], id="names-only"),
    pytest.param("Göran Ingvald, Anders Nilsson, Leif Ånell", ["Göran Ingvald", "Anders Nilsson", "Leif Ånell"],
                 id="comma-list"),
]


@pytest.mark.parametrize(("lists", "names"), CASES)
def test_group_heading_before_names(lists: str, names: list[str]) -> None:
    present = extract_text(minutes_from_text(HEAD + lists + TAIL)).meeting.present
    assert [p.name for p in present] == names
