"""The previous meeting's minutes that could not be approved ("Föregående mötesprotokoll kunde inte
justeras då Göran ej var närvarande"): the approval is put off, postponed. Minutes approved, or approved
later as routine, are no postponement.
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
    ],
)
def test_minutes_not_approved(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence, DAY)
    assert (found.status if found else None) == status
