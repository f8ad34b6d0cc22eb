"""What is to come back under one of an item's lettered sub-points is that topic, announced; the item is handled.

"6. Ekonomi" / "a) Kassarapport" / ... / "d) Ansökan om kommunalt bidrag" / "... Diskuteras vidare vid
senare tillfälle.": under an item of two lettered points or more, the sub-point's topic is carried as
announced and the item stays handled. Look-alikes: the same sentence in an item without lettered points,
or before its first point, is the item's own matter coming back (returns).
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_FRONT = ("Protokoll fört vid styrelsemöte 2019-02-11\n\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n"
          "1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n")
_END = "\n\n7. Mötets avslutande\n\nOrdföranden avslutade mötet.\n"


def _ekonomi(points: list[str]) -> str:
    return _FRONT + "6. Ekonomi\n\n" + "\n\n".join(points) + _END


@pytest.mark.parametrize("points", [
    ["a) Kassarapport", "Kassören redogjorde för ekonomin.", "b) Ansökan om kommunalt bidrag",
     "Föreningen hoppas på bidrag för driftkostnader. Diskuteras vidare vid senare tillfälle."],
    ["a) Kassarapport", "Kassören redogjorde för ekonomin.", "b)", "Ansökan om bidrag",
     "Föreningen hoppas på bidrag för driftkostnader. Diskuteras vidare vid senare tillfälle."],
    ["a) Medlemsavgifter", "Avgifterna är inbetalda.", "b) Belysningen",
     "Belysningen behöver bytas. Frågan tas upp igen vid nästa möte.", "c) Budget", "Budgeten godkändes."],
    ["a) Kassarapport", "Kassören redogjorde för ekonomin.", "b) Försäkringar", "Offerter har kommit in.",
     "c) Hyror", "Hyrorna ses över. Återkommer vid nästa möte."],
])
def test_topic_of_a_lettered_point_is_announced(points: list[str]) -> None:
    items, carry = item_rows(_ekonomi(points), "2019-02-11")
    assert [(n, st) for n, _, st, _ in items] == [("1", "handled"), ("6", "handled"), ("7", "handled")]
    assert [(f, r) for f, _, r in carry] == [("6", "announced")]


@pytest.mark.parametrize("text", [
    # no lettered points: the item's own matter comes back
    _ekonomi(["Föreningen hoppas på bidrag för driftkostnader. Diskuteras vidare vid senare tillfälle."]),
    # one lettered point only
    _ekonomi(["a) Ansökan om bidrag", "Föreningen hoppas på bidrag. Diskuteras vidare vid senare tillfälle."]),
    # before the first point: the item's own text
    _ekonomi(["Ekonomin diskuterades. Diskuteras vidare vid senare tillfälle.", "a) Kassarapport",
              "Kassören redogjorde.", "b) Hyror", "Hyrorna ses över."]),
])
def test_item_without_lettered_topic_returns(text: str) -> None:
    items, carry = item_rows(text, "2019-02-11")
    assert [(n, st) for n, _, st, _ in items] == [("1", "handled"), ("6", "returns"), ("7", "handled")]
    assert [(f, r) for f, _, r in carry] == [("6", "returns")]
