"""A note in parentheses after a name, before the entry's comma: "Eva Alteborg (delvis), Bertil Axelsson, ...".

In a long flattened run of "Name (P)" and "Name," entries, a lower-case note in parentheses ("(delvis)",
"(ej § 5)", "(från kl 10)") stood between a name and its comma, so the name was not seen as an entry: it was
glued to the one before ("Martina Gustafsson Eva Alteborg") or dropped. Such a note now closes the name like
a comma or a party; and between two "Name (P)," entries a name with such a note is a person, not the place
of the entry before ("Bertil Axelsson (M), Kerstin Bengtsson (delvis), Kjell Grahn (V)"). Look-alike: a note
inside a sentence gives no names.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Landstingsstyrelsen\nTid Tisdagen den 1 februari 2011, kl 09.00-12.30\n\n"
_TAIL = "\n\n§ 1 Val av justerare\n"
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)

_LEAD = (
    "Närvarande: Suzanne Frank (M), ordf. Anna Fransson (S), andra vice ordf. Göran Giselsson (M) "
    "Pernilla Sjöberg (M) Ingemar Swalander (M) Carina Ek (V), "
)
_LEAD_NAMES = ["Suzanne Frank", "Anna Fransson", "Göran Giselsson", "Pernilla Sjöberg", "Ingemar Swalander"]


@pytest.mark.parametrize(
    ("run", "names"),
    [
        (
            (
                "Martina Gustafsson (S) Eva Alteborg (delvis), Bertil Axelsson, Kerstin Bengtsson (delvis), "
                "Kjell Grahn, Annika Hallqvist, Marie Jadner (delvis), Gunilla Johansson"
            ),
            [
                "Carina Ek",
                "Martina Gustafsson",
                "Eva Alteborg",
                "Bertil Axelsson",
                "Kerstin Bengtsson",
                "Kjell Grahn",
                "Annika Hallqvist",
                "Marie Jadner",
                "Gunilla Johansson",
            ],
        ),
        (
            (
                "Martina Gustafsson (S) Eva Alteborg (ej § 5), Bertil Axelsson, Kerstin Bengtsson (från kl 10), "
                "Kjell Grahn, Annika Hallqvist"
            ),
            [
                "Carina Ek",
                "Martina Gustafsson",
                "Eva Alteborg",
                "Bertil Axelsson",
                "Kerstin Bengtsson",
                "Kjell Grahn",
                "Annika Hallqvist",
            ],
        ),
    ],
)
def test_a_note_in_parentheses_closes_the_name(run: str, names: list[str]) -> None:
    assert _lists(_LEAD + run)[0] == _LEAD_NAMES + names


def test_a_noted_name_between_party_entries_is_no_place() -> None:
    text = "Närvarande: Eva Alteborg (S), Bertil Axelsson (M), Kerstin Bengtsson (delvis), Kjell Grahn (V)"
    meeting_names = _lists(text)[0]
    assert meeting_names == ["Eva Alteborg", "Bertil Axelsson", "Kerstin Bengtsson", "Kjell Grahn"]


def test_a_note_in_a_sentence_gives_no_names() -> None:
    text = "Mötet diskuterade budgeten (delvis), och ordföranden sammanfattade, med stöd av kansliet, läget."
    assert _lists(text) == ([], [])
