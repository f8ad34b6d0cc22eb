"""A notice's list of matters without a label: bare numbers, each before a title in capitals.

Åland municipal notices ("KALLELSE", "FÖREDRAGNINGSLISTA") stored as page transcripts run the
whole page on one line: "Tid och plats: Måndag 5 maj 2014, kl 19:00, kommunkansliet ... 66
SAMMANTRÄDETS KONSTITUERANDE 67 TILLKÄNNAGIVANDEN ...". Where no "Ärenden:" label stands before
the first entry, four entries or more with titles in capitals that count up make the list; a lost
number leaves its title with the entry before. Look-alikes: registers of letters ("SON 108 SON
109"), figures in tables, headings in capitals run in with their text.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _caps_contents, find_headings
from planner.extract.text import Line, minutes_from_text


def _entries(text: str) -> list[tuple[str, str]]:
    return [(c.number, c.title) for c in _caps_contents(Line(text, 0, 1), 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("2 Sid 2/29 KALLELSE Tid och plats: Måndag 5 maj 2014, kl 19:00, kommunkansliet i Geta skola "
          "66 SAMMANTRÄDETS KONSTITUERANDE 67 TILLKÄNNAGIVANDEN OCH INFORMATIONSÄRENDEN 68 BUDGET- OCH "
          "SKATTEUPPFÖLJNING 69 BOKSLUT SAMARBETE NORRA ÅLAND 71 GEMENSAM UPPHANDLING AV LÖNE- OCH PA-SYSTEM "
          "72 INVESTERINGAR 2014: KOMMUNKANSLI 73 MÖTETS AVSLUTANDE, BESVÄRSANVISNING Geta den Ingvar Björling"),
         [("66", "SAMMANTRÄDETS KONSTITUERANDE"), ("67", "TILLKÄNNAGIVANDEN OCH INFORMATIONSÄRENDEN"),
          ("68", "BUDGET- OCH SKATTEUPPFÖLJNING"), ("69", "BOKSLUT SAMARBETE NORRA ÅLAND"),
          ("71", "GEMENSAM UPPHANDLING AV LÖNE- OCH PA-SYSTEM"), ("72", "INVESTERINGAR 2014: KOMMUNKANSLI"),
          ("73", "MÖTETS AVSLUTANDE, BESVÄRSANVISNING")]),
        (("1 SAMMANTRÄDESKALLELSE Sammanträdestid tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet "
          "12 KALLELSE OCH BESLUTFÖRHET 13 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 14 VAL AV PROTOKOLLJUSTERARE "
          "15 BUDGET 2019 OCH EKONOMIPLAN 16 ÄRENDEN TILL KÄNNEDOM Ordförande Anna Berg"),
         [("12", "KALLELSE OCH BESLUTFÖRHET"), ("13", "GODKÄNNANDE AV FÖREDRAGNINGSLISTAN"),
          ("14", "VAL AV PROTOKOLLJUSTERARE"), ("15", "BUDGET 2019 OCH EKONOMIPLAN"), ("16", "ÄRENDEN TILL KÄNNEDOM")]),
        # look-alikes
        ("Register SON 108 SON 109 SON 110 SON 111 SON 112 Information. Hemtjänst", []),  # letters, no titles
        ("3 KALLELSE 4 BUDGET 5 PROTOKOLL", []),  # three entries only
        (("2 DAGORDNINGEN Förslaget godkändes 3 VAL AV JUSTERARE Gun Ek valdes 4 BUDGET Kassören redogjorde "
          "5 ÖVRIGT Inga frågor"), []),  # headings run in with their text: not a list
        ("12 KALLELSE OCH BESLUTFÖRHET 18 BUDGET 2019 25 VAL AV REVISORER 31 ÖVRIGA FRÅGOR 40 AVSLUTNING", []),
        ("Tabell 1 2 3 4 5 6 MEDEL ÅR 2019", []),
    ],
)
def test_caps_contents(text: str, expected: list[tuple[str, str]]) -> None:
    assert _entries(text) == expected


def test_caps_contents_give_the_headings_of_a_cut_copy() -> None:
    text = ("Geta kommun, beslutsprotokoll\n\nTranskript\n\n"
            "1 KALLELSE Tid och plats: Måndag 5 maj 2014, kl 19:00, kommunkansliet "
            "66 SAMMANTRÄDETS KONSTITUERANDE 67 TILLKÄNNAGIVANDEN 68 BUDGETUPPFÖLJNING 69 LOKALVÅRD "
            "70 MÖTETS AVSLUTANDE Geta den Ingvar Björling\n")
    heads, _ = find_headings(minutes_from_text(text))
    assert [(h.number, h.title) for h in heads] == [
        ("66", "SAMMANTRÄDETS KONSTITUERANDE"), ("67", "TILLKÄNNAGIVANDEN"), ("68", "BUDGETUPPFÖLJNING"),
        ("69", "LOKALVÅRD"), ("70", "MÖTETS AVSLUTANDE")]
