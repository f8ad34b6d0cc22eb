"""A table of contents whose numbers were lost (most or all), run together on a stored copy's page line after the
page's running head and the contents label.

"2 Byggnadsnämnden Innehållsförteckning 167 Fastställa dagordning ... Bäcken 1:31 Förhandsbesked ... 173 Montören 7
Tillbyggnad köpcentrum ...", "2 SAMMANTRÄDESPROTOKOLL Sid 19 (53) INNEHÅLLSFÖRTECKNING SIDAN Politisk timme, ...": the
running head is capitalised words and page marks, the label's column heads ("SIDAN", "Sid", "Paragraf Ärende") are
no entry. An entry opens as `_opens_contents_entry` tells, at a real estate's name before its number ("Järns-Korsgården
1:1 Rivning ..."), or at a number kept before a capitalised word when it counts up (its number then). Look-alikes: a
figure inside a title ("Montören 7 Tillbyggnad", "med en 8 komplementbyggnad"), a label in running text, a label
without a page head's line, a page mark alone before the label, fewer than three entries, an entry as long as a sentence.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _headed_unnumbered_contents
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import transcript


def _entries(*pages: str) -> list[tuple[str | None, str]]:
    return [(h.number, h.title) for h in _headed_unnumbered_contents(minutes_from_text(transcript(*pages)))]


FRONT = "Byggnadsnämnden Tid och plats onsdagen den 24 oktober 2018 i Bolstadsrummet"


@pytest.mark.parametrize(("page", "expected"), [
    (("Byggnadsnämnden Innehållsförteckning 167 Fastställa dagordning Prognos Detaljplan Sapphult Bäcken 1:31 "
     "Förhandsbesked för nybyggnad av enbostadshus med en 8 komplementbyggnad 173 Montören 7 Tillbyggnad köpcentrum "
     "Järns-Korsgården 1:1 Rivning samt nybyggnad av fritidshus"),
     [("167", "Fastställa dagordning"), (None, "Prognos Detaljplan Sapphult"),
      (None, "Bäcken 1:31 Förhandsbesked för nybyggnad av enbostadshus med en 8 komplementbyggnad"),
      ("173", "Montören 7 Tillbyggnad köpcentrum"), (None, "Järns-Korsgården 1:1 Rivning samt nybyggnad av fritidshus")]),
    (("SAMMANTRÄDESPROTOKOLL Sid 19 (53) INNEHÅLLSFÖRTECKNING SIDAN Politisk timme, arbetarpartiet socialdemokraterna "
     "Information från vattenrådet Förslag till styrmodell för kommunal verksamhet i bolagsform Delgivningar"),
     [(None, "Politisk timme, arbetarpartiet socialdemokraterna"), (None, "Information från vattenrådet"),
      (None, "Förslag till styrmodell för kommunal verksamhet i bolagsform"), (None, "Delgivningar")]),
    (("Protokoll 2(28) Innehållsförteckning Fastställande av föredragningslista 3 84 Styrelsens ledning 4 "
     "85 Årsredovisning för landstinget 5"),
     [(None, "Fastställande av föredragningslista"), ("84", "Styrelsens ledning"),
      ("85", "Årsredovisning för landstinget")]),
    # not such a list: a page mark alone before the label, the label in running text, too few entries, an entry
    # as long as a sentence
    ("4(15) Ärendelista 1 Östersunds kommuns kulturstrategi Förändring av antalet korttidsplatser Övriga frågor", []),
    ("Sekreteraren går igenom innehållsförteckning och bilagor inför mötet Anna Ek Bo Ek", []),
    ("Byggnadsnämnden Innehållsförteckning 167 Fastställa dagordning Prognos", []),
    (("Byggnadsnämnden Innehållsförteckning Nämnden har under året arbetat med att ta fram en ny plan för hur "
     "bygglov ska handläggas och när ansökningar ska vara inne hos förvaltningen"), []),
])
def test_headed_unnumbered_contents(page: str, expected: list[tuple[str | None, str]]) -> None:
    assert _entries(FRONT, page) == expected


def test_label_off_a_page_line_is_no_such_list() -> None:
    text = ("Protokoll styrelsemöte\n\nByggnadsnämnden Innehållsförteckning Prognos Intern kontroll "
            "Detaljplan Sapphult Nytt kvartersnamn\n")
    assert _headed_unnumbered_contents(minutes_from_text(text)) == []
