"""A title in capitals naming a meeting word, then an organisation ("PROTOKOLL FRÅN STYRGRUPPSMÖTE ENERGIINTELLIGENT
DALARNA", "ÅRSMÖTE HÖRNEÅ BYGDEGÅRDSFÖRENING") reads as the same title written with capitals for its name: the
organisation's body or meeting ("Energiintelligent Dalarna, styrgruppen"). Look-alikes: a capitals title the lower-case
words already read ("STYRELSEMÖTE FÖR ENERGI DALARNA"), a body's own name, a date or a document word after the
meeting word."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_capitals_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("STYRGRUPPSMÖTE ENERGIINTELLIGENT DALARNA", "Energiintelligent Dalarna, styrgruppen"),
        ("ÅRSMÖTE HÖRNEÅ BYGDEGÅRDSFÖRENING", "Hörneå Bygdegårdsförening, årsmöte"),
        ("STYRELSEMÖTE ÄSO SKAGERN", "Äso Skagern, styrelsen"),
        # look-alikes
        ("STYRELSEMÖTE FÖR ENERGI DALARNA", None),
        ("KOMMUNALA PENSIONÄRSRÅDET", None),
        ("STYRELSEMÖTE KOMMUNSTYRELSEN", None),
        ("STYRELSEMÖTE DEN 3 MAJ", None),
        ("STYRELSEMÖTE PROTOKOLL", None),
    ],
)
def test_body_of_capitals_title(title: str, body: str | None) -> None:
    assert body_of_capitals_title(title) == body


def test_flattened_capitals_title() -> None:
    text = ("1 PROTOKOLL 1 (6) PROTOKOLL FRÅN STYRGRUPPSMÖTE ENERGIINTELLIGENT DALARNA Tisdag den 3 juni 2008, kl. 13: "
            "Dalarummet Länsstyrelsen Dalarna, Falun Närvarande: Maria Norrfalk (Ordförande), Christer Sjölin\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Energiintelligent Dalarna, styrgruppen"
