"""A council's list of those specially invited ("Särskilt inbjudna:", "Inbjudna gäster:", "Inbjudna
tjänstepersoner:") under its present and absent lists names people present at the meeting. Look-alikes: prose
about invited guests, a list of invited guests for a later meeting in an item."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Minnesanteckningar från primärvårdssamrådet den 12 mars 2015\nNärvarande:\nBo Björklund\nEva Friberg\n"
        "Frånvarande:\nKenneth Andersson\n")
TAIL = "Anna-Karin hälsade alla välkomna.\n1. Behovsanalys om spelberoende\nClaudia Hach arbetar med en analys.\n"

CASES = [
    pytest.param("Särskilt inbjudna:\nStina Öberg\nClaudia Hach\n", ["Bo Björklund", "Eva Friberg", "Stina Öberg",
                                                                    "Claudia Hach"], id="specially-invited"),
    pytest.param("Särskilt inbjuden:\nStina Öberg\n", ["Bo Björklund", "Eva Friberg", "Stina Öberg"], id="one-invited"),
    pytest.param("Inbjudna gäster:\nStina Öberg, Region Uppsala\nClaudia Hach, ledningsstaben\n",
                 ["Bo Björklund", "Eva Friberg", "Stina Öberg", "Claudia Hach"], id="invited-guests"),
    pytest.param("Inbjudna tjänstepersoner:\nStina Öberg\nClaudia Hach\n",
                 ["Bo Björklund", "Eva Friberg", "Stina Öberg", "Claudia Hach"], id="invited-officials"),
    # look-alikes: prose about the invited, invited to a later meeting inside an item
    pytest.param("Särskilt inbjudna gäster kommer att bjudas in till höstens möte av ordföranden.\n",
                 ["Bo Björklund", "Eva Friberg"], id="prose"),
]


@pytest.mark.parametrize(("lists", "present"), CASES)
def test_specially_invited_are_present(lists: str, present: list[str]) -> None:
    meeting = extract_text(minutes_from_text(HEAD + lists + TAIL)).meeting
    assert [p.name for p in meeting.present] == present
    assert [p.name for p in meeting.absent] == ["Kenneth Andersson"]


def test_invited_to_a_later_meeting_in_an_item_are_not_listed() -> None:
    text = HEAD + "Särskilt inbjudna:\nStina Öberg\n" + TAIL + "2. Nästa möte\nTill nästa möte bjuds Per Holm in.\n"
    assert [p.name for p in extract_text(minutes_from_text(text)).meeting.present] == [
        "Bo Björklund", "Eva Friberg", "Stina Öberg"]
