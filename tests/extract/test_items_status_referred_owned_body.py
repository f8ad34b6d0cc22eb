"""A body of another organisation, named by its owner in the genitive, takes a referred matter (planner.extract.items).

"Frågan skickas vidare till regionens ledningsgrupp", "Frågan skickas till kommunens styrgrupp",
"Ärendet tas upp i kommunens ledningsgrupp": the owner in the genitive, then a body noun, is another
body, and the item is referred to it. Look-alikes: the owner's thing that is no body ("regionens
hemsida", "kommunens kontaktperson") refers nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Frågan skickas vidare till regionens ledningsgrupp.", "regionens ledningsgrupp"),
    ("Frågan skickas till kommunens styrgrupp.", "kommunens styrgrupp"),
    ("Ärendet tas upp i kommunens ledningsgrupp.", "kommunens ledningsgrupp"),
    ("Ärendet överlämnas till länsstyrelsens samverkansgrupp.", "länsstyrelsens samverkansgrupp"),
])
def test_owned_body_takes_the_matter(sentence: str, body: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.body) == (ItemStatus.REFERRED, body)


@pytest.mark.parametrize("sentence", [
    "Frågan skickas vidare till regionens hemsida.",
    "Frågan skickas till kommunens kontaktperson.",
])
def test_owners_thing_is_no_body(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None
