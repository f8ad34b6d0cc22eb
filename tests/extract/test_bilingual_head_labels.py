"""Finland-Swedish bilingual minutes label the head in both languages, the Swedish word then its Finnish twin:
"TID - AIKA KL. - KLO 16:30-18:15 PLATS - PAIKKA Houtskär områdeskontor, Näsbyvägen 214, Houtskär 57 Konstatera
sammanträdets laglighet och beslutförhet ...". The twins are read as the Swedish labels (`BILINGUAL_TIME_LABELS`,
`BILINGUAL_VENUE_LABELS`, "kl. - klo" before the clock), a flattened head is cut before them, and the place
ends before the Finland-Swedish opening item ("57 Konstatera sammanträdets laglighet ..."). Before, the head
gave no place and the docplayer title line "TID - AIKA KL. - KLO ..." was read as the body.

Look-alike: a Swedish "Tid" and "Plats" read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_FLAT = ("1 5/ Social- och hälsovårdsnämnden TID - AIKA KL. - KLO 16:30-18:15 PLATS - PAIKKA Houtskär "
         "områdeskontor, Näsbyvägen 214, Houtskär 57 Konstatera sammanträdets laglighet och beslutförhet Val av "
         "protokolljusterare Godkännande av föredragningslistan Anmälningsärenden Aktuella frågor\n")


@pytest.mark.parametrize(
    ("text", "start", "end", "venue"),
    [
        # real heads
        ("TID - AIKA KL. - KLO 16:30-18:15 Houtskär områdeskontor, Näsbyvägen 214, Houtskär\n\n" + _FLAT,
         "16:30", "18:15", "Houtskär områdeskontor, Näsbyvägen 214, Houtskär"),
        (("2 3/ Stadsstyrelsen TID - AIKA kl. 17:15-19:45 PLATS - PAIKKA Stadshuset, Bryggan 41 KONSTATERA "
          "SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET VAL AV PROTOKOLLJUSTERARE GODKÄNNANDE AV FÖREDRAGNINGSLISTAN "
          "ANMÄLNINGSÄRENDEN\n"), "17:15", "19:45", "Stadshuset, Bryggan"),
        ("Tid/Aika: 12.06.2014 kl. 16:30-18:15\nPlats/Paikka: Stadshuset, Pargas\n", "16:30", "18:15",
         "Stadshuset, Pargas"),
        # look-alikes: the Swedish labels alone
        ("Tid: 12.06.2014 kl. 16:30-18:15\nPlats: Stadshuset, Pargas\n", "16:30", "18:15", "Stadshuset, Pargas"),
    ],
)
def test_bilingual_head_labels(text: str, start: str, end: str, venue: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(text + "\nNärvarande: Anna Ek, Bo Berg\n\n§ 1 Mötets öppnande\n"))
    assert (meeting.start, meeting.end, meeting.venue) == (start, end, venue)


def test_bilingual_title_line_is_no_body() -> None:
    text = "TID - AIKA KL. - KLO 16:30-18:15 Houtskär områdeskontor, Näsbyvägen 214, Houtskär\n\n" + _FLAT
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert meeting.body is not None and meeting.body.endswith("Social- och hälsovårdsnämnden")
