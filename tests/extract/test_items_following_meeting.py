"""A matter taken up "på följande möte": the next meeting, as "på nästa möte".

Finland-Swedish minutes (and some Swedish ones) name the next meeting "följande möte" or
"påföljande sammanträde"; a matter put there comes back. The phrases are whole, with the meeting
noun: "på följande sätt" and "följande ärenden" are no meeting, and approving papers at the next
meeting is routine, not the item coming back.
"""

from __future__ import annotations

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus


@pytest.mark.parametrize(
    ("sentence", "status", "when"),
    [
        ("Tas upp på följande möte.", ItemStatus.RETURNS, "next"),
        ("Verksamhetsgranskarnas utlåtande tas upp på följande möte.", ItemStatus.RETURNS, "next"),
        ("Ärendet tas upp vid följande sammanträde.", ItemStatus.RETURNS, "next"),
        ("Frågan återkommer på påföljande styrelsemöte.", ItemStatus.RETURNS, "next"),
        ("Diskussionen fortsätter till påföljande möte.", ItemStatus.RETURNS, "next"),
        # look-alikes
        ("Beslutet fattades på följande sätt.", None, None),
        ("Följande möte hålls den 5 maj i skolans matsal.", None, None),
        ("Protokollen presenteras på hemsidan när handlingarna godkänts vid påföljande styrelsemöte.", None, None),
        ("Till följande möte valdes Anna Berg till ordförande.", None, None),
        ("Styrelsen gick igenom följande ärenden.", None, None),
    ],
)
def test_following_meeting(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(sentence)
    assert (found.status if found else None, found.when if found else None) == (status, when)
