"""A flattened title line (a stored copy's transcript) gives the place after the meeting's day with "i|på" and
runs on into the next heading with no full stop: "ABM Kulturarv den 3 november 2014, på Merlo slott, Timrå
Anteckningar Monica Jonsson, ...", "Styrelsemöte den 1 april 2004 i Västerås Närvarande: ..." (planner.extract.header,
`_PLACE_AFTER_DAY_RUN_ON`). The heading is capitalised: an attendance label or the record's word. Look-alikes: a
lower-case word after the place ("på ABF i Hedemora vi var 29"), a body after "i" ("i Styrelsen Närvarande"), a
platform ("på Teams Närvarande"), no day before the place."""

from __future__ import annotations

import pytest

from planner.extract.header import _PLACE_AFTER_DAY_RUN_ON, Found, extract_meeting, tidied_venue
from planner.extract.text import minutes_from_text

_BODY = ("\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Val av justerare\nTill justerare valdes Bo Berg.\n\n"
         "3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("ABM Kulturarv den 3 november 2014, på Merlo slott, Timrå Anteckningar Monica Jonsson, arkivchef",
         "Merlo slott, Timrå"),
        ("Styrelsemöte den 1 april 2004 i Västerås Närvarande: Anna Ek, Bo Berg", "Västerås"),
        ("Protokoll från medlemsmöte den 12 mars 2019 på Folkets hus, Gnesta Deltagare: Anna Ek, Bo Berg",
         "Folkets hus, Gnesta"),
        ("Nätverksträff 2016-05-04 kl 13.00 på Länsmuseet Ledamöter: Anna Ek, Bo Berg", "Länsmuseet"),
        ("Regionala rådet den 9 februari 2006 i Linköping Minnesanteckningar Anna Ek, sekreterare", "Linköping"),
        # look-alikes
        ("Styrelsemöte den 3 november 2014 på Teams Närvarande: Anna Ek, Bo Berg", None),
        ("Styrelsemöte den 3 november 2014 Närvarande: Anna Ek, Bo Berg", None),
    ],
)
def test_place_after_day_before_run_on_heading(title: str, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(title + _BODY))[0]
    assert meeting.venue == venue


@pytest.mark.parametrize(
    ("after", "place"),
    [
        (", på Merlo slott, Timrå Anteckningar Monica Jonsson", "Merlo slott, Timrå"),
        (" kl 18.00 i Bygdegården Närvarande: Anna Ek", "Bygdegården"),
        (" i Västerås Protokoll nr 3", "Västerås"),
        # look-alikes: a lower-case word after the place, no heading at all, the heading too far off
        (" på ABF i Hedemora vi var 29 stycken", None),
        (" i Västerås. Närvarande: Anna Ek", None),
        (" i Västerås", None),
        (" på Folkets hus där vi åt lunch och sedan gick vi hem Närvarande", None),
    ],
)
def test_run_on_pattern(after: str, place: str | None) -> None:
    m = _PLACE_AFTER_DAY_RUN_ON.match(after)
    assert (m.group(1) if m else None) == place


@pytest.mark.parametrize(
    ("value", "tidied"),
    [
        ("Merlo slott, Timrå Anteckningar Monica Jonsson, arkivchef", "Merlo slott, Timrå"),
        ("Linköping Minnesanteckningar Anna Ek, sekreterare", "Linköping"),
        ("Stadshuset Sekreterare Bo Berg", "Stadshuset"),
        # look-alikes: the word inside a name, no writer after it, a lower-case word, no record word
        ("Kommunhuset, Protokollrummet", "Kommunhuset, Protokollrummet"),
        ("Folkets hus Anteckningar", "Folkets hus Anteckningar"),  # no writer named: left as it is
        ("Stadshuset Protokoll förs av Bo Berg", "Stadshuset Protokoll förs av Bo Berg"),
        ("Bygdegården, Anna Ek", "Bygdegården, Anna Ek"),
    ],
)
def test_trailing_record_writer(value: str, tidied: str) -> None:
    found = tidied_venue(Found(value, 0, len(value)))
    assert found is not None and found.value == tidied
