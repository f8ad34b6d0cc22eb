"""A yearless date ahead of the meeting in a sentence of the future ("som kommer äga rum 5 april") stays an
event when the NEXT sentence is in the past tense ("Då stämningen var på topp avslutades mötet"): the past
cues looked for close to the date are those of the date's own sentence. A past verb in the date's own
sentence ("startade den 1 oktober", "Den 5 maj hölls") still makes the date history.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Sammanfattning av styrelsesammanträde 2014-03-26\n\nStyrelsen träffades och gick igenom ekonomin.\n\n"


def event_dates(text: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + text + "\n")).events]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the sentence has a past verb far from its date ("hade inkommit"), the next one one close after it
        (("Det hade inkommit ett par verksamhetsplaner och vi hann prata om den sittning som kommer äga rum "
         "5 april. Då stämningen var på topp avslutades mötet."), "2014-04-05"),
        (("Förslaget som kansliet hade skickat ut diskuterades och planeringsdagen äger rum den 12 maj. Det var "
         "en bra diskussion."), "2014-05-12"),
        (("Ordföranden berättade om det förra besöket och styrelsen ska besöka kommunen den 20 april! Förra "
         "besöket blev lyckat."), "2014-04-20"),
        (("Festkommittén hade lämnat en rapport om budgeten och kårens vårfest blir den 3 maj. Den förra hölls i "
         "oktober."), "2014-05-03"),
    ],
)
def test_past_tense_of_the_next_sentence_leaves_the_date_ahead(text: str, iso: str) -> None:
    assert iso in event_dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kursen startade den 1 oktober. Den var bra.",
        "Den 5 maj hölls ett möte med länet. Det blev bra.",
        "Vi var på studiebesök den 20 mars. Det var lärorikt.",
        # no capital after the stop ("kl. 10"): still one sentence, and its past verb counts
        "Mötet den 12 april kl. 10 hölls i stadshuset.",
    ],
)
def test_past_tense_in_the_dates_own_sentence_is_history(text: str) -> None:
    assert event_dates(text) == []
