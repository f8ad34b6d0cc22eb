"""A general meeting's title giving its kind, its year, then the organisation ("Protokoll Årsstämman 2023
Vägföreningen", "Årsmöte 2019 Hembygdsföreningen"), and a stämma named before the organisation ("Årsstämma
Vägföreningen"): the organisation with the meeting's kind ("Vägföreningen, årsstämma"). Look-alikes: a kind and a
year alone, a bare "Stämma", a year after the name."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Årsstämman 2023 Vägföreningen", "Vägföreningen, årsstämma"),
        ("Årsstämma Vägföreningen", "Vägföreningen, årsstämma"),
        ("Årsmöte 2019 Hembygdsföreningen", "Hembygdsföreningen, årsmöte"),
        ("Årsmötet 2019 Sörbo Byalag", "Sörbo Byalag, årsmöte"),
        ("Föreningsstämma 2020 Brf Eken", "Brf Eken, föreningsstämma"),
        # look-alikes
        ("Årsmöte 2019", "Årsmöte 2019"),
        ("Stämma Brf Eken", "Stämma Brf Eken"),
    ],
)
def test_body_of_general_meeting_title(name: str, body: str) -> None:
    assert body_of_title(name) == body


def test_title_line_with_year() -> None:
    text = ("Protokoll Årsstämman 2023 Vägföreningen\nPlats, Lainio kapell 230501 kl 14.00\n"
            "Ordförande Ulf Henricson, Sekreterare Lars Karlsson.\nÄrenden som behandlats:\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Vägföreningen, årsstämma"
