"""A stored transcript's page number before the page's running head (the body's name) is no agenda item:
the header goes on to the cover page that follows it. Look-alikes are items and keep ending the header."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_transcript_page_head
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Tekniska nämnden = 24-33", True),
        ("3 Tekniska nämnden Sida 1 Plats och tid Tekniska kontoret, Sveagatan 12, Alingsås", True),
        ("2 Kommunstyrelsen PROTOKOLL 1 (42) Plats och tid Stadshuset", True),
        ("1 Barn- och utbildningsnämnden", True),
        ("4 Socialnämndens arbetsutskott 3 (12)", True),
        # look-alikes: an item whose title is no body's name; a body named inside an item's title
        ("1 Val av justerare", False),
        ("5 Rapport från kommunstyrelsen", False),
        ("3 Kommunstyrelsen beslutar om budget", False),
        ("12 Dagvattenplan Sida 4", False),
    ],
)
def test_transcript_page_head(text: str, expected: bool) -> None:
    assert is_transcript_page_head(text) is expected


def test_cover_page_after_transcript_page_heads() -> None:
    text = ("Protokoll. Tekniska nämnden\n\nTranskript\n\n1 Tekniska nämnden = 24-33\n\n"
            "2 Tekniska nämnden sammanträde den 14 april 2011 Informationer och överläggningar 24 Dagvattenplan\n\n"
            "3 Tekniska nämnden Sida 1 Plats och tid Tekniska kontoret, Sveagatan 12, Alingsås, kl 15: Paragrafer "
            "Beslutande Anita Skoglund (M), ordförande Carl-Erik Bergsén (S) Thorsten Larsson (M)\n\n"
            "4 Tekniska nämnden 24 Informationer och överläggningar\n\nNämnden informeras.\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.body, m.date, m.venue) == ("Tekniska nämnden", "2011-04-14", "Tekniska kontoret, Sveagatan 12, Alingsås")
