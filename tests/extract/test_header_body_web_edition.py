"""A municipality's web edition of its minutes (personal data left out) says so around the title: "NÄTUPPLAGA
Protokoll Direktionens protokoll - Nätupplaga", "Webbversion Protokoll Socialnämnden 2020-01-01", "Protokoll
Kommunstyrelsen (webbversion)". The edition word is no body, nor part of one. Look-alikes: a title without it, a
body whose name holds the letters ("Upplagsnämnden" is no edition)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("NÄTUPPLAGA Protokoll Direktionens protokoll - Nätupplaga", "Direktionen"),
        ("Webbversion Protokoll Socialnämnden 2020-01-01", "Socialnämnden"),
        ("Protokoll Kommunstyrelsen (webbversion)", "Kommunstyrelsen"),
        ("NÄTUPPLAGA. Protokoll Kulturnämnden 2011-03-21", "Kulturnämnden"),
        # look-alike: no edition word
        ("Protokoll Direktionens protokoll", "Direktionen"),
    ],
)
def test_web_edition_is_no_body(title: str, body: str) -> None:
    text = title + "\n\nPlats och tid Måndag den 21 mars 2011, kl 13.00 Undervisningssal D7\nNärvarande: Anna Ek, Per Lind\n"
    assert _body(text) == body
