"""A numbered list of cases by their diary numbers inside an item's text is no run of items.

Municipal minutes report the decisions taken under delegation as a list: "1 Anmälan delegeringsbeslut
Följande delegeringsbeslut har fattats ... enligt socialnämndens beslut om delegering 2011-01-24, 10: 1. Dnr.
12.S0068 754 IFO-beslut ... 2. Dnr. 12.S0069 757 Beslut om godkända faderskap ... 3. Dnr 11.S0306 ...". In a
flattened transcript these entries, far apart, read as items "2 Dnr", "3 Dnr 11.S0306". A number and a stop
before a diary number ("2. Dnr 2012/45", "3. Diarienr KS 12") marks an entry of such a list. An item that
carries its diary number after a paragraph sign ("MYN § 19 Dnr 0015/13 - 200 DELGIVNINGAR") stays an item,
and numbered items with titles of their own are read as before.
"""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_HEAD = "Protokoll från sammanträde 2012-02-22\n\nTranskript\n\n"
_LISTS = ("1 PROTOKOLL 1 (12) Sammanträdesdatum Plats och tid Kommunhuset, sammanträdesrummet kl 13.00-15.30 "
          "Beslutande Karin Olofsson (S) ordförande Per Lindgren (M) Eva Holm (C) Stefan Berg (S) Anna Ek (V) "
          "Tjänstgörande ersättare Jonas Wik (S) för Lena Sund (S) Ersättare Britt Nord (M) Olle Falk (C) Kim Ros (L) "
          "Övriga deltagande Lars Nyberg, förvaltningschef Maria Strand, sekreterare Utses att justera Per Lindgren "
          "Justeringens plats och tid Kommunhuset Underskrifter Sekreterare Maria Strand Ordförande Karin Olofsson\n\n")
_FILL = ("beslutsfattare Jenny Dafors, Ewa-Lena Engström, Johanna Mattsson, Kristin Nöjd, Aino Johansson och "
         "socialnämndens ordförande enligt förteckning nr 1 framställd 2012-02-10. ")

CASES = [
    ((f"2 PROTOKOLL 2 (12) Följande delegeringsbeslut har fattats: 1. Dnr. 12.S0068 754 IFO-beslut {_FILL}"
      f"2. Dnr. 12.S0069 757 Beslut om godkända faderskap, {_FILL}3. Dnr 11.S0306 702 Tillfälligt "
      f"serveringstillstånd, {_FILL}4. Dnr 12.S0070 731 Beslut om parkeringstillstånd.\n"), []),
    ((f"2 PROTOKOLL 2 (12) Anmälningsärenden redovisas. {_FILL}2. Dnr 2012/45 Skrivelse från länsstyrelsen {_FILL}"
      f"3. Dnr 2012/46 Dom från förvaltningsrätten {_FILL}\n"), []),
    ((f"2 PROTOKOLL 2 (12) Delegationsbesluten anmäls. {_FILL}2. Diarienr 2012/112 Yttrande om detaljplan {_FILL}"
      f"3. Diarienr 2012/113 Svar på remiss {_FILL}\n"), []),
    # look-alikes: items with their diary numbers after a paragraph sign; items with plain titles
    (("2 PROTOKOLL 2 (12) Ordföranden öppnar mötet. § 23 Dnr 2012/10 Val av justerare Nämnden utser Per Lindgren att justera protokollet. "
      "§ 24 Dnr 2012/11 Godkännande av dagordning Dagordningen godkänns.\n"),
     [("23", "Dnr 2012/10 Val av justerare"), ("24", "Dnr 2012/11 Godkännande av dagordning")]),
    (("2 PROTOKOLL 2 (12) 23 Val av justerare Nämnden utser Per Lindgren att jämte ordföranden justera protokollet. "
      "24 Godkännande av dagordning Dagordningen godkänns med ett tillägg under övriga frågor.\n"),
     [("23", "Val av justerare"), ("24", "Godkännande av dagordning")]),
]


@pytest.mark.parametrize(("pages", "items"), CASES)
def test_diary_numbered_entries_are_no_items(tmp_path: Path, pages: str, items: list[tuple[str, str]]) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(_HEAD + _LISTS + pages, encoding="utf-8")
    assert [(it.number, it.title) for it in extract_minutes(path).items] == items
