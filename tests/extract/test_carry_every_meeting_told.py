""""Varje möte" / "varje sammanträde" puts a matter on every agenda when the sentence decides or plans it
("Styrelsen beslutar att kolla verksamhetsplanen varje möte": back at the next meeting). Told as what is
done already, after someone's "lyfter/påpekar ... att" ("lyfter ledamot att nämnden vid varje
sammanträde ges information om vilka upphandlingar som genomförs"), it brings nothing back. A matter left
"för vidare diskussion ... längre fram" returns, with no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

R = ItemStatus.RETURNS
DAY = date(2022, 11, 7)


@pytest.mark.parametrize(
    ("sentence", "status", "when"),
    [
        ("Styrelsen beslutar att kolla verksamhetsplanen varje möte.", R, "next"),
        ("Punkten återkommer varje möte.", R, "next"),
        ("Ledamot påpekar att ekonomin ska följas upp vid varje sammanträde.", R, "next"),
        ("Det är en fråga för vidare diskussion i nämnden längre fram.", R, None),
        # look-alikes: what is done at every meeting already, and a discussion that went on at this one
        (("I den efterföljande diskussionen lyfter ledamot att nämnden vid varje sammanträde ges information om "
          "vilka upphandlingar som genomförs."), None, None),
        ("Ordföranden påpekar att protokollet justeras vid varje möte.", None, None),
        ("Efter vidare diskussion beslutade nämnden att godkänna förslaget.", None, None),
    ],
)
def test_every_meeting_told_or_planned(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(sentence, DAY)
    assert (found.status if found else None, found.when if found else None) == (status, when)
