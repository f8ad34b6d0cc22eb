"""A site page's menu and headings push the minutes' title below the head's first twelve lines; the title still gives
the place after the meeting's date: "Protokoll fört vid Naturskyddsföreningen Nordanstigs styrelsemöte 2019-10-15 på
biblioteket i Harmånger". Look-alikes: a title whose first date is another day's (a later meeting's notice), a line
of prose that does not open with a document word, a "på" that names no place, a platform."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_MENU_WORDS = ["Naturskyddsföreningen", "Nordanstig", "Protokoll", "FÖRENINGEN", "Aktiviteter", "Kontakt", "Protokoll",
               "FÖRSTA SIDAN", "Bli medlem", "Länkar", "Arkiv", "STYRELSEMÖTE"]
_MENU = "".join(word + "\n\n" for word in _MENU_WORDS)
_TAIL = ("\n\nNärvarande: Erling Selling, Torsten Hansson, Lana Molberg\n\n1. Protokoll från tidigare möte\n\n"
         "Protokollet lades till handlingarna.\n\n2. Ekonomi\n\nKassören redovisade.\n")


def _meeting(title: str) -> tuple[str | None, str | None]:
    m = extract_meeting(minutes_from_text(_MENU + title + _TAIL))[0]
    return m.date, m.venue


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Protokoll fört vid Naturskyddsföreningen Nordanstigs styrelsemöte 2019-10-15 på biblioteket i Harmånger",
         "biblioteket i Harmånger"),
        ("Protokoll fört vid Hembygdsföreningens årsmöte den 15 oktober 2019 kl. 18.00 i Folkets hus", "Folkets hus"),
        ("Minnesanteckningar från samordningsgruppens möte 2019-10-15 i Västerås", "Västerås"),
        ("Protokoll styrelsemöte 2019-10-15 kl 19.00-21.00 på församlingshemmet", "församlingshemmet"),
    ],
)
def test_place_after_late_title(title: str, venue: str) -> None:
    assert _meeting(title) == ("2019-10-15", venue)


@pytest.mark.parametrize(
    "title",
    [
        # look-alikes: prose, not a title; no place after the date; a platform
        "Här finns protokollet från styrelsemötet 2019-10-15 på biblioteket i Harmånger",
        "Protokoll fört vid styrelsemöte 2019-10-15 på förmiddagen",
        "Protokoll fört vid styrelsemöte 2019-10-15 på Zoom",
    ],
)
def test_no_place_after_late_title(title: str) -> None:
    assert _meeting(title)[1] is None


def test_another_days_title() -> None:
    # a line below the title names an earlier meeting's minutes, dated another day: its place is not this meeting's
    title = "Protokoll styrelsemöte 2019-10-15\n\nProtokoll från årsmötet 2019-03-02 i Folkets hus godkändes"
    assert _meeting(title) == ("2019-10-15", None)
