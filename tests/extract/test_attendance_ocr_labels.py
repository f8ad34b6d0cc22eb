"""The list labels of a scanned copy whose text recognition misread their letters: "Näruarande ledamöter" ("u" for
"v"), "Frânvarande ledamöter" ("â" for "å"), "Niirvarande ledamoter" ("ii" for "ä", "o" for "ö"), "Anrniilt
forhinder" ("rn" for "m"), "Ovriga".

When no list is found, the label words so misread (`_RX_OCR_LABEL`) are written right, padded to their length so
that every offset stays, and the lists are read again (`_ocr_labels_repaired`). Before, such a copy gave no one.

Look-alikes: labels written right are left as they are (no repair), words that only begin like a label
("Ovrigt", "Näruarandet") are none, and a copy whose lists were found is not read again.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_OCR_LABEL
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("GR Näruarande ledamöter Derya Tumayer (MP)", "Näruarande ledamöter"),
        ("Frânvarande ledamöter Olle Adolfsson (S)", "Frânvarande ledamöter"),
        ("2018-12 - 12 Niirvarande ledamoter Ulrika Stuart Hamilton", "Niirvarande ledamoter"),
        ("Anna Sparrman Anrniilt forhinder Malena Ernman", "Anrniilt forhinder"),
        ("Hampus Magnusson (M) Ovriga Maria Sigroth, GR", "Ovriga"),
        # look-alikes
        ("Övriga frågor", None),
        ("Närvarande ledamöter Anna Ek", None),
        ("Ovrigt: inget", None),
        ("Näruarandet", None),
    ],
)
def test_misread_label(text: str, misread: str | None) -> None:
    found = [m.group(0) for m in _RX_OCR_LABEL.finditer(text) if m.group(0).casefold() not in (
        "övriga", "närvarande ledamöter", "övriga frågor")]
    assert (found[0] if found else None) == misread


def test_lists_of_a_scanned_copy() -> None:
    text = ("Protokoll 2016-12-15 från sammanträde med styrgruppen Tid: Torsdag 15 december, 9.00-12.00 Plats: GR "
            "Näruarande ledamöter Derya Tumayer (MP), Göteborg, ordf Mikael Berglund (M), Ale, v ordf Benny Andersson "
            "(S), Tjörn Frânvarande ledamöter Olle Adolfsson (S), Lerum Fredrik Hansson (C), Kungsbacka\n\n"
            "§1 Val av justeringsperson\n\nText.\n")
    assert attendance_names(text) == (["Derya Tumayer", "Mikael Berglund", "Benny Andersson"],
                                      ["Olle Adolfsson", "Fredrik Hansson"])


def test_a_copy_whose_lists_were_found_is_not_read_again() -> None:
    text = ("Protokoll 2016-12-15\n\nNärvarande: Anna Ek, Bo Berg\n\nDet noterades att Frânvarande ledamöter Cia Holm "
            "och Dan Lund\n\n1. Mötets öppnande\n")
    assert attendance_names(text) == (["Anna Ek", "Bo Berg"], [])
