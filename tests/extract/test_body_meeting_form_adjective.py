"""A title whose meeting word has a word of the meeting's form before it ("Öppet styrelsemöte",
"Extrainsatt styrelsemöte", "Digitalt rådsmöte"): the form describes the meeting, and the body is the
one the meeting word names ("Styrelsen"), not "Öppet styrelse". A general meeting's kind keeps its form
("Ordinarie föreningsstämma", "Extra årsmöte"), and a bare meeting word names no body."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("title", "body"), [
    ("Öppet styrelsemöte", "Styrelsen"),
    ("Extrainsatt styrelsemöte", "Styrelsen"),
    ("Digitalt rådsmöte", "Rådet"),
    ("Konstituerande styrelsesammanträde", "Styrelsen"),
    # look-alikes: kept as they were
    ("Ordinarie föreningsstämma", "Ordinarie föreningsstämma"),
    ("Extra årsmöte", "Extra årsmöte"),
    ("Öppet möte", "Öppet möte"),
    ("Öppet hus", "Öppet hus"),
])
def test_form_word_before_meeting_word(title: str, body: str) -> None:
    assert body_of_title(title) == body


def test_open_board_meeting_minutes() -> None:
    text = ("Protokoll - Öppet styrelsemöte den 31 mars 2015\nLokal: Restaurang Eskader, Näsbyparks centrum\n"
            "Närvarande\nAdam Björnstjerna, Hans Enflo, Mårten Langdén\n§ 1\nMötesledare och protokoll\n"
            "Mårten Langdén utsågs att leda mötet.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.body == "Styrelsen"
