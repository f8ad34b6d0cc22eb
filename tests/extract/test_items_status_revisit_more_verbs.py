"""Taking the matter up again, with more verbs, brings it back when the sentence says when (planner.extract.items).

As "Frågan tas upp igen i augusti": "Frågan lyfts igen under hösten", "Vi lyfter frågan på nytt i
höst", "Frågan diskuteras igen i augusti", "Vi tar upp frågan på nytt i augusti" return (with the month
when named). Look-alikes: the past ("Frågan lyftes igen av ordföranden"), no time said ("Frågan
diskuteras igen och styrelsen beslutar att anta förslaget"), and the matter raised again with another
body ("Frågan lyfts igen i kommunstyrelsen i augusti").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Frågan lyfts igen under hösten.", None),
    ("Vi lyfter frågan igen i höst.", None),
    ("Frågan lyfts på nytt i augusti.", "2021-08"),
    ("Frågan diskuteras igen i augusti.", "2021-08"),
    ("Vi tar upp frågan på nytt i augusti.", "2021-08"),
    ("Ärendet behandlas på nytt i september.", "2021-09"),
    ("Frågan tas upp igen under våren.", None),
])
def test_taken_up_again_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Frågan lyftes igen av ordföranden.",
    "Frågan diskuteras igen och styrelsen beslutar att anta förslaget.",
    "Frågan lyfts igen av Anna som vill ha svar.",
    "Frågan lyfts igen i kommunstyrelsen i augusti.",
    "Vi lyfter frågan igen med kommunstyrelsen i augusti.",
])
def test_no_return_to_this_body(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None
