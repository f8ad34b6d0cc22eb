"""A place read after "i"/"på" stops where the next clause begins: at a person's given name with a verb in
the present ("avslutar med kaffe på St Olofsgården Håkan meddelar detta") or at a word that tells the
programme ("bingopromenad på Käglan start kl 9.30"). Lower-case words that belong to the name stay."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2024-04-23\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 8 Kommande program\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("Tisdag 21 maj promenad kl 10.00, avslutar med kaffe på St Olofsgården Håkan meddelar detta.",
         "St Olofsgården"),
        ("Torsdag 23 maj bingopromenad på Käglan start kl 9.30-10.00 medtag eget fika.", "Käglan"),
        ("Torsdag 23 maj utflykt till Gamla Uppsala, på Gammelgården samling kl 10.", "Gammelgården"),
        ("Torsdag 23 maj träff i Bygdegården Eva ordnar kaffe.", "Bygdegården"),
        # look-alikes: lower-case words and names that belong to the place
        ("Torsdag 23 maj träff i Folkets hus kl 18.", "Folkets hus"),
        ("Torsdag 23 maj träff på Villa Anna kl 18.", "Villa Anna"),
        ("Torsdag 23 maj träff på Hotell Stora Anna kl 18.", "Hotell Stora Anna"),
    ],
)
def test_place_stops_at_next_clause(said: str, venue: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n§ 9 Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2024-05-" + said.split()[1], venue)]
