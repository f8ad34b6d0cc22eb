"""A list of matters whose numbers were lost but the first, its titles in capitals run together after the label.

"Sammanträdets ärendelista 48 SAMMANTRÄDETS KONSTITUERANDE TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH INFORMATION
UPPSÄGNING AV RAI-AVTAL ...": a title opens at a word that reads as a title's first word (a noun of an act:
"UPPSÄGNING", "TILLKÄNNAGIVANDEN"; a definite genitive: "MÖTETS") or after a colon or a bracket, never after a small
word ("AV", "OCH"), a comma or a genitive ("SAMMANTRÄDETS KONSTITUERANDE"). The run ends at the first word not in
capitals. Look-alikes: fewer than three titles, and a label without capitals after it.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _capitals_run_list, _opens_capitals_title
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows, transcript

GETA = transcript(
    "GETA KOMMUN SAMMANTRÄDESKALLELSE Organ Kommunstyrelsen Tid och plats 7 april 2021",
    "2 Sammanträdets ärendelista 48 SAMMANTRÄDETS KONSTITUERANDE TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH INFORMATION "
    "UPPSÄGNING AV RAI-AVTAL UTARRENDERING AV DEL AV KOMMUNENS FASTIGHET RIÄNGEN 3: INITIATIV OM ATT SÄLJA "
    "KOMMUNENS FASTIGHET FÖRDELNING AV JUSTERINGSPOTT ENLIGT KOLLEKTIVAVTAL (TS OCH AKTA) HÅLLBARHETS- OCH "
    "UTVECKLINGSAGENDAN MÖTETS AVSLUTANDE, BESVÄRSANVISNING Sammanträdeskallelsen har utfärdats.")


def test_capitals_run_list() -> None:
    assert [(n, t) for n, t, *_ in item_rows(GETA, "2021-04-07")[0]] == [
        ("48", "SAMMANTRÄDETS KONSTITUERANDE"), (None, "TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH INFORMATION"),
        (None, "UPPSÄGNING AV RAI-AVTAL"), (None, "UTARRENDERING AV DEL AV KOMMUNENS FASTIGHET RIÄNGEN 3"),
        (None, "INITIATIV OM ATT SÄLJA KOMMUNENS FASTIGHET"),
        (None, "FÖRDELNING AV JUSTERINGSPOTT ENLIGT KOLLEKTIVAVTAL (TS OCH AKTA)"),
        (None, "HÅLLBARHETS- OCH UTVECKLINGSAGENDAN"), (None, "MÖTETS AVSLUTANDE, BESVÄRSANVISNING")]


@pytest.mark.parametrize(
    ("last", "word", "opens"),
    [("INFORMATION", "UPPSÄGNING", True), ("3:", "INITIATIV", True), ("SAMMANTRÄDETS", "KONSTITUERANDE", False),
     ("AV", "FINANSIERING", False), ("AVSLUTANDE,", "BESVÄRSANVISNING", False), ("ÖKADE", "UNDERHÅLLSKOSTNADER", False)],
)
def test_title_openings(last: str, word: str, opens: bool) -> None:
    assert _opens_capitals_title(last, word) is opens


@pytest.mark.parametrize(
    "text",
    ["Ärendelista 48 SAMMANTRÄDETS KONSTITUERANDE Beslut fattades.",  # one title
     "Ärendelista Sammanträdets konstituerande Uppsägning av avtal Budgetändring"],  # not in capitals
)
def test_no_capitals_run_list(text: str) -> None:
    assert _capitals_run_list(minutes_from_text(text)) == []
