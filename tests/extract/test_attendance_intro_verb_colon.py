"""A sentence under a bare present label that ends in a verb of taking part and a colon introduces the names on
the next line: "Närvarande" / "Från styrelsen i Näsby Fastighetsägareförening deltog:" / "Adam Björnstjerna, ...".
Before, the sentence ended the list and no one was read as present.

Look-alikes: a line ending in another word and a colon is no such introduction ("Ärende:"), nor the verb alone
("deltog:"), nor a verb that does not end the line ("Anna Ek deltog i mötet").
"""

from __future__ import annotations

import pytest

from planner.extract import attendance as a
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll - Öppet styrelsemöte den 31 mars 2015\nLokal: Restaurang Eskader\n"
_TAIL = "§ 1\nMötesledare och protokoll\nMårten Langdén utsågs att leda mötet.\n§ 2\nJustering\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande\nFrån styrelsen i Näsby Fastighetsägareförening deltog:\n"
          "Adam Björnstjerna, Hans Enflo, Mårten Langdén, Tommy Thoweman, Patrik Ernby\n"),
         ["Adam Björnstjerna", "Hans Enflo", "Mårten Langdén", "Tommy Thoweman", "Patrik Ernby"]),
        ("Närvarande\nVid årsmötet närvarade:\nAnna Ek, Bo Berg, Cia Holm\n", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Närvarande\nFrån kommunen medverkade:\nAnna Ek\nBo Berg\n", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_intro_sentence_ending_in_verb_and_colon(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, [])


@pytest.mark.parametrize(
    ("line", "intro"),
    [
        ("Från styrelsen i Näsby Fastighetsägareförening deltog:", True),
        ("Vid årsmötet närvarade:", True),
        ("Från kommunen medverkade:", True),
        # look-alikes
        ("Ärende:", False),
        ("deltog:", False),
        ("Anna Ek deltog i mötet", False),
        ("Från styrelsen i föreningen:", False),
    ],
)
def test_is_present_intro(line: str, intro: bool) -> None:
    assert a._is_present_intro(line) is intro
