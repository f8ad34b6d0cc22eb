"""A title naming the kind of meeting, then the association it was held with ("Protokoll fört vid
styrelsemöte med Kronobergs Pistolskyttekrets 2008-01-17"), perhaps with the association's abbreviation
in brackets and the place after "i" / "på" (`header.association_and_place_of_kind_title`): the body is
"<association>, <kind>" and the place the venue. A name that is no association's (another body, a
place, a person) leaves the body as it was read."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, association_and_place_of_kind_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("title", "body", "place"), [
    # real titles (read up to the date)
    ("Styrelsemöte med Kronobergs Pistolskyttekrets", "Kronobergs Pistolskyttekrets, styrelsen", None),
    (("Styrelsesammanträde med Skärgårdens Intresseföreningars Kontaktorganisation (SIKO) i Skärgårdsstiftelsens "
      "lokaler"), "Skärgårdens Intresseföreningars Kontaktorganisation (SIKO), styrelsen", "Skärgårdsstiftelsens lokaler"),
    (("Ordinarie föreningsstämma med Svinninge Tomtägareförening på Skåvsjöholms Konferensgård, Åkersberga"),
     "Svinninge Tomtägareförening, ordinarie föreningsstämma", "Skåvsjöholms Konferensgård, Åkersberga"),
    ("Årsmöte för Smedby Koloniförening", "Smedby Koloniförening, årsmöte", None),
    ("Styrelsemötet med Springets Båtförening i klubbhuset.", None, None),  # lower-case place: no title of this kind
    ("Styrelsemöte med Springets Båtförening i Klubbhuset.", "Springets Båtförening, styrelsen", "Klubbhuset"),
])
def test_kind_title_names_association(title: str, body: str | None, place: str | None) -> None:
    found = association_and_place_of_kind_title(Found(title, 0, len(title)))
    if body is None:
        assert found is None
        return
    assert found is not None
    assert found[0].value == body
    assert (found[1].value if found[1] else None) == place


@pytest.mark.parametrize("title", [
    "Styrelsemöte med valberedningen",  # a meeting with another body
    "Styrelsemöte i Stadshuset",  # a place
    "Medlemsmöte med Anna Ek i Borås",  # a guest
    "Styrelsemöte med Kommunstyrelsens presidium",  # another body
    "Årsmöte för Verksamhetsåret",  # no association's name
])
def test_look_alikes_name_no_association(title: str) -> None:
    assert association_and_place_of_kind_title(Found(title, 0, len(title))) is None


def test_minutes_of_board_meeting_with_association_and_place() -> None:
    text = ("Protokoll fört vid styrelsesammanträde med Skärgårdens Intresseföreningars Kontaktorganisation (SIKO) i "
            "Skärgårdsstiftelsens lokaler 24 januari 2007 kl. 10.15 14.00 Närvarande: Sune Fogelström Ordförande "
            "Barbro Nordstedt 1. Sune Fogelström, ordf, hälsar välkommen. 2. Dagordningen godkändes.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.body == "Skärgårdens Intresseföreningars Kontaktorganisation (SIKO), styrelsen"
    assert meeting.venue == "Skärgårdsstiftelsens lokaler"
    assert meeting.date == "2007-01-24"
