"""The body meeting again in a while to follow the matter up ("vi försöker träffas om tre veckor igen
för utvärdering"): the matter comes back, when not said. A bare "Vi ses igen om två veckor", with no
purpose, is no return of the item.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

R = ItemStatus.RETURNS
DAY = date(2014, 6, 2)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (("Beslutades att vi delar upp oss för en inventering och att vi försöker träffas om tre veckor igen "
          "för utvärdering."), R),
        ("Gruppen ses igen om en månad för uppföljning.", R),
        ("Vi möts igen efter sommaren för att följa upp arbetet.", R),
        # look-alikes: meeting again with no purpose, or an evaluation done now
        ("Vi ses igen om två veckor.", None),
        ("Gruppen träffades för utvärdering av projektet.", None),
        ("Utvärdering av båtplatserna gjordes av styrelsen.", None),
    ],
)
def test_meet_again_to_follow_up(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence, DAY)
    assert (found.status if found else None) == status
