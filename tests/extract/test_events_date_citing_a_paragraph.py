"""A date with a paragraph number right after it cites the minutes of that day ("Beslut i GNU 19 september,
§ 28", "Kommunstyrelsen 2021-03-15 § 44"): a decision already taken, never a thing to come, even where
the year left out resolves forward. A paragraph named elsewhere in the sentence does not make a date past."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll nämndsmöte 2022-11-07\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 35 Styrdokument\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        ("Bakgrund: Beslut i GNU 19 september, § 28.", []),
        ("Enligt beslut i kommunstyrelsen 2023-03-15 § 44 ska riktlinjerna gälla.", []),
        ("Se kommunfullmäktiges beslut den 20 februari §§ 12-14.", []),
        ("Nämnden hänvisar till protokoll 14 mars 2023, paragraf 7.", []),
        # look-alikes: a paragraph named before the date, or apart from it, leaves the date a date
        ("Ärendet enligt § 28 återkommer till nämnden den 19 december 2022.", ["2022-12-19"]),
        ("Nästa möte hålls 2022-12-12 kl 13.00. Beslutet i § 30 expedieras.", ["2022-12-12"]),
        ("Styrdokumenten ska vara klara 2023-02-01 och 28 § gäller.", ["2023-02-01"]),
        ("Nästa möte hålls 12 december 2022\n\n§ 37 Mötet avslutas", ["2022-12-12"]),
    ],
)
def test_date_citing_a_paragraph(said: str, events: list[str]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n§ 36 Övrigt\n\nInga övriga frågor.\n"))
    assert [e.date for e in got.events] == events
