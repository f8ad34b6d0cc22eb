"""A bare "avvaktar" followed by a clause naming what is awaited ("avvaktar om ytterligare personal ska
delta", "avvaktar fortfarande att frågan ... avgörs") is the body waiting on another matter: the item is not
put off. "avvaktar med X", or "avvaktar" alone, still postpones.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

P = ItemStatus.POSTPONED
DAY = date(2010, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (("Styrgruppen beslutar att Birgitta deltar och avvaktar om ytterligare personal ska delta tills dess "
          "innehåll deklarerats."), None),
        ("Arbetsgruppen avvaktar fortfarande att frågan om klubbens tilläggsnamn avgörs.", None),
        ("Vi avvaktar huruvida kommunen beviljar bidraget.", None),
        # look-alikes: the matter itself put off
        ("Elevrådet avvaktar med matfrågorna.", P),
        ("Styrelsen avvaktar.", P),
        ("Vi avvaktar med beslut om taket.", P),
    ],
)
def test_awaiting_other_matter(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence, DAY)
    assert (found.status if found else None) == status
