"""The place after "i"/"på" that follows the start clock and ends a head sentence
(`header.venue_ending_clock_sentence`)."""

import pytest

from planner.extract.header import Found, extract_meeting, venue_ending_clock_sentence
from planner.extract.text import minutes_from_text

_LINE = "Protokoll förd vid årsmötet i Leksands Biodlarförening måndagen den 14 november 2022 kl. 18,30"


def test_real_sentence_gives_the_place() -> None:
    text = f"Årsmötesprotokoll\n\n{_LINE} i Församlingshemmet S:t Persgården Kyrkallén 6.\n\nNärvarande: 16 personer.\n"
    meeting, _ = extract_meeting(minutes_from_text(text + "\n§ 1 Mötets öppnande\n"))
    assert meeting.venue == "Församlingshemmet S:t Persgården Kyrkallén 6"


@pytest.mark.parametrize(
    ("after", "place"),
    [
        (" i Församlingshemmet S:t Persgården Kyrkallén 6.\n", "Församlingshemmet S:t Persgården Kyrkallén 6"),
        (" på Folkets Hus\n", "Folkets Hus"),
        # look-alikes: lower case, the sentence goes on, too many words, no "i"/"på"
        (" i samband med årsmötet.\n", None),
        (" i Aulan. Ordföranden hälsade välkommen.\n", None),
        (" i Aulan, Skolan.\n", None),
        (" i Lokalen där alla medlemmar samlades för att höra om året\n", None),
        (" Församlingshemmet.\n", None),
    ],
)
def test_place_after_clock(after: str, place: str | None) -> None:
    clean = _LINE + after
    start = Found("18:30", len(_LINE) - 5, len(_LINE))
    found = venue_ending_clock_sentence(clean, start)
    assert (found.value if found else None) == place
