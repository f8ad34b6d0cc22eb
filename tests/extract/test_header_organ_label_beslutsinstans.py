"""A protocol cover's "Beslutsinstans:" (the deciding body) is an organ label like "Organ:" and
"Instans:": its value is the body, never the label with it. Look-alikes: prose about a
"beslutsinstans" and the label's word inside another word give no body from that line."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    meeting, _ = extract_meeting(minutes_from_text(text, "x.txt"))
    return meeting.body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Protokoll\n\nBeslutsinstans: Tekniska nämnden\nDatum: 2011-04-14\nPlats: Stadshuset\n", "Tekniska nämnden"),
        ("Protokoll\n\nBeslutsinstans: Barn- och utbildningsnämnden\nSammanträdesdatum: 2016-09-15\n",
         "Barn- och utbildningsnämnden"),
        ("Sammanträdesprotokoll\nBeslutsinstans: Kommunstyrelsen\nSammanträdesdatum: 2008-11-14\n", "Kommunstyrelsen"),
        # the other organ labels read alike
        ("Protokoll\n\nOrgan: Socialnämnden\nDatum: 2011-04-14\n", "Socialnämnden"),
        ("Protokoll\n\nInstans: Miljönämnden\nDatum: 2011-04-14\n", "Miljönämnden"),
    ],
)
def test_beslutsinstans_label_gives_the_body(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        # prose that names a deciding body is no label
        "Mötesanteckningar Kommunalt forum 2020-03-06\n\nFrågan om beslutsinstans för avtalet diskuterades.\n",
        "Mötesanteckningar Kommunalt forum 2020-03-06\n\nBeslutsinstansen har ännu inte utsetts.\n",
    ],
)
def test_prose_about_a_deciding_body_gives_no_body_from_it(text: str) -> None:
    body = _body(text)
    assert body is None or "beslutsinstans" not in body.casefold()
