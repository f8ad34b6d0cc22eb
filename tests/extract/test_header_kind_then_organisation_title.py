"""A title naming the kind of meeting or minutes first and then the organisation ("Styrelsemöte med Hult Östra
Älgskötselområde", "Årsmötesprotokoll för Delsjökolonien", "ROTOKOLL STYRELSEMÖTE LÖVSTA KOLONITRÄDGÅRDSFÖRENING"
with its first letter lost) gives "<organisation>, <kind>"; a capitals title hyphenated over two lines
("STÄMMA I BJÖRSKOGS VILTVÅRDSOM-" / "RÅDESFÖRENING DEN 14 MAJ 2007.") is joined. Look-alikes: a place after
the kind, a bare kind."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, organisation_of_kind_title
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("title", "body"), [
    ("Styrelsemöte med Hult Östra Älgskötselområde", "Hult Östra Älgskötselområde, styrelsen"),
    ("Årsmötesprotokoll för Delsjökolonien", "Delsjökolonien, årsmöte"),
    ("Rotokoll styrelsemöte lövsta koloniträdgårdsförening", "Lövsta koloniträdgårdsförening, styrelsen"),
    ("Protokoll styrelsemöte Sjöbo båtklubb", "Sjöbo båtklubb, styrelsen"),
    ("Stämma i björskogs viltvårdsområdesförening", "Björskogs viltvårdsområdesförening, stämma"),
    ("Styrelseprotokoll för Ekbackens samfällighet", "Ekbackens samfällighet, styrelsen"),
    ("Stämmoprotokoll Östra Ryds vägförening, 2019", "Östra Ryds vägförening, stämma"),
])
def test_kind_then_organisation(title: str, body: str) -> None:
    found = organisation_of_kind_title(Found(title, 0, len(title)))
    assert found is not None and found.value == body


@pytest.mark.parametrize("title", [
    "Styrelsemöte i Kommunhuset",  # a place
    "Styrelsemöte",
    "Årsmöte 2019",
    "Styrelsemöte med beslutsrätt",
    "Protokoll fört vid styrelsemöte med kommunstyrelsen",  # a body, no organisation's name
])
def test_no_organisation_after_kind(title: str) -> None:
    assert organisation_of_kind_title(Found(title, 0, len(title))) is None


def body_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


def test_capitals_title_hyphenated_over_two_lines() -> None:
    text = ("STÄMMA I BJÖRSKOGS VILTVÅRDSOM-\nRÅDESFÖRENING DEN 14 MAJ 2007.\n(Avskrift från protokollsboken)\n1.\n"
            "Stämman öppnades.\n2.\nFöreslagen dagordning godkändes.\n")
    assert body_of(text) == "Björskogs viltvårdsområdesförening, stämma"


def test_capitals_title_and_lower_line_below_are_not_joined() -> None:
    text = "PROTOKOLL ÅRSMÖTE NORD-\nSyd är nästa punkt\n2019-03-02\n\n§ 1 Mötet öppnas\n"
    assert body_of(text) != "Årsmöte nordsyd är nästa punkt"
