"""A document site's "Relevanta dokument" list under a stored copy's dated title, its first entry dated another
day: the entries are other documents' titles and snippets, so the meeting's hours and place are not read from
them; a copy whose own text follows the heading (dated the title's day, or undated) keeps its head (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import document_parts, related_documents_start
from planner.extract.text import minutes_from_text

SNIPPETS = ("\n\nMånadsrapport Ekonomi och Personal. Omsorgsnämnd Feb 2016\n\n"
            "Kommunkontoret, klockan 16:00-17:30. Eric Henriksson, S Vanja Persson, FP\n\n"
            "Tallgården, Östervåla, 19 juni 2014, kl Sekreterare Paragrafer ANSLAG/BEVIS\n")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 13 maj 2014\n\nRelevanta dokument\n"
         "Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 17 juni 2014" + SNIPPETS, True),
        ("Protokoll styrelsemöte 2014-08-20\n\nLiknande dokument\n\nProtokoll styrelsemöte 2013-11-12 Scouternas "
         "kansli" + SNIPPETS, True),
        ("Kallelse till sammanträde 3 mars 2015\n\nRelaterade dokument:\n\nProtokoll 12 februari 2015, kl 18.00 i "
         "Folkets hus" + SNIPPETS, True),
        # look-alikes: the line below gives the title's date or none, or nothing dated stands above the heading
        ("Protokoll från styrelsen den 4 februari 2015\n\nRelevanta dokument\n\nProtokoll 2015-02-04 kl 18.00 "
         "Närvarande: Anna Berg" + SNIPPETS, False),
        ("Protokoll från styrgruppen den 4 februari 2015\n\nRelevanta dokument\nProtokoll från möte med styrgruppen "
         "den maj i LRFs lokaler" + SNIPPETS, False),
        ("Kansli Vårdsamverkan Fyrbodal\n\nRelevanta dokument\n\nVänersborg 2016-01-20 Närvarande Majvor Martinsson"
         + SNIPPETS, False),
        ("Protokoll 2014-05-13\n\nDokument\n\nProtokoll 2014-06-17 kl 18.00" + SNIPPETS, False),
    ],
)
def test_related_documents_start(text: str, cut: bool) -> None:
    parts = document_parts(minutes_from_text(text))
    assert (related_documents_start(parts, len(parts)) is not None) is cut


def test_snippet_hours_not_the_meetings() -> None:
    text = ("Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 13 maj 2014\n\nRelevanta dokument\n"
            "Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 17 juni 2014" + SNIPPETS)
    got = extract_text(minutes_from_text(text))
    assert got.meeting.date == "2014-05-13"
    assert (got.meeting.start, got.meeting.end) == (None, None)
