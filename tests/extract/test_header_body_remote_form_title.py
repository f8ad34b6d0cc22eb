"""How the meeting was held may open its title: "Digitalt styrelsemöte", "Protokoll DIGITALT- ZOOM STYRELSEMÖTE
4 MAJ 2021 KL 19.00", "Teams-styrelsemöte". The body is what the rest of the title names ("Styrelsen"), not the
platform. Look-alikes: a rest that names no body ("Digitalt årsmöte", "Digitalt möte" stay as written), a name
that merely opens with the letters ("Webbredaktionen", "Videogruppens möte")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, title_body
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Digitalt styrelsemöte", "Styrelsen"),
        ("DIGITALT- ZOOM STYRELSEMÖTE", "Styrelsen"),
        ("Teams-styrelsemöte", "Styrelsen"),
        ("Telefon styrelsemöte", "Styrelsen"),
        # look-alikes
        ("Digitalt årsmöte", "Digitalt årsmöte"),
        ("Digitalt möte", "Digitalt möte"),
        ("Webbredaktionen", "Webbredaktionen"),
        ("Videogruppens möte", "Videogruppen"),
    ],
)
def test_body_of_remote_form_title(name: str, body: str) -> None:
    assert title_body(name) == body


def test_platform_title_in_minutes() -> None:
    text = ("Här samlar vi fortlöpande protokoll från styrelse- och kommittémöten.\n\n"
            "Protokoll DIGITALT- ZOOM STYRELSEMÖTE 4 MAJ 2021 KL 19.00\n"
            "Kallade: Styrelsen och kommunikatör Bengt Tufvesson.\n"
            "Närvarande: Kurt Månsson, Anders Pedersen, Rolf Hansson.\n\n 1. Mötet öppnas.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.body, meeting.online) == ("Styrelsen", "Zoom")
