"""What an item's "Tidigare beslut" (earlier decision) section postpones or sends back is history.

"Tidigare beslut" / "FHR beslutade den 30 oktober 2001, § 25," / "att uppdra åt presidiet att lägga ett
förslag till Folkhälsoplan och budget till nästa möte." / "Beslut" / "att godkänna Folkhälsoplan och
budget": the earlier decision asked for what this meeting handles; the item does not come back. The
account runs from the label (words.HISTORY_LABELS) to the label of the item's own part
(words.AFTER_HISTORY_LABELS: "Beslut", "Förslag till beslut" ...).

Look-alikes: the same sentence without the label, a postponement under the "Beslut" label after the
history, and "tidigare beslut" inside a sentence keep their status.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_HEAD = "Protokoll 2001-12-04\n\n§ 31 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n§ 32 Folkhälsoplan 2002\n\n"
_TAIL = "\n\n§ 33 Övriga frågor\n\nInga övriga frågor.\n"
_ASKED = ("FHR beslutade den 30 oktober 2001, § 25,\n"
          "att uppdra åt presidiet att lägga ett förslag till folkhälsoplan och budget till nästa möte.\n")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Föreligger förslag till folkhälsoplan.\n\nTidigare beslut\n" + _ASKED + "\nBeslut\n"
         "Folkhälsorådet beslutar\natt godkänna folkhälsoplan och budget", "handled"),
        ("Tidigare beslut:\n" + _ASKED + "\nFörslag till beslut\nAtt godkänna planen.", "handled"),
        ("Ärendets tidigare behandling\nStyrelsen bordlade ärendet.\n\nBeslut\nStyrelsen godkänner planen.",
         "handled"),
        # look-alikes (the sentence without the label is told undated here: dated before the meeting, a past
        # decision is history by itself, see test_items_status_deferral_decided_earlier.py)
        ("Föreligger förslag till folkhälsoplan.\n\n" + _ASKED.replace(" den 30 oktober 2001, § 25,", ""), "returns"),
        ("Föreligger förslag till folkhälsoplan.\n\n" + _ASKED, "handled"),
        ("Tidigare beslut\n" + _ASKED + "\nBeslut\nÄrendet bordläggs till nästa möte.", "postponed"),
        ("Enligt tidigare beslut ska ärendet tas upp igen på nästa möte.", "returns"),
    ],
)
def test_earlier_decision_section(body: str, status: str) -> None:
    rows, _ = item_rows(_HEAD + body + _TAIL, "2001-12-04")
    got = {number: st for number, _, st, _ in rows}
    assert got.get("32") == status, rows
