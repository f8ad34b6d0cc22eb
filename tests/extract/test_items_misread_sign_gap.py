"""A scan that read a few of the paragraph signs as "$" in minutes whose other headings keep "§".

"§ 2 Val av sekreterare" / "$ 3. Mötets stadgeenliga utlysande" / "$ 4. Godkännande av
föredragningslistan" / "§ 5. Val av justerare": the "$" lines fill the gap in the run of signs
exactly, so they are headings 3 and 4. A "$" line after the last sign, out of turn, or inside a
line stays as it is (an amount, a price).
"""

from __future__ import annotations

import pytest

from planner.extract.items import misread_sign_view
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows

_HEAD = "Protokoll fört vid nationsmöte måndagen den 4 september 2017.\n\nNärvarande: 30 medlemmar\n\n"


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2017-09-04")[0]]


GAP_FILLING = [
    pytest.param(_HEAD + "§ 1. Mötet öppnas\nOrdföranden öppnade mötet.\n\n§ 2. Val av mötessekreterare\nTill sekreterare valdes Eva.\n\n"
                 "$ 3. Mötets stadgeenliga utlysande\nMötet förklarades stadgeenligt utlyst.\n\n"
                 "$ 4. Godkännande av föredragningslistan\nFöredragningslistan godkändes.\n\n"
                 "§ 5. Val av justerare\nTill justerare valdes Bo.\n",
                 [("1", "Mötet öppnas"), ("2", "Val av mötessekreterare"), ("3", "Mötets stadgeenliga utlysande"),
                  ("4", "Godkännande av föredragningslistan"), ("5", "Val av justerare")], id="two-dollars-between-signs"),
    pytest.param(_HEAD + "§ 1 Mötets öppnande\nOrdföranden hälsade välkommen.\n\n$2 Inkomna skrivelser\nInga skrivelser.\n\n"
                 "§ 3 Övriga frågor\nInga övriga frågor.\n",
                 [("1", "Mötets öppnande"), ("2", "Inkomna skrivelser"), ("3", "Övriga frågor")], id="one-dollar-between-signs"),
]


@pytest.mark.parametrize(("text", "titles"), GAP_FILLING)
def test_dollar_filling_a_gap_in_the_signs(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


LOOK_ALIKES = [
    pytest.param("Protokoll\n\n§ 1 Mötets öppnande\nText.\n$2 Inkomna skrivelser\n$3 Övrigt\n", id="after-the-last-sign"),
    pytest.param("Protokoll\n\n§ 1 Budget\nText.\n\n$5 Million saknas i budgeten\n\n§ 2 Övrigt\nText.\n", id="out-of-turn"),
    pytest.param("Protokoll\n\n§ 1 Budget\nText.\n\n$ 2 Dollar och 9 Kronor\n$ 3 Dollar\n\n§ 3 Övrigt\nText.\n", id="more-than-the-gap"),
    pytest.param("Protokoll\n\n§ 1 Budget\nPriset är $2 Per styck.\n\n§ 3 Övrigt\nText.\n", id="dollar-inside-the-line"),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_dollar_that_fills_no_gap(text: str) -> None:
    doc = minutes_from_text(text)
    assert misread_sign_view(doc) is doc
