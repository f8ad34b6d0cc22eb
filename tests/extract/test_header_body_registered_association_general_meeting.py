"""A title sentence naming a Finland-Swedish registered association's general meeting, "Protokoll fört vid
Årsmötet för Östersocknens Byalag r.f.": the body is the association with its "r.f." mark and the meeting's
kind, "Östersocknens Byalag r.f., årsmöte", as for other associations ("Årsmöte för Sågtäktens
Bygdegårdsförening" -> "Sågtäktens Bygdegårdsförening, årsmöte"). The definite kind ("Årsmötet",
"Årsstämman") is read as the bare one. Look-alikes: an abbreviation's full stop that closes a sentence
still ends the title; a name with no organisation's ending is no general meeting's organisation."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, minutes_kept_at, organisation_of_general_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("line", "name"), [
    ("Protokoll fört vid Årsmötet för Östersocknens Byalag r.f.", "Årsmötet för Östersocknens Byalag r.f."),
    ("Protokoll fört vid årsmöte för Sandby Ungdomsförening rf. Plats: Bystugan", "årsmöte för Sandby Ungdomsförening rf."),
    ("Protokoll fört vid styrelsemöte med Byalaget. Närvarande: Bo Ek", "Byalaget"),
])
def test_title_keeps_the_registered_mark(line: str, name: str) -> None:
    found = minutes_kept_at(line)
    assert found is not None and found.value == name


@pytest.mark.parametrize(("value", "body"), [
    ("Årsmötet för Östersocknens Byalag r.f.", "Östersocknens Byalag r.f., årsmöte"),
    ("Årsstämman för Strandens vägsamfällighet rf", "Strandens vägsamfällighet rf, årsstämma"),
    ("Årsmöte för Sågtäktens Bygdegårdsförening", "Sågtäktens Bygdegårdsförening, årsmöte"),
])
def test_general_meeting_of_an_association(value: str, body: str) -> None:
    found = organisation_of_general_meeting(Found(value, 0, len(value)))
    assert found is not None and found.value == body


@pytest.mark.parametrize("value", [
    "Årsmötet för Anders Berg r.f.",  # no organisation's ending
    "Årsmötet den 4 april",  # no organisation
    "Årsmöten för Östersocknens Byalag",  # plural: no one meeting
])
def test_look_alikes_give_no_association(value: str) -> None:
    assert organisation_of_general_meeting(Found(value, 0, len(value))) is None


def test_village_association_head() -> None:
    text = ("Protokoll fört vid Årsmötet för Östersocknens Byalag r.f.\n\n"
            "Plats och tid: Bystugan i Sanda den 4 april 2015, kl 13.00\n\nNärvarande 26 medlemmar\n\n§1\n\n"
            "Ordf. hälsade de närvarande välkomna och öppnade mötet.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.body == "Östersocknens Byalag r.f., årsmöte"
