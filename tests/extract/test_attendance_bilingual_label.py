"""A list label with its English translation after a slash, as bilingual minutes write it: "Närvarande / Board
members and others attending: Manuela Leijerfelt, vice ordförande / deputy chairman ...", "Frånvarande / Absent:".

The translation (English words, no "åäö") stands between the Swedish label and its colon
(`_RX_LABEL_TRANSLATION`), at the start of a line (`label_of`) or inside a flattened one (`_INLINE_LABEL`).
Before, neither read the label, and the list was lost.

Look-alikes: "Närvarande/frånvarande:" is no translation (Swedish after the slash), a slash in a value
("Anna Ek / Bo Berg") opens no label, and a label with its colon right after it reads as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Närvarande / Board members and others attending: Anna Ek", (ListKind.PRESENT, "Anna Ek")),
        ("Närvarande / Present: Anna Ek", (ListKind.PRESENT, "Anna Ek")),
        ("Frånvarande/Absent: Bo Berg", (ListKind.ABSENT, "Bo Berg")),
        ("Närvarande: Anna Ek", (ListKind.PRESENT, "Anna Ek")),
        # look-alikes
        ("Närvarande/frånvarande: Anna Ek", None),
        ("Närvarande / Anna Ek", None),
    ],
)
def test_label_with_translation(text: str, found: tuple[ListKind, str] | None) -> None:
    lab = label_of(text)
    assert ((lab[0], text[lab[1]:]) if lab else None) == found


def test_translated_label_inside_a_flattened_line() -> None:
    text = ("Protokoll Föräldraföreningens styrelsemöte 2015-11-05 Notes Parents Association board meeting 2015-11-05 "
            "Närvarande / Board members and others attending: Manuela Leijerfelt, vice ordförande / deputy chairman "
            "Annika Fahlgren, sekreterare / secretary Åsa Tibbing, web master Maria Manse, ledamot / board member "
            "Sara Ekman, revisor / auditor Page 1 of 9\n1. Mötet öppnades av vice ordförande Manuela.\n")
    present, _ = attendance_names(text)
    assert present == ["Manuela Leijerfelt", "Annika Fahlgren", "Åsa Tibbing", "Maria Manse", "Sara Ekman"]


def test_translated_labels_on_lines_of_their_own() -> None:
    text = ("Protokoll 2015-11-05\n\nNärvarande / Present: Anna Ek, Bo Berg\nFrånvarande / Absent: Cia Holm\n\n"
            "1. Mötets öppnande\n")
    assert attendance_names(text) == (["Anna Ek", "Bo Berg"], ["Cia Holm"])
