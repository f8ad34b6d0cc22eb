"""A title that is a compound meeting word and the date ("Styrelsemöte 220515", "Årsmöte den 3 mars 2019")
gives the meeting's day, even where a line below states an earlier meeting's day ("... samt konstituerande möte
2022-04-17"): that is a meeting before, not the day the minutes were written after. Look-alikes: a sentence
with the meeting word before its date, a title with more words before the date."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_dated_meeting_title
from planner.extract.text import minutes_from_text


def _date(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (("Styrelsemöte 220515\n\nProtokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen "
         "den 15 maj kl 15.00 via Teams\n\nNärvarande styrelseledamöter:\nÅke Strandberg, Carin Nises.\n\n"
         "  • 1 Mötet öppnas\n\n  • 2 Föregående protokoll\n\nGenomgång av föregående protokoll, 2022-03-20 samt "
         "konstituerande möte 2022-04-17 som godkänns av styrelsen.\n"), "2022-05-15"),
    ],
)
def test_compound_meeting_title_date_stands(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Styrelsemöte 220515", 13, True),
        ("Årsmöte den 3 mars 2019", 12, True),
        ("Genomgång av föregående protokoll, 2022-03-20 samt konstituerande möte 2022-04-17", 70, False),
        ("Protokoll styrelsemöte 2022-04-17", 23, False),  # the document word first: other rules read it
        ("Möte 2022-04-17", 5, False),  # no compound
    ],
)
def test_is_dated_meeting_title(text: str, at: int, expected: bool) -> None:
    assert is_dated_meeting_title(text, at) is expected
