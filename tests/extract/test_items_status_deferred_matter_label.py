""""Bordlagt ärende från den 10 februari", "Motion om cykelbanor (bordlagt ärende)", "det återremitterade ärendet": an
attributive participle of a deferral before a matter noun (DEFERRED_PARTICIPLES, DEFERRED_MATTER_NOUNS) names a
matter deferred earlier and now dealt with, so it gives the item no status (planner.extract.items
`_deferred_attributive`). Look-alikes that stay postponed or returning: the participle as a predicate ("Punkten
bordlagd", "Ärendet är bordlagt", "Ärende 5 bordlagt till nästa möte") and the past verb with its object
("Fullmäktige återremitterade ärendet till kommunstyrelsen"), and a deferral now after the label ("Samtliga bordlagda
ärenden bordläggs igen")."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Bordlagt ärende från den 10 februari.",
    "Bordlagt ärende.",
    "(bordlagt ärende)",
    "Det återremitterade ärendet behandlas nu.",
    "Återremitterad motion från kommunfullmäktige.",
    "Senarelagd fråga från förra året.",
])
def test_deferred_matter_label_gives_no_status(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "status"), [
    ("Punkten bordlagd.", ItemStatus.POSTPONED),
    ("Ärendet är bordlagt.", ItemStatus.POSTPONED),
    ("Ärende 5 bordlagt till nästa möte.", ItemStatus.POSTPONED),
    ("Beslutet bordlagt till nästa möte.", ItemStatus.POSTPONED),
    ("Fullmäktige återremitterade ärendet till kommunstyrelsen.", ItemStatus.RETURNS),
    ("Samtliga bordlagda ärenden bordläggs igen.", ItemStatus.POSTPONED),  # read on past the label
    ("Det återremitterade ärendet bordläggs till nästa möte.", ItemStatus.POSTPONED),
])
def test_deferral_now_stays(sentence: str, status: ItemStatus) -> None:
    found = classify(sentence, MARCH_2021)
    assert found is not None and found.status is status


_MINUTES = """Protokoll kommunstyrelsen 2021-03-10

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 1 Val av justerare

Per Holm utses att justera protokollet.

§ 2 {title}

{text}

§ 3 Övrigt

Inga övriga frågor.
"""


@pytest.mark.parametrize(("title", "text"), [
    ("Motion om cykelbanor (bordlagt ärende)", "Kommunstyrelsen beslutar att avslå motionen."),
    ("Motion om cykelbanor", "Bordlagt ärende från den 10 februari. Kommunstyrelsen beslutar att bifalla motionen."),
    ("Bordlagt ärende: Motion om cykelbanor", "Kommunstyrelsen beslutar att bifalla motionen."),
])
def test_item_dealt_with_after_earlier_deferral_is_handled(title: str, text: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, text=text)))
    assert [it.status for it in found.items] == [ItemStatus.HANDLED] * 3
    assert not found.carry
