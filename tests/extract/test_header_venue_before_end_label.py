"""A place on a flattened head line after the date and "kl" runs on into a label that opens the agenda or closes
a list, capitalised as the place's own last word is: "Sammanträdestid Tisdagen den kl Sammanträdesplats
Kommungården i Nääs Ärenden: 117 Konstatera laglighet". The place keeps its last word ("Nääs"), the label
("Ärenden:") goes. Look-alikes: a run-on label whose last word is no such label ("Förslag till justerare:" is
cut whole elsewhere), a label standing alone right after the place."""

from __future__ import annotations

import re

import pytest

from planner.extract.header import end_label_after_place, extract_meeting
from planner.extract.text import minutes_from_text

_STOP = re.compile(r"\s+(?:[A-ZÅÄÖ]{2,}!|[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}:)")  # as the venue reader's


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kommungården i Nääs Ärenden: 117 Konstatera laglighet", "Kommungården i Nääs"),
        ("Kommunhuset, Godby Paragrafer: 1-12", "Kommunhuset, Godby"),
        ("Församlingshemmet i Kimito Dagordning: 1 Mötets öppnande", "Församlingshemmet i Kimito"),
        # look-alikes
        ("Hellqvistsalen, kommunhuset Förslag till justerare: Anna Berg", None),
        ("Kommungården Ärenden: 117 Konstatera laglighet", None),  # the label alone: cut before it elsewhere
        ("Stadshuset i Mora Ordförande Anna: ja", None),
    ],
)
def test_end_label_after_place(value: str, expected: str | None) -> None:
    stop = _STOP.search(value)
    assert stop is not None
    cut = end_label_after_place(value, stop)
    assert (value[:cut] if cut is not None else None) == expected


def test_place_before_agenda_label() -> None:
    text = ("Protokoll 2009-04-07\n"
            "Kallelsen utfärdad den Sammanträdestid Tisdagen den kl Sammanträdesplats Kommungården i Nääs Ärenden: "
            "117 Konstatera laglighet och beslutförhet 118 Protokolljusterare\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == "Kommungården i Nääs"
