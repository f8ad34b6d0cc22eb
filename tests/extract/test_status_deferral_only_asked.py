""""Det diskuterades huruvida ärendet skulle bordläggas": a deferral asked about is no deferral (planner.extract.items).

"huruvida", or "om" and a modal ("om det var korrekt att", "om man skulle", "om ärendet borde"), at most a few words
before the deferral word in the same clause make it a question. A decision in the clause ("Efter diskussion om ärendet
beslutades att bordlägga det"), or a deferral after the question ("... och beslutade att bordlägga det") still defers.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DEC_2016 = date(2016, 12, 12)


@pytest.mark.parametrize("sentence", [
    "En mindre diskussion om det var korrekt att bordlägga eller vakantsätta de ovalda posterna utbröt.",
    "Det diskuterades huruvida ärendet skulle bordläggas.",
    "Frågan om ärendet borde återremitteras diskuterades.",
    "Styrelsen diskuterade om man skulle skjuta upp beslutet.",
    "Ledamöterna resonerade om punkten kunde bordläggas.",
])
def test_deferral_asked_about_says_nothing(sentence: str) -> None:
    assert classify(sentence, DEC_2016) is None


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Efter diskussion om ärendet beslutades att bordlägga det.", ItemStatus.POSTPONED, None),
    ("Styrelsen diskuterade om ärendet skulle bordläggas och beslutade att bordlägga det till nästa möte.",
     ItemStatus.POSTPONED, "next"),
    ("Ärendet bordläggs till nästa möte.", ItemStatus.POSTPONED, "next"),
    ("Mötet beslutade om att bordlägga frågan.", ItemStatus.POSTPONED, None),
    ("Nämnden beslutar att återremittera ärendet.", ItemStatus.RETURNS, None),
])
def test_deferral_done_still_defers(sentence: str, status: ItemStatus, when: str | None) -> None:
    found = classify(sentence, DEC_2016)
    assert found is not None and (found.status, found.when) == (status, when)
