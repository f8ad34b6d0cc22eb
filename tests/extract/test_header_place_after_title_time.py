"""The place closing a title or date line after its date and time, in two more shapes: the time's
sentence closed by a full stop before the place ("... onsdagen den 14/8 2013 kl. 21.30. Degerbygården"),
and a compact date ("Partille Ridklubb 20160511 kl 18:00 Klubbhuset, Åstebo"). A sentence after the
stop ("kl. 18.00. Mötet öppnades av ordföranden.") is no place.
"""

from __future__ import annotations

import pytest

from planner.extract.header import venue_after_time


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (("Protokoll fört vid styrelsens konstituerande sammanträde Skellefte Norra Älgskötselområde onsdagen den "
         "14/8 2013 kl. 21.30. Degerbygården"), "Degerbygården"),
        ("Protokoll styrelsemöte 2016/5 Partille Ridklubb 20160511 kl 18:00 Klubbhuset, Åstebo", "Klubbhuset, Åstebo"),
        ("Styrelsemöte tisdagen den 3 mars 2015 kl. 19.00. Bygdegården, Ytterby", "Bygdegården, Ytterby"),
        ("Protokoll 20190312 kl 18.00-20.00 Klubbstugan", "Klubbstugan"),
        # as before: no full stop
        (("Protokoll från förbundsstyrelsens sammanträde Fredag 26 maj 2000, kl 08.30-11.30 Hotel Strandbaden, "
         "Falkenberg"), "Hotel Strandbaden, Falkenberg"),
    ],
)
def test_place_after_title_time(line: str, place: str) -> None:
    found = venue_after_time(line)
    assert found is not None and found.value == place
    assert line[found.start: found.end] == place


@pytest.mark.parametrize(
    "line",
    [
        "Styrelsemöte 2015-03-03 kl. 19.00. Mötet öppnades av ordföranden.",  # a sentence after the stop
        "Styrelsemöte 2015-03-03 kl. 19.00. Ordföranden hälsade alla välkomna och öppnade mötet",  # too long a rest
        "Protokoll 20190312 Klubbstugan",  # no time: the compact date alone says nothing of a place after it
    ],
)
def test_no_place_after_title_time(line: str) -> None:
    assert venue_after_time(line) is None
