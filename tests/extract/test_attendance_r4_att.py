"""Attendance layouts of round 4 (branch r4-att).

1. A copy that lost its encoding writes U+FFFD for every "å", "ä", "ö": "N\ufffdrvarande:", "Fr\ufffdnvarande:",
   "Anm\ufffdlt f\ufffdrhinder:", "\ufffdvriga n\ufffdrvarande:". When no list is found, such a label is read as the
   label it stands for (`_OCR_READINGS`, `_ocr_labels_repaired`), as the misread labels of a scanned copy are.
   Before, such a copy gave no one. Look-alikes: words that only begin like a label ("N\ufffdrvarandet"), other
   words with U+FFFD ("M\ufffdtesform").
2. A municipal front page whose row of labels ends in the signing's labels before the values of all: "Övriga
   närvarande Ersättare Tjänstepersoner Justering Justerare Plats och tid Ulla Svensson (M) ... Carina Elmefall,
   kanslichef Fredrik Pettersson, sekreterare Bengt-Göran Sandell Kommunkansliet". The closing labels at the end of
   the row and the signing's "Plats och tid" after them are passed over, and the names that follow are present, up
   to the signing's own values (the checker, a member named above) (`_names_after_label_row`). Before, no one of
   those lists was read. Look-alikes: "Plats och tid" with no closing label before it (the meeting's place), a
   signing place and date after the labels.
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


_FRONT_HEAD = "SAMMANTRÄDESPROTOKOLL Valnämnden\n\n"
_FRONT_TAIL = "\n\n§ 1 Justering av protokoll\nText.\n"
_MEMBERS = ["Anna Ek", "Bo Berg", "Cia Holm"]
_OTHERS = ["Dan Lund", "Eva Nord", "Fia Sand", "Gun Strand"]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("1 Tid och plats Stadshuset, kl Beslutande Ledamöter Anna Ek (M), Ordförande Bo Berg (S) Cia Holm (MP) "
          "Övriga närvarande Ersättare Tjänstepersoner Justering Justerare Plats och tid Dan Lund (M) Eva Nord (S) "
          "Fia Sand, kanslichef Gun Strand, sekreterare Bo Berg Kommunkansliet Justerade paragrafer Underskrifter "
          "Sekreterare Gun Strand"), _MEMBERS + _OTHERS),
        (("1 Tid och plats Stadshuset, kl Beslutande Ledamöter Anna Ek (M), Ordförande Bo Berg (S) Cia Holm (MP) "
          "Övriga närvarande Ersättare Tjänstemän Justering Justerare Tid och plats Dan Lund (M) Eva Nord (S) "
          "Fia Sand, kanslichef Gun Strand, sekreterare Bo Berg Kommunkansliet Paragrafer 1-5"), _MEMBERS + _OTHERS),
        (("Tid och plats Stadshuset\nBeslutande Ledamöter Anna Ek (M), ordförande Bo Berg (S) Cia Holm (MP)\n"
          "Övriga närvarande\nErsättare Tjänstepersoner Justering\nJusterare\nPlats och tid Dan Lund (M) Eva Nord (S) "
          "Fia Sand, kanslichef Gun Strand, sekreterare"), _MEMBERS + _OTHERS),
        # look-alikes: the meeting's place and time, no closing label before it; the signing's place and date
        (("Tid och plats Stadshuset\nBeslutande Ledamöter Anna Ek (M), ordförande Bo Berg (S) Cia Holm (MP)\n"
          "Övriga närvarande\nErsättare Tjänstepersoner\nPlats och tid Stadshuset, kl 18.00"), _MEMBERS),
        (("Tid och plats Stadshuset\nBeslutande Ledamöter Anna Ek (M), ordförande Bo Berg (S) Cia Holm (MP)\n"
          "Övriga närvarande\nErsättare Tjänstepersoner Justering\nJusterare\nPlats och tid Kommunhuset 2018-03-01"),
         _MEMBERS),
    ],
)
def test_values_after_the_signing_labels(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_FRONT_HEAD, tail=_FRONT_TAIL) == (present, [])
