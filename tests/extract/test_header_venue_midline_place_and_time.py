"""A transcript's title line, the page's first cells flattened after the body's name, with the joint label "Plats och
tid" inside it: "Samhällsbyggnadsnämnden. Plats och tid Kommunhuset, Svalöv, kl Ajournering kl Beslutande. Ej
tjänstgörande ersättare". The place follows the label, up to the empty "kl". Look-alikes: the label followed by other
labels (a flattened label column), "Plats och tid för nästa möte" in prose."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\nBeslutande\n\nOlof Röstin (M), ordf\n\nFredrik Jönsson (C), vice ordf Annie Karlsson (S)\n\n"
         "Justerare Annie Karlsson\n\nDatum: 2017-05-23\n\n§ 76 Ekonomisk uppföljning\n\n"
         "Nämnden beslutar att godkänna uppföljningen.\n")


def _venue(title: str) -> str | None:
    m = extract_meeting(minutes_from_text(title + _TAIL))[0]
    assert m.date == "2017-05-23"
    return m.venue


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        (("Samhällsbyggnadsnämnden. Plats och tid Kommunhuset, Svalöv, kl Ajournering kl Beslutande. Ej "
          "tjänstgörande ersättare"), "Kommunhuset, Svalöv"),
        ("Socialnämnden (27) Tid och plats Stadshuset, KS-salen, kl Beslutande", "Stadshuset, KS-salen"),
        ("Kommunstyrelsens arbetsutskott Plats och tid Folkets Hus, Vilhelmina, kl Beslutande", "Folkets Hus, Vilhelmina"),
    ],
)
def test_place_after_midline_label(title: str, venue: str) -> None:
    assert _venue(title) == venue


@pytest.mark.parametrize(
    "title",
    [
        # look-alikes: a flattened label column; the label in a sentence about the next meeting
        "Sammanträdesprotokoll Plats och tid Beslutande Övriga närvarande Utses att justera",
        "Samhällsbyggnadsnämnden. Plats och tid för nästa möte bestäms senare",
    ],
)
def test_no_place_after_midline_label(title: str) -> None:
    assert _venue(title) is None
