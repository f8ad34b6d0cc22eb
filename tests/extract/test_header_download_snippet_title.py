"""A document site's stored copy titles its page by a snippet of the text, repeated on its download button
('Download "Förslag till dagordning fastställs enligt följande:"'): a sentence leading into a list there is no
sign that the head has ended, and the body's title below it is read. Look-alikes: the same sentence with no
download button (running text: the title stands above it), a snippet that is the title itself."""

from __future__ import annotations

from planner.extract.header import document_parts, download_snippets, extract_meeting, header_end
from planner.extract.text import minutes_from_text

COPY = """{snippet}

Storlek: px
Starta visningen från sidan:

Download "{snippet}"

Transkript

1 STYRELSEN PROTOKOLL Styrelsemöte Datum: 26 maj 2015 Tid: 18:15 Plats: Paviljongen Närvarande: Conny Olsson ordförande

2 14 Mötet öppnas 15 Fastställande av dagordning 16 Föregående mötesprotokoll
"""


def test_snippet_sentence_is_no_end_of_head() -> None:
    text = COPY.format(snippet="Förslag till dagordning fastställs enligt följande:")
    body = extract_meeting(minutes_from_text(text))[0].body
    assert body is not None and body.casefold() == "styrelsen"


def test_snippets_read_from_download_buttons() -> None:
    text = COPY.format(snippet="Förslag till dagordning fastställs enligt följande:")
    parts = document_parts(minutes_from_text(text))
    assert download_snippets(parts, header_end(parts)) == {"Förslag till dagordning fastställs enligt följande:"}


def test_sentence_without_download_button_still_ends_the_title_search() -> None:
    text = ("Förslag till dagordning fastställs enligt följande:\n\nSTYRELSEN PROTOKOLL Styrelsemöte\n"
            "Datum: 26 maj 2015\n\n1. Mötet öppnas\n")
    assert download_snippets(document_parts(minutes_from_text(text)), 5) == frozenset()
    assert extract_meeting(minutes_from_text(text))[0].body is None


def test_snippet_that_is_the_title_is_kept() -> None:
    text = COPY.format(snippet="Protokoll Kulturnämnden 2015-05-26")
    assert extract_meeting(minutes_from_text(text))[0].body == "Kulturnämnden"
