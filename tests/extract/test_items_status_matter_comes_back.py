"""The item's matter said to come back in plain words (planner.extract.items).

"Ärendet kommer tillbaka till nämnden för beslut", "Frågan kommer åter i juni", "Frågan ska upp igen
i höst": the matter comes back, as "återkommer" says. Only with the matter as the subject: money,
people or papers that come back (or go up again) say nothing of the item.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärendet kommer tillbaka till nämnden för beslut.", None),
    ("Förslaget kommer tillbaka till styrelsen när förvaltningen har räknat på kostnaderna.", None),
    ("Ärendet kommer tillbaka till nämnden i juni.", "2021-06"),
    ("Frågan kommer åter i september.", "2021-09"),
    ("Punkten kommer tillbaka efter sommaren.", None),
    ("Ärendet kommer att komma tillbaka till utskottet i maj för beslut.", "2021-05"),
    ("Förslaget ska komma tillbaka när remissvaren har kommit in.", None),
    ("Frågan kommer sedan tillbaka till nämnden.", None),
    # the verb of motion left out after the modal
    ("Frågan ska upp igen i höst.", None),
    ("Ärendet ska upp igen i maj.", "2021-05"),
    ("Ärendet skall upp igen på nästa möte.", "next"),
    ("Punkten ska upp på nytt när budgeten är klar.", None),
])
def test_matter_comes_back(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.RETURNS
    assert f.when == when


@pytest.mark.parametrize("sentence", [
    "Pengarna kommer tillbaka till föreningen i juni.",
    "Nils kommer tillbaka från semestern i augusti.",
    "Ansökan kom tillbaka från Länsstyrelsen med frågor.",
    "Handlingarna kommer åter till kansliet efter granskningen.",
    "Frågan om vem som kommer tillbaka till jobbet diskuterades.",
    "Ärendet kom tillbaka från remissrundan i januari och behandlades i dag.",
    "Priserna ska upp igen i maj.",
    "Vi ska upp igen till fjällstugan i maj.",
    "Solen ska upp igen i morgon bitti.",
])
def test_others_that_come_back_are_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None
