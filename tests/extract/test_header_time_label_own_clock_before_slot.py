"""A time label whose own value gives one clock ("Tid Onsdag den 7 mars 2018, klockan 15:30"): that clock is the
start, and a range on the line below (an agenda point's slot "(Kl. 15:35-16:00)" on a flattened notice) is not read
as the meeting's hours. Look-alikes: a label with a date but no clock still takes the range below, a range in the
label's own value, the end on a "Sluttid" label below."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_ITEMS = "\n\nÄrenden\n\n1. Mötets öppnande\n2. Val av justerare\n3. Övriga frågor\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (("HUDDINGES BROTTSFÖREBYGGANDE RÅD KALLELSE SIDA 1 (2) Kallelse till Huddinges brottsförebyggande råd Tid "
         "Onsdag den 7 mars 2018, klockan 15:30* Plats A-salen Ärenden Diarienummer 1 Godkännande av "
         "föredragningslistan 2 Information: Utredning om rådet Björn Rosborg, utredare (KL. 15:35-16:00) 3 "
         "Verksamhetsberättelse för rådet 2017 (Kl. 16:00-16:20) Paus (Kl.16:20-16:30) 4 Information: Våldsbejakande "
         "extremism Catarina Klockerud, säkerhetssamordnare (Kl. 16:30-16:50)"), ("15:30", None)),
        (("Kallelse till samverkansrådet Tid Tisdag den 6 mars 2018, kl. 09:00 Plats Sessionssalen Ärenden 1 "
         "Mötets öppnande 2 Information om läget, Anna Berg, samordnare (Kl. 09:05-09:40) 3 Rapport från polisen "
         "(Kl. 09:40-10:10) 4 Övriga frågor"), ("09:00", None)),
        ("Kallelse till styrelsen\nTid: Måndag den 5 mars 2018 kl. 18.00\nUtbildning (kl. 18.15-19.00)",
         ("18:00", None)),
        ("Protokoll styrelsen\nTid: 2018-03-05, kl 13.00\nFika kl 14.30-14.45", ("13:00", None)),
        # look-alikes
        ("Protokoll styrelsen\nTid: 2018-03-05\n13.00-15.30", ("13:00", "15:30")),
        ("Protokoll styrelsen\nTid: 2018-03-05 kl. 13.00-15.30\nPlats: Stadshuset", ("13:00", "15:30")),
        ("Protokoll styrelsen\nDatum och tid: måndag 5 mars 2018 kl 13.00–16.00", ("13:00", "16:00")),
    ],
)
def test_time_labels_own_clock_before_a_slot_below(head: str, expected: tuple[str, str | None]) -> None:
    m = extract_meeting(minutes_from_text(head + _ITEMS))[0]
    assert (m.start, m.end) == expected
