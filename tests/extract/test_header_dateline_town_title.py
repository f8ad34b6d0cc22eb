"""A title that is only the record's word, the day and a town after a comma, as a letter's dateline
("Minnesanteckning 2014-09-17, Eksjö"), names where the meeting was held: the town is the venue, and the body's
name stands on the line below. Look-alikes: a body after the comma ("Protokoll 2020-03-06, Styrelsen"), a
meeting word after it, a title with the body before the day.

Under a list of "Name, role" lines, a word alone after a blank line with prose right under it heads the first
section ("Välkomna" / "Bo-Kenneth hälsade välkomna ..."): no name. Look-alikes: a given name alone after a list of
given names, a lone line without prose under it."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

LIST = """Närvarande:
Lena Lundgren, ordförande
Göran Atterfors, sekreterare
Frånvarande
Ulf Samuelsson, medicinskt sakkunnig
Marie Törnlöf, ordförande RMPG barnsjukvård

"""

TITLES = [
    pytest.param("Minnesanteckning 2014-09-17, Eksjö\nRegionalt centrumråd för psykiatri\n", "Eksjö",
                 "Regionalt centrumråd för psykiatri", id="notes-iso-town"),
    pytest.param("Protokoll 12 mars 2015, Västra Frölunda\nSamverkansgruppen\n", "Västra Frölunda",
                 "Samverkansgruppen", id="minutes-two-word-town"),
    pytest.param("Mötesanteckningar 2019-05-03, Växjö.\nLedningsgruppen för primärvård\n", "Växjö",
                 "Ledningsgruppen för primärvård", id="meeting-notes-full-stop"),
    # look-alikes: a body after the comma, a meeting word, the body before the day
    pytest.param("Protokoll 2020-03-06, Styrelsen\nPlats: Kansliet\n", "Kansliet", "Styrelsen", id="body-after-comma"),
    pytest.param("Minnesanteckningar 2020-03-06, Extramöte\nNätverket för skolchefer\n", None, None,
                 id="meeting-word-after-comma"),
    pytest.param("Protokoll styrelsen 2020-03-06, Lund\nPlats: Kansliet\n", "Kansliet", "styrelsen",
                 id="body-before-day"),
]


@pytest.mark.parametrize(("title", "venue", "body"), TITLES)
def test_town_after_the_day_of_a_dateline_title(title: str, venue: str | None, body: str | None) -> None:
    meeting = extract_text(minutes_from_text(title + LIST + "1. Mötets öppnande\nOrdföranden öppnade mötet.\n")).meeting
    assert meeting.date is not None
    assert meeting.venue == venue
    if body is not None:
        assert meeting.body is not None and meeting.body.casefold().startswith(body.casefold())


HEAD = "Minnesanteckning 2014-09-17\nRegionalt centrumråd\n"

SECTIONS = [
    pytest.param(LIST + "Välkomna\nBo-Kenneth hälsade välkomna till Eksjö med en kort introduktion.\n",
                 ["Ulf Samuelsson", "Marie Törnlöf"], id="welcome-heading"),
    pytest.param(LIST + "Ekonomi\nKassören redogjorde för det ekonomiska läget och budgeten.\n",
                 ["Ulf Samuelsson", "Marie Törnlöf"], id="economy-heading"),
    pytest.param(LIST + "Inledning\nOrdföranden hälsade alla välkomna och öppnade mötet.\n",
                 ["Ulf Samuelsson", "Marie Törnlöf"], id="opening-heading"),
    pytest.param("Närvarande:\nLena Lundgren\nGöran Atterfors\nFrånvarande:\nUlf Samuelsson\nMarie Törnlöf\n\n"
                 "Ekonomi\nKassören redogjorde för det ekonomiska läget och budgeten.\n",
                 ["Ulf Samuelsson", "Marie Törnlöf"], id="bare-full-names"),
    # look-alikes: a list of given names alone, a lone line with no prose below it
    pytest.param("Närvarande:\nLena\nGöran\nFrånvarande:\nUlf\nMarie\n\nKarin\nHon har meddelat att hon kommer senare idag.\n",
                 ["Ulf", "Marie", "Karin"], id="given-names-alone"),
    pytest.param(LIST + "Andersson\n\n1. Mötets öppnande\n", ["Ulf Samuelsson", "Marie Törnlöf", "Andersson"],
                 id="no-prose-below"),
]


@pytest.mark.parametrize(("text", "absent"), SECTIONS)
def test_word_alone_over_prose_ends_a_list(text: str, absent: list[str]) -> None:
    meeting = extract_text(minutes_from_text(HEAD + text)).meeting
    assert [p.name for p in meeting.absent] == absent
