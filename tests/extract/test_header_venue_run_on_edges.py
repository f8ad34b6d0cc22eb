"""A flattened head leaves a lost clock's colon before the place ("kl. 19: Kommunkansliet") and an attendance
label after it ("... Geta Närv. Beslutande"): neither is part of the venue."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, tidied_venue


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        (": Kommunkansliet i Geta skola, Vestergeta, Geta Närv", "Kommunkansliet i Geta skola, Vestergeta, Geta"),
        (": Stadshuset, sal A", "Stadshuset, sal A"),
        ("Kommunhuset, Sunne Närvarande", "Kommunhuset, Sunne"),
        ("Sessionssalen NÄRV.", "Sessionssalen"),
        # look-alikes: a place that opens the value; a place word that ends like the label; a colon in the place
        ("Kommunhuset, sal 2", "Kommunhuset, sal 2"),
        ("Närvaro-rummet", "Närvaro-rummet"),
        ("Rum 3: Stora salen", "Rum 3: Stora salen"),
    ],
)
def test_run_on_edges_of_the_place(value: str, venue: str) -> None:
    got = tidied_venue(Found(value, 100, 100 + len(value)))
    assert got is not None
    assert got.value == venue
    assert got.end - got.start == len(venue)


# A report's opening section and its first sentence run on after the place on a flattened page ("Plats: Alurama
# Bakgrund Styrelsen sammanträder ..."): the place ends before the heading.
@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Alurama Bakgrund Styrelsen sammanträder för trettonde gången under verksamhetsåret.", "Alurama"),
        ("Kulturhuset, Ystad Inledning Ordföranden hälsade alla välkomna.", "Kulturhuset, Ystad"),
        ("Stadshuset Syfte Mötet ska ta fram en plan för hösten.", "Stadshuset"),
        ("Folkets hus, Kumla Sammanfattning Rådet diskuterade budgeten.", "Folkets hus, Kumla"),
        # look-alikes: the word in the place's name, or a heading with no sentence after it
        ("Café Syfte, Storgatan 3", "Café Syfte, Storgatan 3"),
        ("Konferensrum Bakgrund Stora", "Konferensrum Bakgrund Stora"),
        ("Inledning Hotell, Lund", "Inledning Hotell, Lund"),
    ],
)
def test_section_sentence_after_the_place(value: str, venue: str) -> None:
    got = tidied_venue(Found(value, 100, 100 + len(value)))
    assert got is not None
    assert got.value == venue
