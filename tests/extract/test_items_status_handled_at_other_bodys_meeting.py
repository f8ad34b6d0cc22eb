"""A matter to be dealt with at another body's meeting is passed to that body (referred).

A committee's minutes say so with the body in the genitive before its meeting: "Arbetsutskottet
beslutar att behandla ärendet på styrelsens sammanträde", "Ärendet behandlas vid kommunstyrelsens
nästa möte". The body the sentence opens with deals with it at its own meeting (no referral), and
a question handled at a meeting of no body, or a matter handled in a place, is none either.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DAY = date(2008, 11, 14)

STATUS = [
    pytest.param("Arbetsutskottet beslutar att behandla ärendet på styrelsens sammanträde", "styrelsen",
                 id="au-to-board"),
    pytest.param("Ärendet behandlas vid kommunstyrelsens nästa möte.", "kommunstyrelsen", id="passive-next-ks"),
    pytest.param("Utskottet föreslår att frågan avgörs på fullmäktiges sammanträde i december.", "fullmäktige",
                 id="decided-at-council"),
    pytest.param("Presidiet beslutar att handlägga ärendet vid nämndens ordinarie sammanträde.", "nämnden",
                 id="board-of-committee"),
    pytest.param("Beredningen beslutar att frågan behandlas i regionstyrelsens sammanträde den 3 mars.",
                 "regionstyrelsen", id="compound-region-board"),
    # look-alikes: the own meeting, a place, no body, a meeting of no body
    pytest.param("Styrelsen beslutar att behandla ärendet på styrelsens sammanträde i maj.", None, id="own-body"),
    pytest.param("Arbetsutskottet beslutar att behandla ärendet på förbundskansliet i Lund.", None, id="a-place"),
    pytest.param("Ärendet behandlas på nästa sammanträde.", None, id="own-next-meeting"),
    pytest.param("Ärendet behandlas vid dagens sammanträde under punkt 5.", None, id="todays-meeting"),
    pytest.param("Frågan behandlas i Annas möte med rektorerna.", None, id="a-persons-meeting"),
    pytest.param("Det beslutades att behandla ärendet på ett extra möte.", None, id="extra-meeting-no-body"),
]


@pytest.mark.parametrize(("text", "body"), STATUS)
def test_matter_handled_at_another_bodys_meeting_is_referred(text: str, body: str | None) -> None:
    found = classify(text, DAY)
    if body is None:
        assert found is None or found.status is not ItemStatus.REFERRED
    else:
        assert found is not None
        assert (found.status, found.body) == (ItemStatus.REFERRED, body)
