"""The hour all the body's meetings start at, said once above their days ("Sammanträdena börjar kl. 13.00",
"Både beredning och direktionsmöten börjar kl 08.30"), is the start of each of its meetings there that
gives none. One meeting's hour ("Mötet börjar kl 13"), another body's meeting, a thing that is no meeting,
or a meeting with its own hour, do not take it."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll direktionen 2024-02-06\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 5 Planering 2024\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        (("Både beredning och direktionsmöten börjar kl 08.30.\n\nDirektionen beslutar att mars månads "
          "sammanträdesdag ska vara den 26 mars."), [("2024-03-26", "08:30")]),
        ("Sammanträdena börjar kl. 13.00.\n\nSammanträdesdagar: 12 mars, 16 april.",
         [("2024-03-12", "13:00"), ("2024-04-16", "13:00")]),
        ("Sammanträdena börjar kl. 13.00.\n\nNästa sammanträde den 12 mars kl. 09.00.", [("2024-03-12", "09:00")]),
        # look-alikes: one meeting's hour; another body's meeting; no meeting at all
        ("Mötet börjar kl 13.00.\n\nNästa sammanträde den 12 mars.", [("2024-03-12", None)]),
        ("Sammanträdena börjar kl. 13.00.\n\nKommunfullmäktige sammanträder den 12 mars.", [("2024-03-12", None)]),
        ("Sammanträdena börjar kl. 13.00.\n\nBudgeten ska vara klar den 12 mars.", [("2024-03-12", None)]),
    ],
)
def test_standing_hour_of_meetings(said: str, events: list[tuple[str, str | None]]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n§ 6 Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start) for e in got.events] == events
