"""A stored copy's flattened page head whose page counter lost a number, then the head's labels: "PROTOKOLL
(19) Tid och plats Tisdagen den 28 oktober 2014" (the "1" of "1 (19)" lost), "1 1 Tid och Plats Kl" (the copy's
page number, then the page's own, its "(19)" lost). Page numbers and labels name no body. Look-alikes: a number
before a name ("2 Styrelsen", "(2) Kulturnämnden"), a label alone with no number before it."""

from __future__ import annotations

import pytest

from planner.extract.header import before_page_labels, extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    "text",
    [
        ("PROTOKOLL (19) Tid och plats Tisdagen den 28 oktober 2014, kl i Fullmäktigehuset, rum 4317 Omfattning\n\n"
         "Beslutande Heiti Ernits (MP) Lars-Gunnar Comén (M)\n"),
        ("1 1 Tid och Plats Kl Tekniska nämndens Sessionssal Omfattning Närvarande: Ordinarie ledamöter Alexis "
         "Mouschopanis (M) Rose-Marie Liljenby Andersson (S)\n\nSammanträdesdag 2013-08-29\n"),
    ],
)
def test_page_numbers_then_labels_name_no_body(text: str) -> None:
    assert _body(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("(19) Tid och plats", True),
        ("1 1 Tid och", True),
        ("(3) Datum: 2020-01-01", True),
        ("2 Styrelsen", False),  # a number before a name
        ("(2) Kulturnämnden", False),
        ("Tid och plats", False),  # no number before the label
        ("12 Plattformar och nät", False),  # a word that opens like a label
    ],
)
def test_before_page_labels(name: str, expected: bool) -> None:
    assert before_page_labels(name) is expected
