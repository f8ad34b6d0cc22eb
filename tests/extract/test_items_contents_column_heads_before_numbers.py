"""A notice's table of matters run together after its label and the heads of its other columns.

"Ärenden Diarienummer 1 Godkännande av föredragningslistan 2 Polisens arbete mot bostadsinbrott 3 ...": a
copy of a notice (kallelse) writes its table of matters as one line, the label of the list, then the heads
of the table's other columns ("Diarienummer", "Dnr", "Sida", "Beteckning"), then each number before its
title (the diary numbers of the information points left empty). Read as a contents list with the numbers
after the titles, "Diarienummer" would be item 1 and every title would name the number after it. Heads of
columns and nothing else before the first number tell that the numbers come first.

Look-alikes: a contents list whose first title is a matter ("Ärendeförteckning Antagande av anbud ... 22
Upphandling ... 23 ...") keeps its numbers after the titles, also when the matter's title holds a column
word among others ("Ärenden Ny sida för diarienummer på webben 4 ...").
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows, transcript

_HEAD = "KALLELSE SIDA 1 (2) Kallelse till brottsförebyggande råd Tid Onsdag den 7 december 2016, klockan 15:00 Plats A-salen "
_SECOND = "KALLELSE SIDA 2 (2) Huddinge den 30 november 2016 Christian Ottosson Ordförande Antonina Fedorova Sekreterare"


def _numbered(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2016-12-07")[0] if number]


HEADS = [
    pytest.param(transcript(_HEAD + "Ärenden Diarienummer 1 Godkännande av föredragningslistan 2 Polisens arbete mot "
                            "bostadsinbrott 3 Tillsammans för Vårby 4 Information från kommunen 5 Information från "
                            "polisen", _SECOND),
                 [("1", "Godkännande av föredragningslistan"), ("2", "Polisens arbete mot bostadsinbrott"),
                  ("3", "Tillsammans för Vårby"), ("4", "Information från kommunen"),
                  ("5", "Information från polisen")], id="diarienummer"),
    pytest.param(transcript(_HEAD + "Föredragningslista Dnr 1 Val av justerare 2 Fastställande av dagordning 3 "
                            "Budgetuppföljning 4 Verksamhetsplan för nästa år 5 Övriga frågor", _SECOND),
                 [("1", "Val av justerare"), ("2", "Fastställande av dagordning"), ("3", "Budgetuppföljning"),
                  ("4", "Verksamhetsplan för nästa år"), ("5", "Övriga frågor")], id="dnr"),
    pytest.param(transcript(_HEAD + "Ärendelista Dnr Sida 1 Val av justerare 2 Delgivningar 3 Information om "
                            "bostadsanpassning 4 Sammanträdesplan för 2017", _SECOND),
                 [("1", "Val av justerare"), ("2", "Delgivningar"), ("3", "Information om bostadsanpassning"),
                  ("4", "Sammanträdesplan för 2017")], id="two-heads"),
]


@pytest.mark.parametrize(("text", "rows"), HEADS)
def test_column_heads_before_numbered_titles(text: str, rows: list[tuple[str | None, str]]) -> None:
    assert _numbered(text)[:len(rows)] == rows


AFTER = [
    pytest.param(transcript("SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Torsdagen den 12 februari 2009 kl Ernemar "
                            "avloppsreningsverk, Oskarshamn Närvarande Ledamöter Lars Aronsson (s) Ingmar Hjalmarsson (v)",
                            "SAMMANTRÄDESPROTOKOLL Sida 3 Ärendeförteckning Antagande av anbud gällande leverans och "
                            "montage av ny slamavvattningsanläggning vid reningsverket 22 Upphandling ramavtal av "
                            "konsulttjänster för Oskarshamns kommun 23 Upphandling av städtjänster för Oskarshamns "
                            "kommun 24 Bok"),
                 ("22", "Antagande av anbud"), id="matter-first"),
    pytest.param(transcript("SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Torsdagen den 12 februari 2009 kl Ernemar "
                            "avloppsreningsverk, Oskarshamn Närvarande Ledamöter Lars Aronsson (s) Ingmar Hjalmarsson (v)",
                            "SAMMANTRÄDESPROTOKOLL Sida 3 Ärendeförteckning Ny sida för diarienummer på webben 22 "
                            "Upphandling ramavtal av konsulttjänster för Oskarshamns kommun 23 Upphandling av "
                            "städtjänster för Oskarshamns kommun 24 Bok"),
                 ("22", "Ny sida för diarienummer"), id="column-word-inside-a-title"),
]


@pytest.mark.parametrize(("text", "first"), AFTER)
def test_numbers_after_titles_keep_that_reading(text: str, first: tuple[str, str]) -> None:
    number, title = _numbered(text)[0]
    assert number == first[0]
    assert title.startswith(first[1])
