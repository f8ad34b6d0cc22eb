""""Kommunstyrelsen beslutade 2021-02-10, § 23, att återremittera ärendet" in the case description of minutes of 10
March: a deferral or return decided at an earlier meeting, told with a past decision verb (DECIDED_PAST) and a day
or month before the meeting ahead of it, is the item's history, not its fate now (planner.extract.items
`_decided_before`); so is a past deferral verb dated before the meeting ("Kommunstyrelsen bordlade ärendet
2021-02-10", "Frågan sköts upp den 10 februari": PAST_DEFERRALS_ACTIVE). Look-alikes that stay: this meeting's
decision told in the past with no date or with its own day ("Styrelsen beslutade att bordlägga ärendet",
"beslutade den 10 mars att ..."), a target date after the meeting, and a date after "till"."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Kommunstyrelsen beslutade 2021-02-10, § 23, att bordlägga ärendet.",
    "Kommunstyrelsen beslutade 2021-02-10 § 23 att återremittera ärendet till förvaltningen.",
    "Kommunfullmäktige beslutade den 25 januari 2021 att återremittera ärendet.",
    "Nämnden beslöt vid sammanträdet i februari att bordlägga ärendet.",
    "Vid sammanträdet 2021-02-10 beslutade nämnden att bordlägga frågan.",
    "Kommunstyrelsen bordlade ärendet 2021-02-10, § 23.",
    "Frågan sköts upp den 10 februari.",
    "Styrelsen beslutade den 20 december att skjuta upp frågan till nästa möte.",
])
def test_deferral_decided_earlier_is_history(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Styrelsen beslutade att bordlägga ärendet.", ItemStatus.POSTPONED, None),
    ("Nämnden beslutade den 10 mars att bordlägga ärendet.", ItemStatus.POSTPONED, None),
    ("Styrelsen beslutade att återkomma i frågan den 14 april.", ItemStatus.RETURNS, "2021-04-14"),
    ("Frågan sköts upp till den 14 april.", ItemStatus.POSTPONED, "2021-04-14"),
    ("Mötet beslöt att skjuta upp frågan till nästa möte.", ItemStatus.POSTPONED, "next"),
])
def test_deferral_decided_now_stays(sentence: str, status: ItemStatus, when: str | None) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and found.status is status and found.when == when


def test_item_with_earlier_deferral_and_decision_now_is_handled() -> None:
    text = """Protokoll kommunstyrelsen 2021-03-10

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 1 Val av justerare

Per Holm utses att justera protokollet.

§ 2 Motion om cykelbanor

Kommunstyrelsen beslutade 2021-02-10, § 23, att bordlägga ärendet. Kommunstyrelsen beslutar att bifalla motionen.

§ 3 Övrigt

Inga övriga frågor.
"""
    found = extract_text(minutes_from_text(text))
    assert [it.status for it in found.items] == [ItemStatus.HANDLED] * 3
    assert not found.carry
