"""Paragraph signs counting up from 1 where the first paragraph is told in one long sentence and no chain of two
headings forms (a short copy cut off after "§2."): "§1. Mötesordförande Göran Jarhult hälsade alla välkomna och
förklarade mötet öppnat." / "§2. Malin Andersson valdes till justerare." Each is an item, as a paragraph sign
numbers paragraphs only, never proposals. Look-alikes: a lone sentence paragraph, numbers that do not count up
from 1, a chain that already formed."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid Håstensskolans föräldraförening 2013-03-19\n\nNärvarande: Göran Jarhult, Malin Andersson\n\n"

CASES = [
    pytest.param("§1. Mötesordförande Göran Jarhult hälsade alla välkomna och förklarade mötet öppnat.\n\n§2. Malin "
                 "Andersson valdes till justerare.\n- Justeraren signerar på bloggen.\n", ["1", "2"], id="parents-cut-off"),
    pytest.param("§ 1 Ordföranden Anna Ek hälsade alla hjärtligt välkomna och förklarade årsmötet öppnat.\n\n"
                 "§ 2 Dagordningen godkändes.\n", ["1", "2"], id="annual-meeting"),
    pytest.param("§1 Kvällens ordförande Per Holm öppnade mötet och hälsade de närvarande medlemmarna välkomna.\n"
                 "§2 Till justerare valdes Eva Lind.\n", ["1", "2"], id="no-blank-lines"),
    pytest.param("§ 1. Ordförande Lena Berg förklarade mötet öppnat och hälsade alla föräldrar varmt välkomna.\n\n"
                 "§ 2. Mötet godkände dagordningen.\n- Inga tillägg.\n", ["1", "2"], id="stop-after-number"),
    # look-alikes: a lone sentence paragraph, no count from 1, a gap, a chain of headings
    pytest.param("§1. Mötesordförande Göran Jarhult hälsade alla välkomna och förklarade mötet öppnat.\n\nMötet "
                 "avslutades.\n", [], id="lone-paragraph"),
    pytest.param("§5. Ordföranden hälsade alla välkomna och förklarade mötet öppnat för kvällen.\n\n§6. Bo Berg valdes "
                 "till justerare.\n", ["6"], id="not-from-one"),
    pytest.param("§1. Mötesordförande Göran Jarhult hälsade alla välkomna och förklarade mötet öppnat.\n\n§3. Malin "
                 "Andersson valdes till justerare.\n", ["3"], id="gap"),
    pytest.param("§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Val av justerare\nBo Berg valdes.\n", ["1", "2"],
                 id="headings"),
]


@pytest.mark.parametrize(("text", "numbers"), CASES)
def test_sign_paragraphs_told_in_sentences(text: str, numbers: list[str]) -> None:
    assert [i.number for i in extract_text(minutes_from_text(HEAD + text)).items] == numbers
