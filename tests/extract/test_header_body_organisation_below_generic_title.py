"""A general meeting's title calls the organisation by a bare word of its kind ("Protokoll Vägföreningens årsmöte 25
augusti"), and the line right below gives its own name ("Mora Ekeby samfällighetsförening"): the body is the name
with the kind. Look-alikes: a line below that is no organisation's name (a date line, a person, one word), a title
that names the organisation itself, a board's meeting."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\nNär: Lördag 25 augusti 2018 Tid: 10:00\n\nNärvarande 25 medlemmar\n\nDagordning\n\n"
         " • 1: Bertil Andersson valdes till ordförande för mötet.\n • 2: Viktor Axelsson valdes till sekreterare.\n")


def _body(head: str) -> str | None:
    return extract_meeting(minutes_from_text("Årsmötesprotokoll\n\n" + head + _TAIL))[0].body


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Protokoll Vägföreningens årsmöte 25 augusti\n\nMora Ekeby samfällighetsförening",
         "Mora Ekeby samfällighetsförening, årsmöte"),
        ("Protokoll Föreningens årsmöte 25 augusti\n\nSörby Hembygdsförening", "Sörby Hembygdsförening, årsmöte"),
        ("Protokoll Klubbens årsmöte 25 augusti\n\nIK Sirius Bridgeklubb", "IK Sirius Bridgeklubb, årsmöte"),
    ],
)
def test_organisation_below_generic_title(head: str, body: str) -> None:
    assert _body(head) == body


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # look-alikes: the line below is a person; a single word; the title names the organisation itself
        ("Protokoll Vägföreningens årsmöte 25 augusti\n\nBertil Andersson", "Vägföreningen, årsmöte"),
        ("Protokoll Vägföreningens årsmöte 25 augusti\n\nSamfällighetsförening", "Vägföreningen, årsmöte"),
    ],
)
def test_generic_title_kept(head: str, body: str) -> None:
    assert _body(head) == body
