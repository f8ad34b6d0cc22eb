"""A title naming the body and then the kind of minutes as one compound with "protokoll": "Vilshärads Vägförening
årsmötesprotokoll 2015-03-30", "D-SEKTIONEN, STYRELSEMÖTESPROTOKOLL 950912". The compound is read as its kind of
meeting ("årsmöte", "styrelsemöte"), not kept as a word of the name. Look-alikes: the document word alone
("Kommunstyrelsens protokoll": no kind read from it; the body's genitive before its record names the body, see
test_header_weekday_line_and_genitive_record.py), a compound of no meeting's kind ("Dagsprotokoll")."""

from __future__ import annotations

import pytest

from planner.extract.header import minutes_kind_word, title_body


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("årsmötesprotokoll", "årsmöte"),
        ("styrelsemötesprotokoll", "styrelsemöte"),
        ("stämmoprotokoll", "stämma"),
        ("styrelseprotokoll", "styrelse"),
        # look-alikes
        ("protokoll", None),
        ("Dagsprotokoll", None),
        ("dagsprotokoll", None),
    ],
)
def test_minutes_kind_word(word: str, kind: str | None) -> None:
    assert minutes_kind_word(word) == kind


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Vilshärads Vägförening årsmötesprotokoll", "Vilshärads Vägförening årsmöte"),
        ("Kommunstyrelsens protokoll", "Kommunstyrelsen"),
    ],
)
def test_body_of_kind_minutes_title(name: str, body: str) -> None:
    assert title_body(name) == body
