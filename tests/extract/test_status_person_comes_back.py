"""A person coming back is no matter coming back (planner.extract.items `classify`).

"Marianne ... nu var närvarande på sitt sista styrelsemöte (men kanske kan tänkas återkomma på annat sätt, senare)"
(715): a member leaving who may come back in another way or role (words.RETURNS_AS_PERSON_AFTER), or who is welcome
to come back (words.RETURNS_AS_PERSON_BEFORE), puts nothing on a later agenda. Look-alikes: the same words with a
matter in the clause ("återkommer på annat sätt i frågan", "... med ett förslag"), and a body or officer coming
back with the matter, which still return.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

FEB_2011 = date(2011, 2, 15)


@pytest.mark.parametrize("sentence", [
    ("Marianne berättade att hon nu var närvarande på sitt sista styrelsemöte (men kanske kan tänkas återkomma på "
     "annat sätt, senare)."),
    "Kassören slutar men kan tänkas återkomma i en annan roll.",
    "Per lämnar styrelsen men återkommer som ersättare till hösten.",
    "Anna är välkommen att återkomma senare.",
    "Eva avgår ur styrelsen men hoppas att återkomma som medlem i någon arbetsgrupp.",
    "Han tackade för sig och sa att han gärna återkommer som volontär längre fram.",
])
def test_person_coming_back_is_no_return(sentence: str) -> None:
    found = classify(sentence, FEB_2011)
    assert found is None or found.status is not ItemStatus.RETURNS


@pytest.mark.parametrize("sentence", [
    "Förvaltningen återkommer på annat sätt i frågan.",
    "Anna återkommer med ett förslag i en annan form.",
    "Ordföranden återkommer i frågan vid nästa möte.",
    "Kansliet återkommer senare som ett informationsärende.",
    "Kassören återkommer med bokslutet på nästa möte.",
    "Kommunen återkommer till föreningen när beslutet är fattat.",  # whom the answer goes to, no person's return
])
def test_matter_coming_back_still_returns(sentence: str) -> None:
    found = classify(sentence, FEB_2011)
    assert found is not None and found.status is ItemStatus.RETURNS
