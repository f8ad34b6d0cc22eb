"""A flattened front page's list: a member whose given name is a label word ("Dag Hultefors (M), 65 81, 83 87")
is a name, not the label "Dag" of the meeting's day; the officials' group "Tjänstemän" right after an entry's
items opens a list of its own (after a party it stays in the run it closes, whose titled names are read together) ("Monica Yngvesson (S), 65 71, 73 87 Tjänstemän Catarina Dahlöf Jörgen
Preuss ..."); a run of names that ends on a lone label word ("Peter Löthman Gun-Marie Sjölander Sekreterare") is
read. "Dag" before a day, and "Tjänstemän" inside a sentence, stay as they were.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries
from planner.extract.header import extract_meeting, split_long_line
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll Sammanträdesdatum 2014-04-30 Regionstyrelsen 65 87 Tid Onsdag 30 april 2014, kl 09:00 14:30 Plats "
        "Regionens Hus, Södra vägen 9, Halmstad Sammanträdeslokal Borgsalen Ledamöter Gösta Bergenheim (M) GunMarie "
        "Stenström (M) Per Persson (S) Carl Fredrik Graf (M) Elisabet Babic (M), 82 Lennart Ohlsson (C), 72 ")


def present(run: str) -> list[str]:
    text = HEAD + run + "\n65 Justering Regionstyrelsen utser Per Persson att justera protokollet.\n"
    return [p.name for p in extract_meeting(minutes_from_text(text))[0].present]


@pytest.mark.parametrize(("run", "names"), [
    ("Dag Hultefors (M), 65 81, 83 87 Per Ödman (M), 65 71, 73 87 Gunnel Bengtsson (C) Maud Lanne (S)",
     ["Dag Hultefors", "Per Ödman", "Gunnel Bengtsson", "Maud Lanne"]),
    ("Carl Graf (M) Dag Larsson (S) Eva Holm (C) Maud Lanne (S), 65 71", ["Dag Larsson", "Eva Holm"]),
    ("Maud Lanne (S), 65 71, 73 87 Tjänstemän Catarina Dahlöf Jörgen Preuss William Hedman Cristine Karlsson",
     ["Catarina Dahlöf", "Jörgen Preuss", "William Hedman", "Cristine Karlsson"]),
    ("Ove Andersson (s) Tjänstemän Mona Boström Anette Henriksson Lena Kierkegaard Rune Lejon",
     ["Mona Boström", "Anette Henriksson", "Lena Kierkegaard", "Rune Lejon"]),
    (("Zofia Henriksson (M) Ersättare John Åberg (S) Gun Olofsson (S) Tjänstemän Peter Löthman Gun-Marie Sjölander "
     "Sekreterare"), ["Peter Löthman", "Gun-Marie Sjölander"]),
])
def test_flattened_group_labels(run: str, names: list[str]) -> None:
    found = present(run)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(("line", "label_cut_before"), [
    (("SAMMANTRÄDESPROTOKOLL 1 (18) Plats Folkets Hus, Gillesalen Dag Onsdag den 10 oktober 2012 kl. 14.00 15.30 "
     "Beslutande Sören Finnström (S) ordförande Kenneth Andersson (S) Kurt Josefsson (BOP)"), "Dag Onsdag"),
    (("SAMMANTRÄDESPROTOKOLL 1 (18) Plats Folkets Hus, Gillesalen Dag och tid Onsdag den 10 oktober 2012 kl. 14.00 "
     "15.30 Beslutande Sören Finnström (S) ordförande Kenneth Andersson (S) Kurt Josefsson (BOP)"), "Dag och tid"),
])
def test_day_label_still_cut(line: str, label_cut_before: str) -> None:
    assert any(p.text.startswith(label_cut_before) for p in split_long_line(line, 0))


def test_officials_word_in_a_sentence_is_no_list() -> None:
    line = ("Ledamöter Anna Ek (S) Bo Berg (M) Cia Holm (C) Dan Lind (V) Eva Ström (L) Fia Ek (KD) Göran Ek (MP) och "
            "tjänstemän från förvaltningen deltog i mötet som hölls i stadshuset där alla var välkomna att delta")
    assert not any(p.text.startswith(("Tjänstemän", "tjänstemän")) for p in split_long_line(line, 0))


def test_lone_role_word_after_names_run() -> None:
    assert [p.name for p in _line_entries("Peter Löthman Gun-Marie Sjölander Sekreterare", 0, set(), False)] == [
        "Peter Löthman", "Gun-Marie Sjölander"]
