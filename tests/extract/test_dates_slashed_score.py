"""A slashed pair right after a game's result word ("Matchen slutade 3/2", "vann med 6/4", "Resultat: 2/1")
is a score, no day and month. After "den", or without a result word right before it, a slashed pair stays
a date ("Matchen den 3/2", "Resultatet redovisas 3/2")."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2020, 6, 9)


@pytest.mark.parametrize("text", [
    "Matchen slutade 3/2 till oss",
    "Laget vann med 6/4 i första set",
    "Resultat: 2/1",
    "Ställningen 1/1 efter första halvlek",
    "Förlorade 2/5 mot Uppsala",
])
def test_score_is_no_date(text: str) -> None:
    assert find_dates(text, after=AFTER) == []


@pytest.mark.parametrize(("text", "iso"), [
    ("Matchen den 3/2 spelas hemma", "2021-02-03"),
    ("Nästa match 3/2", "2021-02-03"),
    ("Resultatet redovisas 3/2", "2021-02-03"),
    ("arbetsdagen den 13/6", "2020-06-13"),
])
def test_slashed_dates_beside_game_words_stay(text: str, iso: str) -> None:
    assert [f.iso for f in find_dates(text, after=AFTER)] == [iso]
