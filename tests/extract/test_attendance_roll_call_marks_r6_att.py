"""A council's roll-call and voting list ("Närvaro- och voteringslista") flattened to one line a page: each row's
party, name (perhaps a role word) and a mark, "I" for present and "-" for away: "S Kristina Zakrisson I S Siv
Gunillasson - SL Helena Partapuoli justerare I". The page's running head before the first row is the table's
heading; a local party's code ("SL", "KIP") heads its rows as a national one does. Look-alikes: dashes only, prose
with a capital "I", too few rows."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _flat_presence_table
from planner.extract.header import Part

_HEAD = "2 NÄRVARO- OCH NÄRVARANDE KF KF VOTERINGSLISTA KOMMUNFULLMÄKTIGE , kl JA NEJ JA NEJ LEDAMÖTER "


@pytest.mark.parametrize(("text", "present", "absent"), [
    (_HEAD + "S Anna Holm I S Bo Berg I S Karin Ek - S Per Lund I V Eva Strand I V Kim Berg -",
     ["Anna Holm", "Bo Berg", "Per Lund", "Eva Strand"], ["Karin Ek", "Kim Berg"]),
    (_HEAD + "SL Ragnhild Nilsson I SL Helena Lind justerare I C Gunnar Selberg I C Rune Lans I "
     "C Östen Hansson - KIP Lilly Rönnebro I",
     ["Ragnhild Nilsson", "Helena Lind", "Gunnar Selberg", "Rune Lans", "Lilly Rönnebro"], ["Östen Hansson"]),
    ("S Anna Holm I S Bo Berg I M Olle Björk I M Maja Ek I C Arne Olsson I",
     ["Anna Holm", "Bo Berg", "Olle Björk", "Maja Ek", "Arne Olsson"], []),
    (_HEAD + "S Ann-Kristin Nilsson I S Elisabeth Persson Holmdén I S Jan-Åke Tiensuu – M Bo Ek I L Eva Lund I",
     ["Ann-Kristin Nilsson", "Elisabeth Persson Holmdén", "Bo Ek", "Eva Lund"], ["Jan-Åke Tiensuu"]),
    ("S Anna Holm - S Bo Berg - M Olle Björk - M Maja Ek - C Arne Olsson -", [], []),  # no present mark
    ("I mars talade S Anna Holm I Malmö och M Bo Berg I Lund om vägarna i kommunen under året.", [], []),
    ("S Anna Holm I S Bo Berg - M Olle Björk I", [], []),  # too few rows
])
def test_roll_call_marks(text: str, present: list[str], absent: list[str]) -> None:
    got_present, got_absent = _flat_presence_table([Part(text, 0)])
    assert [p.name for p in got_present] == present
    assert [p.name for p in got_absent] == absent
