"""A discussion the body says it will hold at a later meeting is an announced topic (planner.extract.items).

"Nämnden kommer därför att föra denna diskussion vid sitt möte 2005-08-31" under "Fastställande av
föredragningslista": the topic a member asked to discuss is carried to that meeting, as the passive
"kommer att diskuteras vid ..." already is. Look-alikes: a discussion held already ("förde"), one at a
past meeting, one with no meeting named, one with another party ("med kommunen").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement

MAY_2005 = date(2005, 5, 19)


def _announced(text: str) -> str | None | bool:
    found = announcement(Sentence(text, 0, len(text)), MAY_2005)
    return False if found is None else found.when


@pytest.mark.parametrize(("sentence", "when"), [
    ("Nämnden kommer därför att föra denna diskussion vid sitt möte 2005-08-31.", "2005-08-31"),
    ("Styrelsen ska ta diskussionen på mötet i augusti.", "2005-08"),
    ("Styrelsen kommer att föra en diskussion om lokalerna vid styrelsemötet den 14 juni.", "2005-06-14"),
    ("Vi kommer att ta den diskussionen vid mötet den 2 september.", "2005-09-02"),
])
def test_discussion_at_a_later_meeting_is_announced(sentence: str, when: str) -> None:
    assert _announced(sentence) == when


@pytest.mark.parametrize("sentence", [
    "Nämnden förde en diskussion vid sitt möte 2005-04-12.",
    "Nämnden valde att föra diskussionen vid mötet 2005-04-12.",
    "Styrelsen ska föra en diskussion om budgeten.",
    "Nämnden kommer att föra en diskussion med kommunen.",
    "Diskussionen fördes vid mötet i mars.",
])
def test_no_announcement_without_a_later_meeting(sentence: str) -> None:
    assert _announced(sentence) is False
