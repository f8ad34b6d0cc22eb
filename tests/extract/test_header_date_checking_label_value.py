"""The day a checking label's value gives after its place is when the minutes are checked, not the meeting's:
"Plats/tid för justering: Barn- och skolkontor Lund Öster, Fritidsgatan 2, Södra Sandby torsdag 26 september 2013"
(the place pushes the day past the words `_checking_date` looks at). And the posting block's date right after its
organ cell is the meeting's, even when the cells' labels were lost ("genom anslag. Organ: : 25 september 2013").
Look-alikes: a meeting's date after another label, a posting date under its own label."""

from __future__ import annotations

import pytest

from planner.extract.header import _checking_date, extract_meeting, find_dates, in_checking_label_value
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Paragrafer: Plats/tid för justering: Barn- och skolkontor Lund Öster, Fritidsgatan 2, Södra Sandby "
          "torsdag 26 september 2013 kl 15:00."), True),
        ("Justering: Kommunhuset, sammanträdesrum Mälaren, Storgatan 12, Västerås, måndagen den 4 mars 2019", True),
        # look-alikes
        ("Plats/tid för justering: Kommunhuset, Storgatan 12 Sammanträdesdatum: 26 september 2013", False),
        ("Justering: se nedan. Datum: 26 september 2013", False),
        ("Plats och tid: Byskolans matsal, Södra Sandby, 26 september 2013", False),
    ],
)
def test_in_checking_label_value(line: str, expected: bool) -> None:
    assert in_checking_label_value(line, find_dates(line)[-1]) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Justeringen har tillkännagivits genom anslag. Organ: : 25 september 2013", False),
        ("Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsen 2013-09-25", False),
        # look-alikes: posting dates
        ("Justeringen har tillkännagivits genom anslag. Datum då anslaget sätts upp: 2013-09-27", True),
        ("Organ Kommunstyrelsen Datum för anslags uppsättande 2013-09-27", True),
    ],
)
def test_checking_date_after_organ(line: str, expected: bool) -> None:
    assert _checking_date(line, find_dates(line)[0]) is expected


def test_meeting_date_not_checking_day() -> None:
    text = ("Barn- och skolnämnd Lund Öster Sammanträdesprotokoll 1\n"
            "Plats och tid: Byskolans matsal, Södra Sandby, kl 18:30-21:10 Ordförande: Nordbeck Carolina (FP)\n"
            "Paragrafer: Plats/tid för justering: Barn- och skolkontor Lund Öster, Fritidsgatan 2, Södra Sandby "
            "torsdag 26 september 2013 kl 15:00.\n"
            "Underskrifter: Sekreterare ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom "
            "anslag. Organ: : 25 september 2013 Datum då anslaget sätts upp: Förvaringsplats för protokollet:\n\n"
            "1 Föredragningslistan och val av justerare\n")
    assert extract_meeting(minutes_from_text(text))[0].date == "2013-09-25"
