"""A named gathering of several days is a conference: a capitalised compound in "-dagarna"
("Barnrättsdagarna i Karlstad den 24–25 maj", "Digitaliseringsdagarna") or in "-kongress"
("Rikskongress den 5 juni", "Förbundskongressen"). Look-alikes: days of the week or of the year in
the plural ("Vardagarna", "Julisöndagarna", "Helgdagarna") and a compound that only ends in "dagar" name
no conference."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsen 2022-03-18\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Information\n\n"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Barnrättsdagarna i Karlstad som är den 24–25 maj – information.", "conference"),
        ("Digitaliseringsdagarna hålls den 12 oktober.", "conference"),
        ("Föreningens Rikskongress den 5 juni.", "conference"),
        ("Förbundskongressen samlas den 21 april.", "conference"),
        # look-alikes: plain days in the plural
        ("Vardagarna 24–25 maj är kansliet stängt.", "other"),
        ("Julisöndagarna 3 juli har vi öppet hus.", "other"),
        ("Helgdagarna 6 juni stänger vi tidigt.", "other"),
    ],
)
def test_named_conference_days(said: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n6. Avslutning\n\nMötet avslutades.\n"))
    assert [e.kind.value for e in got.events] == [kind]
