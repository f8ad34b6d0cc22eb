"""A head sentence saying where the meeting was held gives the place.

"Protokoll fört vid det femtioåttonde sammanträdet med styrelsen för Stiftelsen för Strategisk Forskning den 4
juni 2003 Mötet genomfördes på stiftelsens kansli, World Trade Center, Kungsbron 1, Stockholm Deltagande
ledamöter Laila Freivalds, ordförande ...": the place runs to the attendance list's label run on after it.

Look-alikes: a meeting held via a platform, "i form av ...", "i samband med ...", a place with a date or clock,
a manner ("i god anda"), a body and a long clause give no place by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (("Mötet genomfördes på stiftelsens kansli, World Trade Center, Kungsbron 1, Stockholm Deltagande ledamöter "
         "Laila Freivalds, ordförande Per Andersson"), "stiftelsens kansli, World Trade Center, Kungsbron 1, Stockholm"),
        ("Sammanträdet hölls i Stadshuset, rum 3. Närvarande: Anna Berg", "Stadshuset, rum 3"),
        # look-alikes
        ("Mötet genomfördes via Teams. Närvarande: Anna Berg", None),
        ("Mötet hölls i form av en workshop. Närvarande: Anna Berg", None),
        ("Mötet hölls i samband med årsmötet. Närvarande: Anna Berg", None),
        ("Mötet hölls i lokalen kl 18.00. Närvarande: Anna Berg", None),
        ("Mötet hölls i god anda. Närvarande: Anna Berg", None),
        ("Mötet hölls i Styrelsen. Närvarande: Anna Berg", None),
    ],
)
def test_place_of_held_at_sentence(sentence: str, venue: str | None) -> None:
    doc = minutes_from_text(f"Protokoll fört vid sammanträde med styrelsen den 4 juni 2003 {sentence}\n\n"
                            "1 Fastställande av dagordning\nDagordningen fastställdes.\n\n2 Val av justerare\nEva valdes.\n")
    assert extract_text(doc).meeting.venue == venue
