"""The elliptic "Kvarstår." as a whole sentence keeps the matter open: it comes back (planner.extract.items).

"9. Informationstavlan. Kvarstår." (776): "Ärendet kvarstår" was read, the bare word was not, and a one-word
sentence after an item's name in its heading was not read at all. Now "Kvarstår", "Står kvar", "Ligger kvar",
alone or with when ("till nästa möte") or "som punkt", returns the item; and a one-word fate ("Kvarstår",
"Utgår", "Bordlades") after the name in a heading is read as its sentence. Look-alikes: what remains of a sum
or a task ("Kvarstår att betala 500 kr", "Det kvarstår 500 kr i kassan") and a clause inside a sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

AUGUST_2022 = date(2022, 8, 29)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Kvarstår.", None),
    ("Kvarstår", None),
    ("Står kvar till nästa möte.", "next"),
    ("Kvarstår tills vidare.", None),
    ("Kvarstår som punkt på dagordningen.", None),
    ("- Ligger kvar.", None),
])
def test_standing_alone_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, AUGUST_2022)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Kvarstår att betala 500 kr.",
    "Det kvarstår 500 kr i kassan.",
    "Frågor som kvarstår diskuteras.",
    "Tre platser kvarstår.",
])
def test_no_standing_alone(sentence: str) -> None:
    assert classify(sentence, AUGUST_2022) is None


_MINUTES = """Protokoll fört vid styrelsemöte 2022-08-29

Närvarande: Anna Berg, Per Holm, Eva Lind

8. Ekonomi. Kassören redovisar.

9. {heading}

10. Övrigt. Inget övrigt.
"""


@pytest.mark.parametrize(("heading", "title", "status"), [
    ("Informationstavlan. Kvarstår.", "Informationstavlan", ItemStatus.RETURNS),
    ("Lokalfrågan. Utgår.", "Lokalfrågan", ItemStatus.POSTPONED),
    ("Hemsidan, Bordlades.", "Hemsidan", ItemStatus.POSTPONED),
    ("Informationstavlan. Klar.", None, ItemStatus.HANDLED),
])
def test_one_word_fate_in_heading(heading: str, title: str | None, status: ItemStatus) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(heading=heading)))
    item = next(it for it in found.items if it.number == "9")
    assert item.status is status
    if title is not None:
        assert item.title == title
