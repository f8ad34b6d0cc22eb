"""A copy that set every word on a line of its own (a PDF transcription: "Närvarande:" / "Archie" /
"Duncanson," / ...) is read as the text was written: its lines are joined back, except before an item's
number and a label, so the attendance list and the items read as usual. Names keep a Unicode hyphen as
written ("Lars‐Gunnar Bråvander", U+2010), and a hyphen doubled by a copy ("14-‐15/3") is one. A short list
of single words, or a text with ordinary lines, is left as it is.
"""

from __future__ import annotations

import re

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text, word_per_line_breaks

NAMES = ["Archie Duncanson", "Gustaf Delin", "Monika Marcolin", "Ahmad Saberi", "Ulla Martinsson",
         "Gunnel Petersson", "Mats Olsson", "Robert Emungu", "Bosse Andersson", "Björn Lindbergson",
         "Christina Carlmatz", "Hans Hartman", "Harry Månsus", "Lars‐Gunnar Bråvander", "Lars Wedén",
         "Christer Larsson", "Carina Hedin", "Lars‐Åke Norman", "Benny Helgesson"]


def one_word_lines(text: str) -> str:
    return "\n".join(text.split())


HEAD = "25/10 2019 i Valsta församling\n\n"
BODY = ("MINNESANTECKNINGAR FRÅN ÖPPET MÖTE MED OMSTÄLLNING SIGTUNA (OS) 25/10 2019 i Valsta församling "
        "Närvarande: " + ", ".join(NAMES) + ".")
ITEMS = ("\n1. De närvarande hälsades välkomna och mötet öppnades."
         "\n2. Mötesordförande Christer Larsson, minneanteckningar Monika Marcolin."
         "\n3. Syftet med mötet: Diskutera framtida verksamhet och samarbete med andra aktörer i kommunen.")


def test_word_per_line_copy_reads_its_list_and_items() -> None:
    items = "".join("\n" + line.split(" ", 1)[0] + " " + one_word_lines(line.split(" ", 1)[1])
                    for line in ITEMS.strip("\n").split("\n"))
    r = extract_text(minutes_from_text(HEAD + one_word_lines(BODY) + items + "\n"))
    assert [p.name for p in r.meeting.present] == NAMES
    assert [i.number for i in r.items] == ["1", "2", "3"]


@pytest.mark.parametrize(("texts", "joined"), [
    (["Närvarande:", *one_word_lines(" ".join(NAMES * 2)).split("\n"), "1.", "Mötet"], True),
    ([*one_word_lines(BODY).split("\n"), "1. De", "närvarande", "hälsades"], True),
    ([*one_word_lines(BODY * 2).split("\n")], True),
    (["Protokoll", "", *one_word_lines(" ".join(NAMES * 3)).split("\n")], True),
    ([*one_word_lines(" ".join(NAMES)).split("\n"), "", *one_word_lines(" ".join(NAMES)).split("\n")], True),
])
def test_word_per_line_breaks_found(texts: list[str], joined: bool) -> None:
    breaks = word_per_line_breaks(texts)
    assert bool(breaks) is joined
    for k in breaks:  # never before an item's number or a label
        assert not re.match(r"\d{1,3}\.(?:\s|$)", texts[k + 1]) and not texts[k + 1].endswith(":")


@pytest.mark.parametrize("texts", [
    ["Närvarande:", "Anna", "Bo", "Cia", "1. Mötet öppnas"],  # a short list of single words
    [f"Rad {k} med flera ord" for k in range(60)],  # ordinary lines
    [*(["Ett"] * 30), *(f"Rad {k} med flera ord" for k in range(20))],  # too few single words
])
def test_no_breaks_in_other_texts(texts: list[str]) -> None:
    assert word_per_line_breaks(texts) == []


def test_doubled_hyphen_is_one() -> None:
    r = extract_text(minutes_from_text("Styrelsemöte 2015-03-11\n\n8. Kommande aktiviteter\n"
                                       "8.1 Styrelseutbildning 14-\u201015/3 Louise informerade om schemat.\n"))
    assert [(e.date, e.end_date) for e in r.events] == [("2015-03-14", "2015-03-15")]
