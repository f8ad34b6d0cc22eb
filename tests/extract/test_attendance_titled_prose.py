"""A sentence naming who was there with each one's title before the name ("Närvarande vid mötet var rektor Susanne
Sjölund, lärare Katarina Henriksson, SYV Thomas Lilja samt föräldrarepresentant Katarina Bauer."), as parents'
councils and small working groups write it, perhaps wrapped onto a second line after a comma. A title is known by
its ending ("lärare", "föräldrarepresentant") or written as an acronym ("SYV"); a piece that is no title and name
(a sentence going on, a party letter) is not read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Minnesanteckningar 2022-10-12\n\nFredrika skola 2022-10-12 kl. 18:00.\n\n",
                 tail="\n\n 1. Susanne hälsar välkomna och förklarar mötet öppnat.\n 2. Övriga frågor.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande vid mötet var rektor Susanne Sjölund, lärare Katarina Henriksson, \n"
          "SYV Thomas Lilja samt föräldrarepresentant Katarina Bauer."),
         ["Susanne Sjölund", "Katarina Henriksson", "Thomas Lilja", "Katarina Bauer"]),
        ("Närvarande var förskolechef Emmy Borger, förskollärare Lena Ek och fritidsledare Bo Berg.",
         ["Emmy Borger", "Lena Ek", "Bo Berg"]),
        ("Närvarande var ordinarie ledamöter Anna Ek, Bo Berg och sekreterare Cia Holm.",
         ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alikes: words that are no title before the names
        ("Närvarande var bland andra Anna Ek och Bo Berg.", []),
        ("Närvarande var igen Anna Ek, Bo Berg och Cia Holm.", []),
        ("Närvarande var rektor Anna Ek, lärare Bo Berg och sedan Cia Holm.", []),
    ],
)
def test_titled_prose_attendance(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
