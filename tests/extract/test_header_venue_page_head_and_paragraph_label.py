"""A flattened head may run its paragraphs' label into the place ("Paragraf nr Centralförvaltningens
sammanträdesrum, Doktorsvägen", "§§ Kommunhuset, Kungsör"): the label goes. A place read off the page's own head, a
document word and the page's counter ("Sammanträdesprotokoll 1 (26) Till protokollet hör 7 bilagor"), is no place.
Places whose words merely begin like the label, or hold a number in brackets, are kept."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, tidied_venue


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Paragraf nr Centralförvaltningens sammanträdesrum, Doktorsvägen",
         "Centralförvaltningens sammanträdesrum, Doktorsvägen"),
        ("Paragrafer Stadshuset, Eksjö", "Stadshuset, Eksjö"),
        ("§§ Kommunhuset, Kungsör", "Kommunhuset, Kungsör"),
        ("Paragraf Sessionssalen, Rådhuset, Örebro", "Sessionssalen, Rådhuset, Örebro"),
        ("Sammanträdesprotokoll 1 (26) Till protokollet hör 7 bilagor", None),
        ("Protokoll Sida 2 (5) Stadshuset", None),
        ("PROTOKOLL 3/12 Beslutande", None),
        # look-alikes: a street whose name begins as the label; a number in brackets in a place; the record's
        # keeping place after its label is for other readers
        ("Paragrafgatan 3, Lund", "Paragrafgatan 3, Lund"),
        ("Stadshuset, sal 1 (26 platser)", "Stadshuset, sal 1 (26 platser)"),
        ("Protokollsalen, Riksdagshuset", "Protokollsalen, Riksdagshuset"),
    ],
)
def test_tidied_venue(value: str, expected: str | None) -> None:
    got = tidied_venue(Found(value, 0, len(value)))
    assert (got.value if got else None) == expected
