"""The previous meeting's minutes that could not be approved ("Föregående mötesprotokoll kunde inte
justeras då Göran ej var närvarande") or were not ready ("Protokollet från förra mötet är inte klart"):
the approval is put off, postponed. Minutes approved, or approved later as routine, are no postponement;
nor are minutes of something else not ready ("Protokollet från konferensen är inte klart"). The earlier
meeting that names the minutes dates nothing: "Ärendet bordlades vid förra sammanträdet" is history,
"Protokollet från förra mötet godkänns vid nästa möte" a return.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

P = ItemStatus.POSTPONED
DAY = date(2014, 6, 2)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Föregående mötesprotokoll kunde inte justeras då Göran ej var närvarande.", P),
        ("Protokollet kunde ej justeras eftersom justeraren saknades.", P),
        ("Föregående protokoll kan inte godkännas idag.", P),
        ("Mötesprotokollet gick inte att justera då det inte var klart.", P),
        # look-alikes: minutes approved, or a question about what can be approved
        ("Föregående mötesprotokoll justerades och lades till handlingarna.", None),
        ("Protokollet kunde justeras utan ändringar.", None),
        ("Ordföranden påpekade att protokollet ska justeras inom två veckor.", None),
        # not ready for this meeting: named alone or by the meeting it is from
        ("Protokollet från förra mötet är inte klart.", P),
        ("Protokollet från föregående möte var inte klart.", P),
        ("Föregående mötesprotokoll ej klart.", P),
        ("Protokollet har inte blivit färdigt.", P),
        ("Protokollet är inte justerat än.", P),
        # look-alikes: minutes of something else, minutes ready, another lack
        ("Protokollet från konferensen är inte klart.", None),
        ("Protokollet från konferensen har inte kommit tillbaka från justering.", None),
        ("Protokollet är klart och godkändes.", None),
        ("Protokollet är inte offentligt.", None),
    ],
)
def test_minutes_not_approved(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence, DAY)
    assert (found.status if found else None) == status


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Protokollet från förra mötet godkänns vid nästa möte.", (ItemStatus.RETURNS, "next")),
        ("Mötesprotokollet från föregående möte är inte klart och justeras på nästa möte.", (P, "next")),
        ("Ärendet bordlades vid förra sammanträdet.", None),
        ("Protokollet från förra mötet godkändes och lades till handlingarna.", None),
    ],
)
def test_earlier_meeting_naming_the_minutes(sentence: str, expected: tuple[ItemStatus, str | None] | None) -> None:
    found = classify(sentence, DAY)
    assert ((found.status, found.when) if found else None) == expected
