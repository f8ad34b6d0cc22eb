"""The line under the dated title line that goes on with "i", "på" or "hos" gives the place.

"Protokoll fört vid Hufvudstadsbladets Seniorer r.f:s" / "styrelsemöte den 15 april 2019 kl 10.30" /
"i centrumbiblioteket Ode, mötesrum 8, Tölöviksgatan 4." and "Protokoll nr 71 fört vid St Lundby
Samhällsförenings styrelsemöte 2015-12-09" / "hos Tord Lennartsson.": the title's sentence wraps onto
the place. "hos" stays with the host's name (the place is their home).

Look-alikes: "i samband med ...", "på grund av ...", "via Teams", a line with a date or a clock, a long
line of prose, a label line and the body the minutes are of ("i Klostergårdens byalag") give no place by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("below", "venue"),
    [
        ("i centrumbiblioteket Ode, mötesrum 8, Tölöviksgatan 4.", "centrumbiblioteket Ode, mötesrum 8, Tölöviksgatan 4"),
        ("hos Tord Lennartsson.", "hos Tord Lennartsson"),
        ("på Bygdegården", "Bygdegården"),
        # look-alikes
        ("i samband med föreningens årsmöte.", None),
        ("på grund av sjukdom hölls mötet kort.", None),
        ("via Teams", None),
        ("i Stockholm den 16 april 2019", None),
        ("i lokalen kl 18.00", None),
        ("i lokalen där vi har haft många möten under de senaste åren med alla medlemmar och gäster.", None),
        ("Närvarande: Anna Berg, Bo Ek", None),
        ("i Klostergårdens byalag", None),
        ("i Kommunstyrelsen", None),
    ],
)
def test_place_line_under_dated_title(below: str, venue: str | None) -> None:
    doc = minutes_from_text(f"Protokoll fört vid Föreningens\nstyrelsemöte den 15 april 2019\n{below}\n\n"
                            "§ 1  Ordförande öppnade mötet.\n\n§ 2  Dagordningen godkändes.\n")
    assert extract_text(doc).meeting.venue == venue
