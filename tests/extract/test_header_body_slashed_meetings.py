"""A title joining two meetings held at once with a slash ("Protokoll från styrelsemöte/konstituerande
styrelsemöte", "Årsmöte / konstituerande möte") names the body of the first. Look-alikes: a slash inside a body's
name ("Kultur/fritidsnämnden"), a slash before a clause that is no meeting ("möte/hur vi bestämmer nästa möte")."""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, first_of_slashed_meetings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("styrelsemöte/konstituerande styrelsemöte", "styrelsemöte"),
        ("Årsmöte / konstituerande möte", "Årsmöte"),
        ("Styrelsemöte/årsstämma", "Styrelsemöte"),
        ("Styrelsesammanträde/konstituerande sammanträde", "Styrelsesammanträde"),
        # look-alikes
        ("Kultur/fritidsnämnden", "Kultur/fritidsnämnden"),
        ("Styrelse/arbetsmöte", "Styrelse/arbetsmöte"),
        ("möte/hur vi bestämmer om nästa möte", "möte/hur vi bestämmer om nästa möte"),
    ],
)
def test_first_of_slashed_meetings(name: str, expected: str) -> None:
    assert first_of_slashed_meetings(name) == expected


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("styrelsemöte/konstituerande styrelsemöte", "Styrelsen"),
        ("Styrgruppsmöte/konstituerande möte", "Styrgruppen"),
    ],
)
def test_body_of_slashed_title(name: str, body: str) -> None:
    assert body_of_title(name) == body
