"""A matter taken up at a later meeting because it could not be handled at this one was put off
(planner.extract.items).

"Punkten tas upp på nästa möte då Anna är sjuk", "Beslutade styrelsen att punkt 5 tas upp på nästa
styrelsemöte då gårdsfogden ej kunnat närvara", "Frågan behandlas på nästa möte pga tidsbrist": a
cause ("då", "eftersom", "på grund av", "i brist på") and a want in the same clause (illness,
absence, no time, papers not ready) make the item postponed, with the same target. Look-alikes stay
returns: a matter discussed and taken up again, "då" of time ("då Anna presenterar förslaget"), a
cause that is no want ("eftersom den är viktig"), and a want that is the topic ("sjukfrånvaron").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from tests.extract.item_rows import status_and_carry

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Punkten tas upp på nästa möte då Anna är sjuk.",
    "Frågan tas upp på nästa möte eftersom kassören var frånvarande.",
    "Punkten tas upp på nästa möte då föredraganden inte kunde närvara.",
    "Beslutade styrelsen att punkt 5 tas upp på nästa styrelsemöte då gårdsfogden ej kunnat närvara.",
    "Frågan tas upp på nästa möte på grund av tidsbrist.",
    "Punkten tas upp vid nästa möte i brist på tid.",
    "Frågan behandlas på nästa möte pga tidsbrist.",
    "Frågan tas upp på nästa möte då tiden inte räckte till.",
    "Ärendet tas upp vid nästa sammanträde eftersom underlaget inte är klart.",
])
def test_taken_up_later_for_want_is_put_off(sentence: str) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.POSTPONED, "next")


@pytest.mark.parametrize("sentence", [
    "Frågan diskuterades och tas upp igen på nästa möte.",
    "Frågan tas upp på nästa möte då vi vet mer.",
    "Frågan tas upp på nästa möte då Anna presenterar förslaget.",
    "Frågan tas upp på nästa möte då alla ska delta i diskussionen.",
    "Frågan tas upp på nästa möte eftersom den är viktig för alla.",
    "Frågan tas upp på nästa möte då det finns tid.",
    "Anna återkommer på nästa möte och berättar om hur frånvaron kan minska.",
])
def test_taken_up_later_without_want_returns(sentence: str) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, "next")


_MINUTES = """Protokoll styrelsemöte 2021-03-10

4. Ekonomi
Kassören redovisade läget. Rapporten lades till handlingarna.

5. Vägunderhåll
Punkten tas upp på nästa styrelsemöte då vägansvarig ej kunnat närvara.

6. Nästa möte
Nästa möte hålls den 14 april.
"""


def test_item_put_off_is_carried_as_postponed() -> None:
    assert status_and_carry(_MINUTES, "5") == ("postponed", [("postponed", "next")])
