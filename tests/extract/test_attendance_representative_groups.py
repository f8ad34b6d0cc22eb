"""Groups of representatives as sub-headings inside a present list.

A present list of an association or school board goes on under sub-headings that name a group of representatives:
"Representanter personal:" / "Bosse Elftorp Ulrika Nittfors", "Föräldrarepresentanter:" / "Carina Henriksson,
klass 6A och 3B". The sub-heading is no person, and the names under it were present. Look-alikes: a sentence that
begins with "Representanter" without colon, a heading of an item, a person.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _is_group_subheading
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll fört vid föräldraföreningens styrelsemöte 2013-05-28\n\n"
_TAIL = "\n\n§1. Föregående mötesprotokoll gicks igenom och godkändes."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Representanter personal:", True),
        ("Representanter för föräldrarna:", True),
        ("Föräldrarepresentanter:", True),
        ("Elevrepresentanter", True),
        ("Personalombud:", True),
        ("Kommunens företrädare:", True),  # (the members' group, read before)
        # look-alikes
        ("Representanter från kommunen informerade", False),
        ("Representanter", False),
        ("Val av representanter:", False),
        ("Anna Ombud", False),
        ("Carina Henriksson, klass 6A och 3B", False),
    ],
)
def test_representatives_subheading(text: str, heading: bool) -> None:
    assert _is_group_subheading(text) is heading


def test_present_list_goes_on_under_representatives() -> None:
    text = ("Närvarande styrelsen och skola:\nGöran Jarhult  Viktoria Svensson    Kicki Bengtsson\n"
            "Cissi Meltzer Monica Sjöblom\n\nRepresentanter personal:\nBosse Elftorp Ulrika Nittfors\n\n"
            "Föräldrarepresentanter:\nCarina Henriksson, klass 6A och 3B")
    assert _lists(text)[0] == ["Göran Jarhult", "Viktoria Svensson", "Kicki Bengtsson", "Cissi Meltzer",
                               "Monica Sjöblom", "Bosse Elftorp", "Ulrika Nittfors", "Carina Henriksson"]


def test_representatives_in_a_sentence_end_nothing() -> None:
    text = "Närvarande: Anna Ek, Bo Berg\n\nRepresentanter från kommunen informerade om bygget."
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg"]
