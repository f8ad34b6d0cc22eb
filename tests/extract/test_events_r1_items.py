"""Event rules learned from regional, municipal and association boards' minutes (round 1, items helper).

Minutes named by their date, the minutes noun right before it, alone or ending a compound ("Styrelseprotokoll
2021-02-24", "AU-protokoll 2021-03-08", "Årsmötesprotokoll 2021-03-25", "Minnesanteckningar 23 april 2015",
"protokoll daterat 2021-06-02"), are a past meeting's record laid to the files, never a thing to come, even
where the meeting's own date is not known. Look-alikes: a date after a verb about the minutes ("Protokollet
justeras den 5 maj") or a meeting named by its date stays an event.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_HEAD = "Styrelsemöte\n\nTid: 10.00-10.50\nPlats: Telefonmöte\n\n1. Mötets öppnande\nOrdförande öppnar mötet.\n\n"
_TAIL = "\n\n9. Avslutning\nOrdföranden avslutar mötet.\n"


def _dates(body: str, head: str = _HEAD) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(head + body + _TAIL)).events]


@pytest.mark.parametrize("body", [
    ("6. Anmälan protokoll\nFöljande protokoll lades till handlingarna:\n\n  • Styrelseprotokoll 2021-02-24\n"
     "  • AU-protokoll 2021-03-08\n  • Årsmötesprotokoll 2021-03-25\n  • Konstituerande protokoll 2021-04-06\n"),
    "6. Anmälningar\nAU-protokoll 2021-03-08 och Minnesanteckningar 2021-04-12 anmäldes.\n",
    "6. Protokoll\nStyrelsen godkände protokoll daterat 2021-03-06 och protokoll daterat 2021-04-06.\n",
    "6. Föregående protokoll\nStyrelseprotokollet den 6 mars 2021 och AU-protokollet den 6 april 2021 godkändes.\n",
    "6. Meddelanden\nPensionärsrådet-protokoll 27 januari 2021 och Ungdomsrådet-protokoll 27 februari 2021 anmäldes.\n",
])
def test_minutes_named_by_their_date_are_no_events(body: str) -> None:
    assert _dates(body) == []


@pytest.mark.parametrize(("body", "dates"), [
    ("6. Hemsidan\nProtokollet ska publiceras på hemsidan senast 2021-05-05.\n", ["2021-05-05"]),
    ("6. Nästa möte\nNästa styrelsemöte hålls 2021-05-19.\n", ["2021-05-19"]),
    ("6. Protokoll\nStyrelseprotokoll 2021-02-24 lades till handlingarna. Nästa möte hålls 2021-05-19.\n",
     ["2021-05-19"]),
])
def test_dates_after_other_words_stay_events(body: str, dates: list[str]) -> None:
    assert _dates(body, _HEAD.replace("Styrelsemöte\n", "Styrelsemöte 2021-04-21\n")) == dates


# A past tense right after a date with its year: done on that day, no thing to come, even where the meeting's
# own date is not known or was read wrong ("Den 2 december 2021 beslutade regionala utvecklingsnämnden att anta
# en rutin"). Look-alikes: a future or a plan after the date, or a date moved, stays an event.
_DATED = _HEAD.replace("Styrelsemöte\n", "Styrelsemöte 2021-11-01\n")


@pytest.mark.parametrize(("body", "dates"), [
    ("6. Rutiner\nDen 2 december 2021 beslutade nämnden att anta en rutin för initiativärenden.\n", []),
    ("6. Rapporter\nDen 15 november 2021 träffades arbetsgruppen för första gången.\n", []),
    ("6. Rapporter\nDen 20 november 2021 genomfördes en utbildning för ledamöterna.\n", []),
    ("6. Rapporter\nDen 3 december 2021 hölls ett möte med regionen om planen.\n", []),
    # look-alikes
    ("6. Utbildning\nDen 20 november 2021 genomförs en utbildning för ledamöterna.\n", ["2021-11-20"]),
    ("6. Nästa möte\nNästa möte hålls den 2 december 2021 kl. 18.00.\n", ["2021-12-02"]),
    ("6. Årsmöte\nÅrsmötet den 5 december 2021 flyttades till den 12 december 2021.\n", ["2021-12-12"]),
])
def test_past_tense_after_a_dated_day(body: str, dates: list[str]) -> None:
    assert _dates(body, _DATED) == dates
