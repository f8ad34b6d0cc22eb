"""A title whose club name was lost in the text's extraction leaves its genitive ending before the body: "Protokoll
från möte med 's huvudstyrelse den 23 september 2013". The body is the word after it, in its definite form
("Huvudstyrelsen"). Look-alikes: a genitive with its owner ("Klubbens styrelse"), a word after the ending that
names no body ("'s årsmöte")."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, body_of_orphan_genitive, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("'s huvudstyrelse", "Huvudstyrelsen"),
        ("’s styrelse", "Styrelsen"),
        (":s arbetsutskott", "Arbetsutskottet"),
        ("'s valberedning", "Valberedningen"),
        # look-alikes
        ("Klubbens styrelse", None),
        ("'s årsmöte", None),
        ("'s", None),
    ],
)
def test_body_of_orphan_genitive(name: str, expected: str | None) -> None:
    found = body_of_orphan_genitive(Found(name, 0, len(name)))
    assert (found.value if found else None) == expected


def test_title_with_lost_club_name() -> None:
    text = ("1(5) Protokoll från möte med 's huvudstyrelse den 23 september 2013 kl. 19.00 i klubbstugan "
            "Närvarande: Eklöf, Karlsson Lönnö, Thomas Lundberg\n\n1. Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Huvudstyrelsen"
