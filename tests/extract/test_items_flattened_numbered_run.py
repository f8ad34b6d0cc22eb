"""A run of numbered headings (n, n+1, ...) inside the flattened pages of a stored transcript, where no
heading was found otherwise: after "§", a register mark ("KHR 3", "Sn 12") or bare, each title up to the
next heading; page numbers, paragraph lists of attendance, signatures and lists in an item's text are none."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_HEAD = "Protokoll från sammanträde 2016-03-14\n\nTranskript\n\n"
_LISTS = ("1 PROTOKOLL 1 (12) Sammanträdesdatum Plats och tid Kommunhuset, sammanträdesrummet kl 13.00-15.30 "
          "Beslutande Karin Olofsson (S) ordförande Per Lindgren (M) Eva Holm (C) Stefan Berg (S) Anna Ek (V) "
          "Tjänstgörande ersättare Jonas Wik (S) för Lena Sund (S) Ersättare Britt Nord (M) Olle Falk (C) Kim Ros (L) "
          "Övriga deltagande Lars Nyberg, förvaltningschef Maria Strand, sekreterare Utses att justera Per Lindgren "
          "Justeringens plats och tid Kommunhuset Underskrifter Sekreterare Maria Strand Ordförande Karin Olofsson\n\n")

CASES = [
    # (pages after the lists, items)
    (("2 PROTOKOLL 2 (12) 23 Val av justerare Nämnden utser Per Lindgren att jämte ordföranden justera protokollet. "
     "24 Godkännande av dagordning Dagordningen godkänns med ett tillägg under övriga frågor.\n"),
     [("23", "Val av justerare"), ("24", "Godkännande av dagordning")]),
    (("2 PROTOKOLL 2 (12) KHR 1 Mötets öppnande Ordföranden hälsar alla välkomna och öppnar mötet.\n\n"
     "3 PROTOKOLL 3 (12) KHR 2 Val av justerare Till justerare valdes Eva Holm.\n"),
     [("1", "Mötets öppnande"), ("2", "Val av justerare")]),
    (("2 PROTOKOLL 2 (12) Dagordning 410 Val av protokollförare 411 Föregående protokoll 412 Övriga frågor "
     "410 Val av protokollförare Beslut: Till protokollförare valdes Maria Strand.\n"),
     [("410", "Val av protokollförare"), ("411", "Föregående protokoll"), ("412", "Övriga frågor")]),
    (("2 PROTOKOLL 2 (12) Tjänstemän Erik Sund, 5 Lena Björk, 6 Tomas Ek ekonom sekreterare 7 Justering Nämnden "
     "utser Eva Holm att jämte ordföranden justera protokollet. 8 Godkännande av föredragningslista Nämnden "
     "beslutar att godkänna föredragningslistan.\n"),
     [("7", "Justering Nämnden utser"), ("8", "Godkännande av föredragningslista")]),
    # look-alikes: the pages' own numbers; people in a numbered attendance list; a list in an item's text;
    # a single number is no run
    ("2 Budgetuppföljning Förvaltningen redovisar utfallet.\n\n3 Delegationsbeslut Besluten anmäls.\n", []),
    ("2 PROTOKOLL 2 (12) Övriga närvarande Erik Sund, 5 Lena Björk, 6 Tomas Ek, 7 Olle Berg, sekreterare\n", []),
    (("2 PROTOKOLL 2 (12) Ordföranden yrkar att ärendelistan kompletteras med följande ärenden: 1. Skolskjutsar. "
     "2. Attestförteckning. 3. Lokalfrågor. Ordföranden finner yrkandet antaget.\n"), []),
    ("2 PROTOKOLL 2 (12) 43 Årsredovisning 2015 Den föreliggande årsredovisningen godkänns av nämnden.\n", []),
]


@pytest.mark.parametrize(("pages", "items"), CASES)
def test_flattened_numbered_run(tmp_path: Path, pages: str, items: list[tuple[str, str]]) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(_HEAD + _LISTS + pages, encoding="utf-8")
    assert [(it.number, it.title) for it in extract_minutes(path).items] == items
