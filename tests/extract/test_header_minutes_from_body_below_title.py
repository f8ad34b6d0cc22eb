"""A stored page whose title is a topic (the heading of the one item it quotes, a news headline) and whose next
line says whose minutes follow and of which day ("Protokoll från pensionärsråd för västra hälso- och
sjukvårdsnämnden den 20 september 2018"): the body is the one that line names. A line that names a meeting
("Protokoll från mötet den 3 maj"), an undated line, and a title that is the minutes' own do not change it.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


ITEM = "\n\n§ 4 Årets bästa vårdcentral (se tabell)\n\nDiskussionen fortsätter vid nästa möte.\n"


@pytest.mark.parametrize(("head", "want"), [
    ("Årets bästa vårdcentral\n\nProtokoll från pensionärsråd för västra hälso- och sjukvårdsnämnden den 20 september 2018",
     "Pensionärsråd för västra hälso- och sjukvårdsnämnden"),
    ("Nytt om färdtjänsten\n\nProtokoll från kommunala pensionärsrådet 2019-03-12", "Kommunala pensionärsrådet"),
    ("Maten i skolan\n\nMinnesanteckningar från Elevrådet 2009-03-10", "Elevrådet"),
    ("Vad hände i våras?\n\nAnteckningar från tillgänglighetsrådet den 4 maj 2021", "Tillgänglighetsrådet"),
    (("Trafiken i centrum\n\nProtokoll från samråd för pensionärsorganisationer för norra hälso- och sjukvårdsnämnden "
     "den 19 september 2018"), "Samråd för pensionärsorganisationer för norra hälso- och sjukvårdsnämnden"),
])
def test_body_named_below_a_topic_title(head: str, want: str) -> None:
    assert body(head + ITEM) == want


@pytest.mark.parametrize(("head", "title"), [
    ("Årets bästa vårdcentral\n\nProtokoll från mötet den 20 september 2018", "Årets bästa vårdcentral"),
    ("Årets bästa vårdcentral\n\nProtokoll från pensionärsrådet finns hos sekreteraren", "Årets bästa vårdcentral"),
    ("Protokoll fört vid sammanträde med styrelsen den 4 juni 2003\n\nProtokoll från pensionärsrådet den 4 juni 2003",
     None),
])
def test_no_body_from_look_alikes(head: str, title: str | None) -> None:
    found = body(head + ITEM)
    assert found is None or "ensionärsråd" not in found
    if title is not None:
        assert found != "Pensionärsrådet"
