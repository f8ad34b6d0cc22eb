"""The draft of a body's next meeting repeats the items that open and close its meetings.

With one set of minutes in, only the known procedural items are recognised as such: the list knew
"Mötets öppnande" and "Övrigt" but not how most boards write them ("Sammanträdets öppnande", "Val
av protokolljusterare", "Fastställande av föredragningslista", "Nästa sammanträde"), so a
folkhälsoråd's draft said only "1. Mötets öppnande". Words that also begin business stay out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.agenda import draft_next_agenda
from planner.ingest import find_body, ingest_file
from tests.carry_minutes import write_minutes

PROCEDURAL = [
    "Mötets öppnande", "Sammanträdets öppnande", "Sammanträdet öppnas", "Mötet öppnades",
    "Ordförande förklarar mötet öppnat", "Upprop", "Närvaro och beslutförhet", "Sammanträdets laglighet och beslutförhet",
    "Mötets behöriga utlysande", "Val av justerare", "Val av protokolljusterare", "Val av justeringsperson",
    "Val av justeringsman", "Val av två justeringsmän", "Val av mötessekreterare", "Val av mötesordförande",
    "Val av ordförande för mötet", "Val av mötesfunktionärer", "Justering av protokoll", "Protokolljustering",
    "Fastställande av föredragningslista", "Godkännande av föredragningslistan", "Föredragningslista",
    "Förslag till dagordning", "Godkännande av dagordning", "Föregående mötesprotokoll", "Föregående mötes protokoll",
    "Genomgång av föregående protokoll", "Föregående minnesanteckningar", "Tidigare minnesanteckningar",
    "Godkännande av föregående protokoll", "Övriga frågor", "Övriga ärenden", "Nästa möte", "Nästa sammanträde",
    "Nästa styrelsemöte", "Mötets avslutande", "Sammanträdets avslutande", "Mötet avslutades", "Avslutning",
]
BUSINESS = [
    "Ekonomi", "Ekonomisk rapport", "Rapporter", "Justering av avgifterna 2025", "Val av styrelse",
    "Val av revisorer", "Information om kommande arrangemang", "Nya sammanträdestider för folkhälsorådet",
    "Öppna förskolan i Hörnefors", "Närvårdssamverkan", "Uppföljning av föregående års budget",
]


@pytest.mark.parametrize("title", PROCEDURAL)
def test_procedural_items(title: str) -> None:
    from planner.agenda import is_procedural

    assert is_procedural(title)


@pytest.mark.parametrize("title", BUSINESS)
def test_business_items(title: str) -> None:
    from planner.agenda import is_procedural

    assert not is_procedural(title)


MINUTES = """Minnesanteckningar Folkhälsorådet

Datum: 2015-01-14
Tid: 13.00-14.30
Plats: Kommunhusets sammanträdesrum

§ 1 Sammanträdets öppnande
Ordföranden hälsade välkommen.

§ 2 Val av protokolljusterare
Anna Berg valdes.

§ 3 Fastställande av föredragningslista
Föredragningslistan fastställdes.

§ 4 Information om kommande arrangemang
Seniordagen hålls i september.

§ 5 Övriga frågor
Inga.

§ 6 Nästa sammanträde
Nästa sammanträde hålls den 16 april 2015 kl. 8.30.
"""


def test_draft_after_one_meeting_repeats_its_procedural_items(session_factory, session, tmp_path):
    now = dt.datetime(2015, 2, 1, 8, 0, tzinfo=dt.UTC)
    result = ingest_file(session_factory, write_minutes(tmp_path, "jan.txt", MINUTES), now=now)
    assert result.status == "new", result.message
    body = find_body(session, "Folkhälsorådet")
    assert body is not None
    draft = draft_next_agenda(session, body, after=dt.date(2015, 1, 14))
    assert [(e.title, e.section) for e in draft.entries] == [
        ("Sammanträdets öppnande", "opening"), ("Val av protokolljusterare", "opening"),
        ("Fastställande av föredragningslista", "opening"), ("Övriga frågor", "closing"),
        ("Nästa sammanträde", "closing")]
