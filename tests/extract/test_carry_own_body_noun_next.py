"""A body named by a noun of its kind ("Föräldrarådet", "Styrgruppen", "Styrelsen") calls its next meeting by that
noun: "sen tar vi upp och diskuterar det på nästa föräldraråd igen" in Föräldrarådet's minutes comes back at the
next meeting; another body's noun after "nästa" is no meeting of this body (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.items import _own_next_pattern
from planner.extract.text import minutes_from_text

NOTES = ("{body} 10 februari 2015\n\nMötesanteckningar\n{body}\n\nGenomgång av vad rådet innebär.\n"
         "Ny fixardag? Ev ta det på en vardag. Kolla intresse och fundera, {sentence}\n"
         "Qualis resultat. Vi behöver titta mer på genus och utemiljön.\n")


@pytest.mark.parametrize(
    ("body", "sentence", "carried"),
    [
        ("Föräldraråd Skönadals förskola", "sen tar vi upp och diskuterar det på nästa föräldraråd igen.", True),
        ("Elevrådet Norra skolan", "sen tar vi upp frågan på nästa elevråd.", True),
        ("Styrgruppen för Landsbygdsnätverket", "frågan tas upp igen vid nästa styrgrupp.", True),
        ("Brukarrådet", "vi återkommer till det på nästa brukarråd.", True),
        # look-alikes: another body's noun after "nästa", a body not named by such a noun, no "nästa"
        ("Föräldraråd Skönadals förskola", "sen tar vi upp frågan på nästa elevråd.", False),
        ("Föräldraråd Skönadals förskola", "vi har diskuterat det på föräldrarådet tidigare.", False),
        ("Kvarteret Lärkans vänner", "sen tar vi upp frågan på nästa föräldraråd.", False),
    ],
)
def test_own_body_noun_after_next(body: str, sentence: str, carried: bool) -> None:
    got = extract_text(minutes_from_text(NOTES.format(body=body, sentence=sentence)))
    assert any(c.when == "next" for c in got.carry) is carried


@pytest.mark.parametrize(
    ("body", "text", "noun"),
    [
        ("föräldraråd skönadals förskola", "på nästa föräldraråd igen", "föräldraråd"),
        ("styrelsen", "till nästa styrelse", "styrelse"),
        ("kommunstyrelsen", "vid nästa kommunstyrelsen", "kommunstyrelsen"),
        ("socialnämnden", "på nästa socialnämnd", "socialnämnd"),
        ("kommunstyrelsens arbetsutskott", "på nästa kommunstyrelse", None),
        ("hembygdsföreningen", "på nästa hembygdsförening", None),
    ],
)
def test_own_next_pattern(body: str, text: str, noun: str | None) -> None:
    pattern = _own_next_pattern(body)
    m = pattern.search(text) if pattern is not None else None
    assert (m.group(1) if m else None) == noun
