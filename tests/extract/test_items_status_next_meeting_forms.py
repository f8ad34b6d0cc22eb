""""Frågan tas upp på nästa månadsmöte", "Ärendet bordläggs till nästa telefonmöte", "... på kommande Teamsmöte": a
meeting of the body named by its form or rhythm (NEXT_MEETING_NOUNS_FORMS: månadsmöte, telefonmöte, Teamsmöte,
videomöte, ...) after "nästa"/"kommande" is its next meeting (planner.extract.items `_NEXT`), with at most one word
between ("nästa ordinarie månadsmöte"). Look-alikes: "nästa"/"kommande" that qualifies another word ("inför en
kommande diskussion vid månadsmöte till hösten": a later time, not the next meeting), the next meeting itself
("Nästa månadsmöte hålls den 12 juni"), a past meeting and a habit."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement, classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 19)


@pytest.mark.parametrize(("sentence", "status"), [
    ("Frågan tas upp på nästa månadsmöte.", ItemStatus.RETURNS),
    ("Frågan tas upp på nästa ordinarie månadsmöte.", ItemStatus.RETURNS),
    ("Ärendet bordläggs till nästa telefonmöte.", ItemStatus.POSTPONED),
    ("Kassören redovisar ekonomin på kommande Teamsmöte.", ItemStatus.RETURNS),
    ("Frågan diskuteras vidare på nästa videomöte.", ItemStatus.RETURNS),
    ("Punkten flyttas till nästa kvartalsmöte.", ItemStatus.POSTPONED),
])
def test_next_meeting_named_by_its_form(sentence: str, status: ItemStatus) -> None:
    found = classify(sentence, MAY_2021)
    assert found is not None and found.status is status and found.when == "next"


@pytest.mark.parametrize("sentence", [
    "Nästa månadsmöte hålls den 12 juni.",
    "Frågan togs upp på förra månadsmötet.",
    "Vi har telefonmöte varje tisdag.",
    "Nästa kvällsmöte med medlemmarna blir i juni.",
    "Disorna uppmanas spara tidningen inför en kommande diskussion vid månadsmöte till hösten.",
])
def test_no_return_to_the_next_meeting(sentence: str) -> None:
    found = classify(sentence, MAY_2021)
    assert found is None or found.when != "next"


def test_later_discussion_at_a_form_of_meeting_stays_undated() -> None:
    text = "Disorna uppmanas spara tidningen inför en kommande diskussion vid månadsmöte till hösten."
    found = announcement(Sentence(text, 0, len(text)), MAY_2021)
    assert found is not None and found.when is None
