"""The place a sentence opens with, said to be booked before the date, is the venue: "Scandic Hasselbacken
är bokad 2019-03-14—15", "Folkets hus är nu bokat den 5 maj". A person or a thing booked is no place."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2018-09-17\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Miljöchefsmötet 2019\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("a. Tid och plats\n\nScandic Hasselbacken är bokad 2019-03-14—15.", "Scandic Hasselbacken"),
        ("Folkets hus är nu bokat för mötet den 14 mars 2019.", "Folkets hus"),
        ("Hotell Borgholm har blivit bokat 2019-03-14.", "Hotell Borgholm"),
        # look-alikes: a person booked, a month, nothing booked
        ("Anna Berg är bokad som talare 2019-03-14.", None),
        ("Mars är bokad för mötet, 2019-03-14.", None),
        ("Scandic Hasselbacken är ett bra ställe, mötet hålls 2019-03-14.", None),
    ],
)
def test_place_said_to_be_booked(said: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n6. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2019-03-14", venue)]
