"""A place and the town it lies in, written "Place i Town" before the date or after a trip's "till": "Årsmöte
hålls på Folkets hus i Ljusne fredag den 3/3", "Nästa styrelsemöte blir i Anjougården i Skene lördagen 19/10",
"bussutflykt till Verla bruk i Jaala". The venue is the place in its town, not the town alone.

Look-alikes: a person before the town ("till Anna i Lund"), a month written capitalised, a thing sent, not a
trip ("sänts till Kansliets adress i Malmö")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Årsmöte hålls på Folkets hus i Ljusne fredag den 3/3 kl 19.00.", "Folkets hus i Ljusne"),
        ("Nästa styrelsemöte blir i Anjougården i Skene lördagen 19/10 kl. 11:00. Ronny bokar lokalen.",
         "Anjougården i Skene"),
        ("Vårfesten blir på Bygdegården i Nyby lördag 22 april.", "Bygdegården i Nyby"),
        ("Den 23 maj ordnar föreningen en bussutflykt till Verla bruk i Jaala. Nils sköter arrangemangen.",
         "Verla bruk i Jaala"),
        ("Den 12 juni gör vi en studieresa till Gysinge bruk i Gästrikland.", "Gysinge bruk i Gästrikland"),
        # look-alikes
        ("Inbjudan skickas till Anna i Lund den 3 maj.", "Lund"),
        ("Protokollet har sänts till Kansliets adress i Malmö den 3 maj för granskning.", "Malmö"),
        ("Vi åker till Stockholm den 3 maj.", "Stockholm"),
    ],
)
def test_place_with_its_town(body: str, venue: str) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [e.venue for e in got.events] == [venue]
