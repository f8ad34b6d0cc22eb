"""The body's next meeting called a "styrelsesamling" ("nästa styrelsesamling är torsdagen den 10 oktober
kl. 18.00 på Degerbygården före älgmötet kl. 19.30"), and an event's place that stops before "före",
"innan", "efter" (what comes before or after the meeting is no part of the place).
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid styrelsens sammanträde Skellefte Norra Älgskötselområde onsdagen den 14/8 2013 kl. 21.30\n\n"
        "Närvarande: Kurt Lundström, Thorgny Karlsson\n\n§ 1 Öppnande\n\nKurt Lundström öppnade sammanträdet.\n\n")


def run(tail: str):
    return extract_text(minutes_from_text(HEAD + tail))


@pytest.mark.parametrize(
    ("tail", "next_meeting", "venue"),
    [
        (("§ 2 Avslutning\n\nStyrelsen avslutade sammanträdet och konstaterade att nästa styrelsesamling är torsdagen "
         "den 10 oktober kl. 18.00 på Degerbygården före älgmötet kl. 19.30\n"), "2013-10-10", "Degerbygården"),
        ("§ 2 Avslutning\n\nNästa styrelsesamling blir den 12 september kl 19.00 i Bygdegården innan middagen.\n",
         "2013-09-12", "Bygdegården"),
        ("§ 2 Avslutning\n\nNästa möte är den 12 september kl 19.00 på Skolan efter träningen.\n",
         "2013-09-12", "Skolan"),
    ],
)
def test_next_gathering_and_place_stop(tail: str, next_meeting: str, venue: str) -> None:
    got = run(tail)
    assert got.next_meeting == next_meeting
    assert [e.venue for e in got.events if e.date == next_meeting] == [venue]


@pytest.mark.parametrize(
    "tail",
    [
        # a gathering that is no next meeting of the body: no "nästa"
        "§ 2 Övrigt\n\nEn styrelsesamling hölls den 2 augusti med jaktledarna.\n",
        # "nästa" with another noun
        "§ 2 Övrigt\n\nNästa jaktsamling för alla jägare är den 10 oktober.\n",
    ],
)
def test_no_next_meeting_from_other_gatherings(tail: str) -> None:
    assert run(tail).next_meeting is None
