"""A run of three-digit item numbers with titles in capitals, run together on one line.

A Finland-Swedish list of matters ("KALLELSESIDA ... Ärendets nummer Ärende 114. LAGLIGHET OCH BESLUTFÖRHET 115.
PROTOKOLLJUSTERING 116. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN ...") writes the titles in capitals, a category word in
capitals before some ("119. BORGEN Återlämnande av ..."). Three numbers or more counting up by one make the run;
each title ends before the next number. Look-alikes: sums and years before words in capitals that do not count up.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers, item_rows, transcript

KRONOBY = transcript(
    "SAMMANTRÄDESPROTOKOLL Nr 8/2014 Sammanträdestid Måndag , kl Sammanträdesplats Kommungården",
    "KALLELSESIDA Utfärdat /156 Sammanträdestid Måndag , kl Sammanträdesplats Kommungården Ärendets nummer Ärende "
    "114. LAGLIGHET OCH BESLUTFÖRHET 115. PROTOKOLLJUSTERING 116. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 117. NÄMNDERS "
    "PROTOKOLL 118. KOMMUNFULLMÄKTIGES PROTOKOLL 119. BORGEN Återlämnande av inteckning till Kronoby "
    "Energiandelslag 120. FÖRVALTNING Protokolljustering, kommunstyrelsen ; kommunstyrelsens rättelse av paragrafen "
    "121. DELGIVNINGSÄRENDEN 122. ÖVRIGA ÄRENDEN")


def test_hundreds_in_capitals() -> None:
    rows = item_rows(KRONOBY, "2014-04-28")[0]
    assert [(n, t) for n, t, *_ in rows] == [
        ("114", "LAGLIGHET OCH BESLUTFÖRHET"), ("115", "PROTOKOLLJUSTERING"),
        ("116", "GODKÄNNANDE AV FÖREDRAGNINGSLISTAN"), ("117", "NÄMNDERS PROTOKOLL"),
        ("118", "KOMMUNFULLMÄKTIGES PROTOKOLL"),
        ("119", "BORGEN Återlämnande av inteckning till Kronoby Energiandelslag"),
        ("120", "FÖRVALTNING Protokolljustering, kommunstyrelsen ; kommunstyrelsens rättelse av paragrafen"),
        ("121", "DELGIVNINGSÄRENDEN"), ("122", "ÖVRIGA ÄRENDEN")]


@pytest.mark.parametrize(
    "text",
    [
        transcript("PROTOKOLL Styrelsen Budgeten är 250. KOMMUNEN betalar 300. EU bidrar med 120. LANDSTINGET "
                   "inget."),
    ],
)
def test_no_hundreds_run(text: str) -> None:
    assert item_numbers(text, "2014-04-28") == []
