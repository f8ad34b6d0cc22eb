"""A minutes line naming the meeting's kind and then the organisation: "Protokoll fört vid Årsmöte för
Sågtäktens Bygdegårdsförening den 13 februari 2024." under a page title that names no body
("Årsmötesprotokoll 2024"). The body is the organisation with the kind ("Sågtäktens
Bygdegårdsförening, årsmöte") or with its board ("..., styrelsen"); a name without an organisation's
ending (a place: "i Stadshuset") or a kind that names no body ("möte") is not read so.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def body_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("Årsmötesprotokoll 2024\n\nProtokoll fört vid Årsmöte för Sågtäktens Bygdegårdsförening den 13 februari 2024.\n\n"
         "1. Mötets öppnande.\n"), "Sågtäktens Bygdegårdsförening, årsmöte"),
        ("Årsmötesprotokoll 2019\n\nProtokoll fört vid årsmöte i Ekeby Byalag 2019-03-10\n\n1. Mötets öppnande.\n",
         "Ekeby Byalag, årsmöte"),
        (("Styrelseprotokoll 7 mars\n\nProtokoll från styrelsemöte i Figeholms båtklubb den 7 mars 2023\n\n"
         "Närvarande:\n\nAnna Berg, Olle Ek\n"), "Figeholms båtklubb, styrelsen"),
    ],
)
def test_minutes_of_kind_for_organisation(head: str, body: str) -> None:
    assert body_of(head) == body


@pytest.mark.parametrize(
    ("head", "not_body"),
    [
        # a place, not an organisation
        ("Årsmötesprotokoll 2024\n\nProtokoll fört vid årsmöte i Stadshuset den 13 februari 2024.\n\n1. Öppnande.\n",
         "Stadshuset, årsmöte"),
        # "möte" names neither a kind nor a body
        (("Mötesprotokoll 2024\n\nProtokoll fört vid möte för Sågtäktens Bygdegårdsförening den 13 februari 2024.\n\n"
         "1. Öppnande.\n"), "Sågtäktens Bygdegårdsförening, möte"),
    ],
)
def test_no_body_from_place_or_bare_meeting(head: str, not_body: str) -> None:
    assert body_of(head) != not_body
