"""A contents line run together after its label, each number before its title, a long lead first.

"Innehåll Förbundsstyrelsesammanträde Sverok Rapporter Kanslirapport ... Beslutsunderlag 60 Sveroks
grafiska profil och logga 61 Kontrakt med Rävarna ... 63 Sverox upplaga 65 Gratisprenumeration på
Sverox 65 Ratificering av antagna föreningar Övriga frågor 66 Frågor från Sverox ...": read with the
numbers after the titles, every number would name the title before it (all shifted by one). The text
between the label and the first number, far longer than any entry, tells that the numbers come first.
A number written twice in a row ("65 ... 65 ...") goes on the run.

Look-alikes: a list with its numbers after the titles whose first title is no longer than the others
("Ärendeförteckning Antagande av anbud ... 22 Upphandling ramavtal ... 23 ...") keeps that reading; a
number that stands three times is no repeat of the run.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows, transcript

_LEAD = ("Innehåll Förbundsstyrelsesammanträde Sverok Rapporter Kanslirapport maj/juni och plan för hösten Ekonomisk "
         "rapport Ekonomiskt ansvariges kommentarer till den ekonomiska rapporten över förbundets ekonomi Riksmötet "
         "2002 Fansinarkivering Arbetsbeskrivningar för anställda Distriktsarbetet Kontraktsförhandlingar "
         "Sveroks IT-verksamhet Ungdomsmässan IUK-mässan Planerade PR-arbetet Historiska världar Nytt bidragsregelsystem "
         "Styrelsevård Grafisk profil Historiska museet Ordförandes arbetsrapport Mässmonter på Ungdomsriksdagen "
         "PR-arbetet Operation Frispel Beslutsunderlag ")
_AFTER = (" Bilagor Arbetssätt Styrelsearbetet är uppdelat i olika ansvarsområden där olika ledamöter är ansvariga. "
          "En ansvarslista finns i slutet av protokolldelen av protokollet.")
_SECOND = ("Förbundsstyrelsesammanträde Sveriges Roll- och Konfliktspelsförbund Plats och tid Gamla Soldathemmet, "
           "Linköping, Tjänstgörande: Björn Flintberg, mötesordförande Petra Malmgren, mötessekreterare")


def _numbered(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2001-07-08")[0] if number]


BEFORE = [
    pytest.param(transcript(_LEAD + "60 Sveroks grafiska profil och logga 61 Kontrakt med Rävarna 62 Kontrakt med "
                            "Portal Arena 63 Sverox upplaga 65 Gratisprenumeration på Sverox 65 Ratificering av "
                            "antagna föreningar Övriga frågor 66 Frågor från Sverox 67 Boken om Sveroks verksamhet "
                            "68 Kommande möten" + _AFTER, _SECOND),
                 [("60", "Sveroks grafiska profil och logga"), ("61", "Kontrakt med Rävarna"),
                  ("62", "Kontrakt med Portal Arena"), ("63", "Sverox upplaga"), ("65", "Gratisprenumeration på Sverox"),
                  ("65", "Ratificering av antagna föreningar"), ("66", "Frågor från Sverox"),
                  ("67", "Boken om Sveroks verksamhet"), ("68", "Kommande möten")], id="repeat-after-a-gap"),
    pytest.param(transcript(_LEAD + "60 Sveroks grafiska profil och logga 61 Kontrakt med Rävarna 62 Kontrakt med "
                            "Portal Arena 63 Sverox upplaga 64 Kommande möten" + _AFTER, _SECOND),
                 [("60", "Sveroks grafiska profil och logga"), ("61", "Kontrakt med Rävarna"),
                  ("62", "Kontrakt med Portal Arena"), ("63", "Sverox upplaga"),
                  ("64", "Kommande möten")], id="counting-up"),
]


@pytest.mark.parametrize(("text", "rows"), BEFORE)
def test_numbers_before_their_titles(text: str, rows: list[tuple[str | None, str]]) -> None:
    assert _numbered(text) == rows


def test_numbers_after_titles_keep_that_reading() -> None:
    text = transcript("SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Torsdagen den 12 februari 2009 kl Ernemar "
                      "avloppsreningsverk, Oskarshamn Närvarande Ledamöter Lars Aronsson (s) Ingmar Hjalmarsson (v)",
                      "SAMMANTRÄDESPROTOKOLL Sida 3 Ärendeförteckning Antagande av anbud gällande leverans och montage "
                      "av ny slamavvattningsanläggning vid reningsverket 22 Upphandling ramavtal av konsulttjänster "
                      "för Oskarshamns kommun 23 Upphandling av städtjänster för Oskarshamns kommun 24 Bok")
    assert [n for n, _ in _numbered(text)][:3] == ["22", "23", "24"]
    assert _numbered(text)[0][1].startswith("Antagande av anbud")


def test_number_three_times_is_no_repeat() -> None:
    text = transcript(_LEAD + "60 Sveroks grafiska profil och logga 61 Kontrakt med Rävarna 62 Kontrakt med Portal "
                      "Arena 63 Sverox upplaga 65 Gratisprenumeration på Sverox 65 Ratificering av antagna föreningar "
                      "65 Frågor från Sverox 66 Boken om Sveroks verksamhet" + _AFTER, _SECOND)
    assert [n for n, _ in _numbered(text)] == ["60", "61", "62", "63"]
