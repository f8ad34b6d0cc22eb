"""Attendance layouts of round 4 (branch r4-att).

1. A copy that lost its encoding writes U+FFFD for every "å", "ä", "ö": "N\ufffdrvarande:", "Fr\ufffdnvarande:",
   "Anm\ufffdlt f\ufffdrhinder:", "\ufffdvriga n\ufffdrvarande:". When no list is found, such a label is read as the
   label it stands for (`_OCR_READINGS`, `_ocr_labels_repaired`), as the misread labels of a scanned copy are.
   Before, such a copy gave no one. Look-alikes: words that only begin like a label ("N\ufffdrvarandet"), other
   words with U+FFFD ("M\ufffdtesform").
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_OCR_LABEL
from tests.extract.attendance_lists import attendance_names

_R = "\ufffd"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"N{_R}rvarande:", f"N{_R}rvarande"),
        (f"Fr{_R}nvarande: Bo Berg", f"Fr{_R}nvarande"),
        (f"Anm{_R}lt f{_R}rhinder: Cia Holm", f"Anm{_R}lt f{_R}rhinder"),
        (f"{_R}vriga n{_R}rvarande: Dan Lund", f"{_R}vriga n{_R}rvarande"),
        # look-alikes
        (f"N{_R}rvarandet", None),
        (f"M{_R}tesform: {_R}rsm{_R}te", None),
        (f"Kv{_R}llen inleddes med ett bildspel", None),
    ],
)
def test_label_with_lost_letters(text: str, found: str | None) -> None:
    m = _RX_OCR_LABEL.search(text)
    assert (m.group(0) if m else None) == found


_HEAD = f"{_R}RSM{_R}TESPROTOKOLL\n\nDatum: 2016-07-12, kl 18.30\nPlats: Logen\n"
_TAIL = f"\n\n{_R}1 M{_R}tet {_R}ppnas\nOrdf{_R}randen h{_R}lsade alla v{_R}lkomna.\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ((f"N{_R}rvarande:\n\n \tKarin Starrin, ordf{_R}rande\n \tInger Gustafsson, sekreterare\n"
          f" \tJohanna Dyhre, kass{_R}r\n \tPeter Jonasson, ledamot\n"
          f" \tsamt ytterligare 35 medlemmar i f{_R}reningen\n"),
         ["Karin Starrin", "Inger Gustafsson", "Johanna Dyhre", "Peter Jonasson"], []),
        (f"N{_R}rvarande: Anna Ek, Bo Berg, Cia Holm\nFr{_R}nvarande: Dan Lund\n",
         ["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Lund"]),
        (f"N{_R}rvarande styrelseledam{_R}ter: Anna Ek, Bo Berg\nAnm{_R}lt f{_R}rhinder: Dan Lund\n",
         ["Anna Ek", "Bo Berg"], ["Dan Lund"]),
        # look-alike: no label, no one
        (f"M{_R}tesform: {_R}rsm{_R}te\nKv{_R}llen inleddes med att Anna Ek visade bilder.\n", [], []),
    ],
)
def test_lists_of_a_copy_that_lost_its_encoding(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, absent)
