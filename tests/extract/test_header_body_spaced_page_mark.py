"""A page head's counter with its letters spaced out ("S I D AN 1 AV 6") above the title is no body: the
capitalised title below names it. Lines that hold a counter and more, or words that merely start so, are
left to the other rules."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_spaced_page_mark
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S I D AN 1 AV 6", True),
        ("SIDAN 2 AV 6", True),
        ("Sida 1 (8)", True),
        ("S i d a 3/12", True),
        ("Page 1 of 4", True),
        # look-alikes: a counter with a title after it; a place; a date; a body
        ("Sidan 1 av 5 Protokoll styrelsemöte 2016/5 Partille Ridklubb", False),
        ("Sidensvansen 1 av 2", False),
        ("Sid 2015-09-09", False),
        ("S I D A N", False),
    ],
)
def test_spaced_page_mark(text: str, expected: bool) -> None:
    assert is_spaced_page_mark(text) is expected


def test_spaced_page_mark_above_the_title() -> None:
    text = (
        "minnesanteckningar 20150909\n\nS I D AN 1 AV 6\nMINNESANTECKNINGAR FRÅN STYRGRUPP VÅRDSAMVERKAN\n"
        "SKARABORG 20150909\nNärvarande:\nPer-Olof Hermansson, Lotta Hjoberg, Lars Gotthardsson\n"
        "Anmält förhinder:\nMarianne Olsson\n\nFöregående minnesanteckning\nLars refererar till träffen.\n"
    )
    body = extract_meeting(minutes_from_text(text))[0].body
    assert body is not None and "S i d" not in body and "vårdsamverkan" in body.casefold()
