"""A flattened run of members with their parties goes on past notes of items and of substitutes between entries.

Municipal minutes stack the "Beslutande" column as runs of "Name (Party)" lines, one blank line between, and
write after a party the items the member took part in ("Jens Rosberg (L) §§ 57–70") or whom a substitute stood
in for ("Astrid Lofs (SD), tjänstgörande ersättare för Mona Olin (SD) §§ 57–60 Mona Olin (SD) §§ 61–93"). Such
a line is long and has few commas, which alone reads as a sentence ending the list; with the notes set aside it
is a party run, and the list goes on. Look-alikes: a line that still reads as a sentence once the notes are
set aside ("Anna Ek (S) §§ 5–7 yrkade bifall ...") ends the list.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll\n\nKommunstyrelsen\n\nSammanträdesdatum 2019-03-11\n\n"
_TAIL = "\n\n§ 57 Val av justerare\n\nTill justerare utses Bo Berg.\n"
_LIST = ("Beslutande Anna Ek (S), ordförande\n\n"
         "Bo Berg (M), förste vice ordförande Cia Holm (C), andre vice ordförande Dan Lund (SD)\n\n"
         "{line}\n\n"
         "Renate Tiro (S), tjänstgörande ersättare för Henrik Ahl (S)\n")
_FIRST = ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]


@pytest.mark.parametrize(("line", "names"), [
    ("Eva Sten (SD), tjänstgörande ersättare för Mona Lind (SD) §§ 57–60 Mona Lind (SD) §§ 61–93",
     ["Eva Sten", "Mona Lind"]),
    ("Karl Alm (KD) §§ 57–65 Per Dahl (C) §§ 57–65 Lisa Krok (L)", ["Karl Alm", "Per Dahl", "Lisa Krok"]),
    ("Karl Alm (KD) § 61 Per Dahl (C) §§ 57-65, 70 Lisa Krok (L)", ["Karl Alm", "Per Dahl", "Lisa Krok"]),
    ("Anna Björk (S) tjg för Paula Örn (S) Dennis Ljung (S) Nils Sand (S)",
     ["Anna Björk", "Dennis Ljung", "Nils Sand"]),
    ("Lena Ros (M) ersätter Åke Nils Berg (M) Sara Lind (V) Omar Said (MP) Tove Falk (L)",
     ["Lena Ros", "Sara Lind", "Omar Said", "Tove Falk"]),
    ("Eva Sten (SD), ers. för Mona Lind (SD) Olle Ek (S) Lisa Krok (L) Per Dahl (C) §§ 57–70",
     ["Eva Sten", "Olle Ek", "Lisa Krok", "Per Dahl"]),
])
def test_notes_between_party_entries_keep_the_run_going(line: str, names: list[str]) -> None:
    present, _ = attendance_names(_LIST.format(line=line), head=_HEAD, tail=_TAIL)
    assert present[: len(_FIRST) + len(names)] == _FIRST + names
    assert "Renate Tiro" in present


@pytest.mark.parametrize("line", [
    "Anna Ek (S) §§ 5–7 yrkade bifall till förslaget från Bo Berg (M) och Cia Holm (C) i ärendet",
    "Ordföranden Eva Sten (SD) § 61 hälsar Karl Alm (KD), Per Dahl (C) och Lisa Krok (L) välkomna till mötet",
])
def test_a_sentence_with_notes_still_ends_the_run(line: str) -> None:
    present, _ = attendance_names(_LIST.format(line=line), head=_HEAD, tail=_TAIL)
    assert present[: len(_FIRST)] == _FIRST
    assert "Renate Tiro" not in present
