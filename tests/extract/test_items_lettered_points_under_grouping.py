"""Lettered points under a heading that merely groups separate matters are the items instead of their
parent (tests/data/SCHEMA.md: "6. Frågor:", "14. Övriga frågor"): "18 Rapporter" / "a. Finansrapport" /
"b. Muntlig redovisning ..." or "§4 Justering av protokoll/uppföljning av föregående mötesbeslut" /
"A) Årsmöte ..." / "B) GDPR ...". Each is numbered by its letter as written.

Look-alikes: lettered points under a heading of one matter ("5. Val av styrelse" / "a) Ordförande") stay
its text, and one lettered line alone is no list.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers

DAY = "2013-03-11"
HEAD = "Protokoll styrelsemöte 2013-03-11\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        (("17 Årsstämmor 2013 (utsänd)\n\n18 Rapporter\n\na. Finansrapport (föredragande Mats Lundin)\n"
          "b. Muntlig redovisning rörande nuläget i stora projekt (föredragande Johan Castwall)\n"
          "c. Muntlig lägesredovisning (föredragande Johan Castwall)\n\n19 Övrigt\n"),
         ["17", "a", "b", "c", "19"]),
        (("§1 Mötet öppnas av Martin\n\n§2 Val av justerare Martin och Marie justerar\n\n"
          "§3 Justering av protokoll/uppföljning av föregående mötesbeslut\n\n"
          "A) Årsmöte • Blommor skall inköpas\n\nB) ) GDPR Punkten ajourneras.\n\n"
          "C) Jordstatus i vår förening Styrelsen har kontaktat staden. Inget nytt har framkommit.\n\n"
          "D) Skansen, årsmöte 29/6 Digitalt årsmöte den 29/6. En i styrelsen avser att delta.E) Skansenbiljetter "
          "Föreningen har fått 10 fribiljetter.\n\n§5 Mötet avslutas\n"),
         ["1", "2", "A", "B", "C", "D", "E", "5"]),
        (("1. Mötets öppnande\n\n2. Övriga frågor\n\na) Ny ledamot i valberedningen\nOlle Ek föreslås.\n"
          "b) Inbjudan till jubileum\nStyrelsen tackar.\n\n3. Mötets avslutande\n"),
         ["1", "a", "b", "3"]),
    ],
)
def test_lettered_points_under_a_grouping_heading_are_items(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        # a heading of one matter: its lettered points are its text
        (("1. Mötets öppnande\n\n2. Val av styrelse\n\na) Ordförande Anna Berg\nb) Kassör Olle Ek\n"
          "c) Sekreterare Per Ek\n\n3. Mötets avslutande\n"),
         ["1", "2", "3"]),
        # one lettered line is no list
        ("1. Mötets öppnande\n\n2. Övriga frågor\n\na) Ny ledamot i valberedningen\n\n3. Mötets avslutande\n",
         ["1", "2", "3"]),
        # letters out of order
        (("1. Mötets öppnande\n\n2. Rapporter\n\nb) Kassarapport\nc) Medlemsrapport\n\n3. Mötets avslutande\n"),
         ["1", "2", "3"]),
    ],
)
def test_lettered_points_that_are_no_grouped_matters_stay_text(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers


def test_lettered_report_lines_stay_the_groups_text() -> None:
    body = ("5. Rapporter\n\na) Ekonomi: ingen förändring.\nb) Lokaler: inget nytt.\nc) Medlemmar: två nya.\n\n"
            "6. Övriga frågor\nInga.\n")
    assert item_numbers(HEAD + body, DAY) == ["5", "6"]
