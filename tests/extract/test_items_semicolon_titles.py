"""A run-in title goes on over a semicolon: "BIDRAG Anhållan om understöd; Ådalens skolas skrivklubb",
"Sten-Bertil Olsson om; De skånska kommunernas ... medverkan i forskningsprojektet: ...".

A run-in title ends where a capitalised word follows a lower-case one, but after a semicolon that
word opens the title's second part (what is applied for, whose motion, which report), and its words
count from there. Look-alikes: a capitalised word after a plain lower-case word still opens the text,
and a lower-case clause after a semicolon is cut as before (ten words in all).
"""

from __future__ import annotations

import pytest

from planner.extract.items import _inline_title


@pytest.mark.parametrize(("rest", "title"), [
    ("Anhållan om understöd; Ådalens skolas skrivklubb Nämnden beviljar 200 euro.",
     "Anhållan om understöd; Ådalens skolas skrivklubb"),
    (("Sten-Bertil Olsson om; De skånska kommunernas och gymnasieskolornas medverkan i forskningsprojektet: "
      "Lika villkor och effektivitet"),
     ("Sten-Bertil Olsson om; De skånska kommunernas och gymnasieskolornas medverkan i forskningsprojektet")),
    ("Svar på revisionsrapport; Uppföljning av granskning av hantering av allmänna handlingar Revisorerna har",
     "Svar på revisionsrapport; Uppföljning av granskning av hantering av allmänna handlingar"),
    ("Svar på motion; Enzons busstrafik i Blekinge. Motionären vill", "Svar på motion; Enzons busstrafik i Blekinge"),
])
def test_title_goes_on_after_a_semicolon(rest: str, title: str) -> None:
    assert _inline_title(rest) == title


@pytest.mark.parametrize(("rest", "title"), [
    ("Anhållan om understöd Ådalens skolas skrivklubb ansöker om 200 euro.", "Anhållan om understöd"),
    ("Ordförande Bo Johansson hälsar välkommen till sammanträdet; särskilt välkommen till verksamhetschef Lena Ek",
     "Ordförande Bo Johansson hälsar välkommen till sammanträdet; särskilt välkommen till"),
])
def test_other_breaks_stay(rest: str, title: str) -> None:
    assert _inline_title(rest) == title
