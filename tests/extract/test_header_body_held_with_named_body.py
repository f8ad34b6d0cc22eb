"""A short title naming the body by no body's word ("Protokoll konstituerade styrelsemöte SBF 2019-10-12") over the
sentence that names it in full after "med", the meeting word maybe after a word of its kind: "Protokoll fört vid
konstituerande styrelsemöte med Svenska Bridgeförbundets styrelse den 12 oktober 2019 på Scandic Grand Hotell i
Örebro." The full name is the body. Look-alikes: a name after "med" with no body's ending ("med Anna Ek den 3
maj"), a title that already names a body."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


_SENTENCE = "Protokoll fört vid konstituerande styrelsemöte med {name} den 12 oktober 2019 på Scandic Grand Hotell i Örebro."
_BELOW = "\n\nDeltagare: Martin Löfgren (MLÖ), Carl Ragnarsson (CRA).\n\n§1. Mötets öppnande\n"


@pytest.mark.parametrize(
    ("title", "name", "body"),
    [
        ("Protokoll konstituerade styrelsemöte SBF 2019-10-12", "Svenska Bridgeförbundets styrelse",
         "Svenska Bridgeförbundets styrelse"),
        # look-alikes
        ("Protokoll konstituerade styrelsemöte SBF 2019-10-12", "Anna Ek", "Konstituerade styrelsemöte SBF"),
        ("Protokoll Kulturnämnden 2019-10-12", "Svenska Bridgeförbundets styrelse", "Kulturnämnden"),
    ],
)
def test_held_with_named_body(title: str, name: str, body: str) -> None:
    assert _body(title + "\n\n" + _SENTENCE.format(name=name) + _BELOW) == body
