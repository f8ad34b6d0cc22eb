"""A general meeting named "-stämma" after the organisation's genitive, as "-möte" is: "Protokoll från Kooperativa
Vänners föreningsstämma den 28 maj 2020" gives "Kooperativa Vänner, föreningsstämma", as "Klostergårdens byalags
årsmöte" gives "Klostergårdens byalag, årsmöte". Look-alikes: a title without the genitive, a kind that is no
general meeting's, a board's meeting (kept in the genitive)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\n§1 Föreningsstämman öppnas\n\nOrdförande Anders Engström hälsade alla välkomna och öppnade stämman\n\n"
         "§2 Kallelse till stämman\n\nStämman beslutade att kallelse skett i stadgeenlig ordning\n")


def _body(title: str) -> str | None:
    return extract_meeting(minutes_from_text(title + _TAIL))[0].body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll från Kooperativa Vänners föreningsstämma den 28 maj 2020", "Kooperativa Vänner, föreningsstämma"),
        ("Protokoll från Långvikens vägsamfällighets årsstämma den 28 maj 2020", "Långvikens vägsamfällighet, årsstämma"),
        ("Protokoll från Kooperativa Vänners extra föreningsstämma den 28 maj 2020",
         "Kooperativa Vänner, extra föreningsstämma"),
        # look-alikes: the board's meeting stays in the genitive; no genitive
        ("Protokoll från Kooperativa Vänners styrelsemöte den 28 maj 2020", "Kooperativa Vänners styrelse"),
        ("Protokoll från föreningsstämma med Kooperativa Vänner den 28 maj 2020", "Kooperativa Vänner, föreningsstämma"),
    ],
)
def test_genitive_general_meeting(title: str, body: str) -> None:
    assert _body(title) == body
