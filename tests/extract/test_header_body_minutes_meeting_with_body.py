"""A head line that names the body only as the one met "med", after the document word and a meeting word: "sid
1(9) Vår referens / tel.nr Göran Jansson / Bo Persson / Styrgruppen Minnesanteckningar, möte med styrgruppen Dag:
Fredagen den 25 januari 2013". The body's definite word is the body ("Styrgruppen"). Look-alikes: a person met
("möte med Anna"), a meeting word with no document word before it (a sentence)."""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, header_end, minutes_of_meeting_with_body
from planner.extract.text import minutes_from_text

_TAIL = "\n\nPlats: Backagården, Stenskogen, Höör\n\nNärvarande: Annelie Johansson, Länsstyrelsen, ordförande\n"


def _body(line: str) -> str | None:
    parts = document_parts(minutes_from_text(line + _TAIL))
    found = minutes_of_meeting_with_body(parts, header_end(parts))
    return found.value if found else None


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (("sid 1(9) Vår referens / tel.nr Göran Jansson / Bo Persson / Styrgruppen Minnesanteckningar, möte med "
         "styrgruppen Dag: Fredagen den 25 januari 2013"), "Styrgruppen"),
        ("Protokoll från sammanträde med nämnden den 3 maj 2020", "Nämnden"),
        # look-alikes
        ("Minnesanteckningar, möte med Anna Ek den 3 maj 2020", None),
        ("Vi hade ett möte med styrgruppen den 3 maj 2020", None),
    ],
)
def test_minutes_of_meeting_with_body(line: str, body: str | None) -> None:
    assert _body(line) == body
