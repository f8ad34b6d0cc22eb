"""Clocks after "kl" whose stops a copy turned into spaces, the range's dash kept: "kl 19 00-20 00", "kl. 9 30 –
12 00", "klockan 13 15 till 16 45" give the start and the end; the minutes' "00." before the next label is no
item's number. Look-alikes: whole hours with the dash lost ("kl 11 12"), a clock and a count, an end before the
start, a span of years."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import find_time_range
from planner.extract.text import minutes_from_text

RANGES = [
    pytest.param("Tid: Tisdagen den 4 november 2014, kl 19 00-20 00. Närvarande: Anna Ek", ("19:00", "20:00"),
                 id="evening"),
    pytest.param("Tid: 2019-03-05 kl. 9 30 – 12 00 Plats: Kommunhuset", ("09:30", "12:00"), id="morning-en-dash"),
    pytest.param("Måndagen den 2 mars 2020 klockan 13 15 till 16 45", ("13:15", "16:45"), id="klockan-till"),
    pytest.param("Tid: kl 08 30-11 45, Plats: Rådhuset", ("08:30", "11:45"), id="leading-zero"),
    # look-alikes
    pytest.param("Dag och tid: Torsdag den 2 november 2017 kl 11 12 Plats: GR", ("11:00", "12:00"), id="whole-hours"),
    pytest.param("Tid: kl 20 00-19 00", None, id="end-before-start"),
    pytest.param("Verksamhetsplan 2019 2020-2021 2022", None, id="years"),
]


@pytest.mark.parametrize(("text", "hours"), RANGES)
def test_spaced_clocks_range(text: str, hours: tuple[str, str] | None) -> None:
    found = find_time_range(text, meeting=True)
    assert (None if found is None else (found[0].value, found[1].value)) == hours


def test_minutes_of_a_spaced_clock_open_no_item() -> None:
    text = ("Protokoll fört vid sammanträde med styrelsen för HSO Håbo. Tid: Tisdagen den 4 november 2014, kl 19 "
            "00-20 00. Närvarande: Solweig Lundkvist, ordförande, Anita Rosen, Rune Westerlund, Gunnar Egehult, "
            "Nils-Ove Jonsson, Bengt Bremark och Lill Pettersson. Icke närvarande: Tommy Granberg och Barbro Ohlsson. "
            "1. Mötets öppnande Ordförande hälsade de närvarande välkomna och förklarade mötet för öppnat. 2. Val av "
            "justerare Lill Pettersson utsågs till att justera dagens protokoll. 3. Ekonomi Kassören informerade om "
            "att kassabehållningen uppgår till 25 427 kronor.\n")
    x = extract_text(minutes_from_text(text))
    assert (x.meeting.start, x.meeting.end) == ("19:00", "20:00")
    assert [i.number for i in x.items] == ["1", "2", "3"]
