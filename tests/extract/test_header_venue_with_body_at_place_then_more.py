"""A title sentence of a meeting held "med" its body "på" a place, the sentence going on after the place: a
date ("Protokoll från årsmötet med Gotlands Guideförening på Joda Bar i Visby 17 februari 2024.") or a
sentence of its own ("Sammanträde med styrelsen på: Pepparvägen 9B, Hökarängen. Tisdagen den 15 Februari
2011 ..."). The place up to the date or the full stop is the venue, street numbers and all; "på:" is no part
of the body (planner.extract.header). Look-alikes: a platform after "på" ("på Teams"), a place that is an
association's name ("på Roslagens Båtförening"), a place in lower case ("på distans")."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, body_before_venue, extract_meeting
from planner.extract.text import minutes_from_text

_BELOW = "\n\nNärvarande: Anna Ek, Per Lind\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n"


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Protokoll från årsmötet med Gotlands Guideförening på Joda Bar i Visby 17 februari 2024.",
         "Joda Bar i Visby"),
        ("Sammanträde med styrelsen på: Pepparvägen 9B, Hökarängen. Tisdagen den 15 februari 2011 kl 18:00",
         "Pepparvägen 9B, Hökarängen"),
        ("Protokoll fört vid styrelsemöte med Gnesta Båtklubb på Klubbhuset, Frösjön, den 3 mars 2019",
         "Klubbhuset, Frösjön"),
        ("Protokoll från medlemsmöte med Norra Föreningen på Märthas Café lördagen den 9 mars 2019.",
         "Märthas Café"),
        ("Möte med Bygdegårdsföreningen på Folkets hus 2019-03-09 kl 19.00", "Folkets hus"),
        # look-alikes
        ("Protokoll från årsmötet med Gotlands Guideförening på Teams 17 februari 2024.", None),
        ("Protokoll från styrelsemöte med Ungdomsrådet på Roslagens Båtförening 9 mars 2019.", None),
        ("Möte med styrelsen på Zoom den 3 mars 2021.", None),
        ("Protokoll från årsmötet med Gotlands Guideförening på distans 17 februari 2024.", None),
    ],
)
def test_venue_of_title_sentence_with_body_at_place(title: str, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(title + _BELOW))[0]
    assert meeting.venue == venue


def test_place_label_colon_is_no_part_of_the_body() -> None:
    meeting = extract_meeting(minutes_from_text(
        "Sammanträde med styrelsen på: Pepparvägen 9B, Hökarängen. Tisdagen den 15 februari 2011" + _BELOW))[0]
    assert meeting.body == "Styrelsen"


@pytest.mark.parametrize(
    ("body", "venue", "expected"),
    [
        ("Styrelsen på: Pepparvägen 9B, Hökarängen", "Pepparvägen 9B, Hökarängen", "Styrelsen"),
        ("Styrelsen på Pepparvägen 9B", "Pepparvägen 9B", "Styrelsen"),
        ("Styrelsen: Pepparvägen 9B", "Pepparvägen 9B", None),  # no "på" before it
    ],
)
def test_body_before_venue_after_colon(body: str, venue: str, expected: str | None) -> None:
    got = body_before_venue(Found(body, 0, len(body)), venue)
    assert (got.value if got else None) == expected
