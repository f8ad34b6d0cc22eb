"""A note of the items an attendee took part in, written after the name ("Andreas Möller, deltog i 72, 73, 75,
76,", "Hans Andreasson, deltog i andra halvan av 72.5 samt i 74, 77,", "Eva Ek närvarade under §§ 4-7"), ends
the entry: the names after it are the next entries, not a note's words. One such note alone, and a sentence
about taking part in something, change nothing.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


def names(text: str) -> list[str]:
    return [p.name for p in _line_entries(text, 0, set(), False)]


@pytest.mark.parametrize(("text", "want"), [
    (("Tomas Bjöersdorff, ordförande Christer Jonsson Hans Andreasson, deltog i andra halvan av 72.5 samt 74, 77 "
     "Göran Bondesson Andreas Möller, deltog i 72, 73, 75, 76, Dan Brännström Sara Möller Susanne Rodmar, deltog i "
     "72, 73, 75, 76, Lars Dalesjö Per Rydwik"),
     ["Tomas Bjöersdorff", "Christer Jonsson", "Hans Andreasson", "Göran Bondesson", "Andreas Möller",
      "Dan Brännström", "Sara Möller", "Susanne Rodmar", "Lars Dalesjö", "Per Rydwik"]),
    ("Anna Berg, deltog i § 4-7 Karl Holm Eva Lund, deltog i § 8 Per Ek",
     ["Anna Berg", "Karl Holm", "Eva Lund", "Per Ek"]),
    ("Anna Berg närvarade under §§ 4-7 Karl Holm Eva Lund närvarade under § 8 Per Ek Lisa Ström",
     ["Anna Berg", "Karl Holm", "Eva Lund", "Per Ek", "Lisa Ström"]),
    ("Anna Berg, deltog i 12, 13 samt 15 Karl Holm, deltog i 14 Eva Lund", ["Anna Berg", "Karl Holm", "Eva Lund"]),
    ("George Olvik, kommunikationschef, deltog i 73 Per Westblom Helen Åkerman, deltog i 74, 83.1",
     ["George Olvik", "Per Westblom", "Helen Åkerman"]),
])
def test_took_part_note_ends_the_entry(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "not_read"), [
    # a sentence about taking part, no list
    ("Maj-Britt Paro deltog i mötet som kontaktperson till SPF och Samrådet i SPF Helsingfors", "Samrådet"),
    ("Ca 20 medlemmar deltog i mötet som omfattade sedvanliga möteshandlingar", "Ca"),
    # one note alone: the entry and its note, nothing split
    ("Anna Berg, deltog i § 4", "§ 4"),
])
def test_other_took_part_phrases(text: str, not_read: str) -> None:
    assert not any(not_read in n for n in names(text))
