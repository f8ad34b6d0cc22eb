"""A title giving the meeting's kind under a label ("Art: Styrelsemöte", "Mötestyp: Styrelsemöte"): the body the
meeting word names ("Styrelsen"), not the label. A meeting "med styrelsen" then an organisation's name
("Sammanträde med styrelsen Estuna Bygdegårdsförening"): that organisation's board."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("title", "body"), [
    ("Art: Styrelsemöte", "Styrelsen"),
    ("Mötestyp: Styrelsemöte", "Styrelsen"),
    ("Typ av möte: Styrgruppsmöte", "Styrgruppen"),
    ("Sammanträde med styrelsen Estuna Bygdegårdsförening", "Estuna Bygdegårdsförening, styrelsen"),
    ("Möte med styrelsen Gagnefsbyns Byförening", "Gagnefsbyns Byförening, styrelsen"),
    # look-alikes: no meeting word after the label; a place after the board; the board "för" an organisation
    ("Art: Ordinarie", "Art: Ordinarie"),
    ("Sammanträde med styrelsen Stadshuset", "Sammanträde med styrelsen Stadshuset"),
    ("Möte med styrelsen för Göta älvs vattenvårdsförbund", "Styrelsen för Göta älvs vattenvårdsförbund"),
])
def test_body_of_kind_label_and_board_of(title: str, body: str) -> None:
    assert body_of_title(title) == body


def test_kind_label_minutes() -> None:
    text = ("Protokoll\n\n\nArt: Styrelsemöte\nDatum: 2016-09-07\nTid: 09:00 – 12:30\nPlats: Brukarhuset, Örebro\n\n"
            "Närvarande:\nOve Nilsson, ordförande\nRoger Alexandersson\n\n§51 Mötets öppnande.\n"
            "Ordförande Ove Nilsson hälsade alla varmt välkomna och öppnade möte.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.body == "Styrelsen"
