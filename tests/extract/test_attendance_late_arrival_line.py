"""Under a list of the present a line may name who came later, the hour or paragraph first: "från 18:30
Viktor Enberg.", "Från kl. 19.15 Eva Ek och Bo Berg", "efter § 4 Bo Berg". The names after the note are
present. A line of the same shape that names no person ("från 18:30 styrelsen i övrigt") adds no one.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Styrelsemötesprotokoll 2019-01-10\n\n"
_TAIL = "\n\n1. Ordförande Rabbe Ståhlberg öppnade mötet kl. 18:10."
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)
_FIRST = "Närvarande:   Rabbe Ståhlberg, Tommy Öberg, Tage Ekberg och Alf Wendelin,\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (_FIRST + "\nfrån 18:30 Viktor Enberg.\n\n \n\n§\n",
         ["Rabbe Ståhlberg", "Tommy Öberg", "Tage Ekberg", "Alf Wendelin", "Viktor Enberg"]),
        ("Närvarande:   Rabbe Ståhlberg, Tommy Öberg,\nfrån kl. 19.15 Eva Ek och Bo Berg",
         ["Rabbe Ståhlberg", "Tommy Öberg", "Eva Ek", "Bo Berg"]),
        ("Närvarande:   Rabbe Ståhlberg, Tommy Öberg,\nefter § 4 Bo Berg.", ["Rabbe Ståhlberg", "Tommy Öberg", "Bo Berg"]),
        # look-alikes: no person after the note
        ("Närvarande:   Rabbe Ståhlberg, Tommy Öberg,\nfrån 18:30 styrelsen i övrigt", ["Rabbe Ståhlberg", "Tommy Öberg"]),
        ("Närvarande:   Rabbe Ståhlberg, Tommy Öberg,\nfrån 18:30 i klubbens lokal", ["Rabbe Ståhlberg", "Tommy Öberg"]),
    ],
)
def test_late_arrival_line(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
