"""Who serves at the next meeting brings nothing of the item back (planner.extract.items).

"Mötesordförande till nästa möte är Anna", "Protokollförare vid nästa möte blir Olle", a list entry
"- Ordförande vid nästa möte: Sara": a role of the next meeting opening the sentence, then "till
nästa" or "vid nästa", names who serves there. Look-alikes: the election itself as a matter ("Val av
ordförande vid nästa möte"), a matter about a role ("Frågan om ny ordförande tas upp vid nästa möte")
and the chair as the one who comes back ("Ordföranden återkommer till nästa möte").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Mötesordförande till nästa möte är Anna.",
    "Protokollförare vid nästa möte blir Olle.",
    "Ordförande vid nästa möte: Sara.",
    "Sekreterare till kommande möte är Nils.",
    "- Mötesordförande till nästa möte: Anna",
    "• Justerare vid nästa möte: Olle och Sara",
])
def test_roles_of_the_next_meeting_are_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize("sentence", [
    "Ordföranden återkommer till nästa möte.",
    "Ordföranden tar upp frågan igen vid nästa möte.",
    "Frågan om ny ordförande tas upp vid nästa möte.",
    "Val av ordförande vid nästa möte.",
])
def test_matter_about_a_role_still_returns(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")
