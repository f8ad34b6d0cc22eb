"""An opening sentence "Protokoll fört vid styrelsemöte med <long name> söndagen den 15 maj kl 15.00"
dates the minutes' own meeting, even with the body's long name between the cue and the day; with
another date between them, or a deadline or a future word, or the cue inside the sentence, the
day is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from planner.extract.events import _minutes_of

AFTER = date(2022, 4, 17)


def dates_the_minutes(sentence: str) -> bool:
    dm = next(f for f in find_dates(sentence, after=AFTER) if f.iso == "2022-05-15")
    return _minutes_of(sentence, dm, 0)


@pytest.mark.parametrize("sentence", [
    "Protokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen den 15 maj kl 15.00 via Teams.",
    "Protokoll från ordinarie styrelsemöte i Föreningen Norra Hamnens Vänner och Båtägare, onsdagen den 15 maj.",
    "Minnesanteckningar från arbetsgruppsmöte i Lemnhult-Näshult-Stenberga älgskötselområde den 15 maj 2022.",
    "• Protokoll fört vid sammanträde med styrelsen för Brf Solgläntan i Södra Hällby, den 15 maj 2022.",
])
def test_opening_sentence_dates_the_own_meeting(sentence: str) -> None:
    assert dates_the_minutes(sentence)


@pytest.mark.parametrize("sentence", [
    # another date between the cue and the day: the cue's meeting is that one
    "Protokoll från styrelsemötet den 17 april 2022 med Fryksås Fäbodlag skickas ut till medlemmarna den 15 maj.",
    # a deadline between them
    "Protokoll fört vid styrelsemötet med Fryksås Fäbodlag Samfällighetsförening skickas ut senast den 15 maj.",
    # a future word between them
    "Protokoll från höstens möten med Fryksås Fäbodlag Samfällighetsförening kommer att publiceras den 15 maj.",
    # the cue does not open the sentence, and stands far from the day
    "Styrelsen läste protokoll från mötet med Fryksås Fäbodlag Samfällighetsförening och träffas igen den 15 maj.",
])
def test_a_later_day_after_another_date_deadline_or_inner_cue_stays(sentence: str) -> None:
    assert not dates_the_minutes(sentence)
