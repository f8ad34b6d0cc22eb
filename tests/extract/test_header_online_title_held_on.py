"""The minutes' title sentence says, by a participle, on which platform the meeting was held: "Protokoll fört vid
ordinarie föreningsstämma med Kooperativa Vänner den 28 maj 2020, digitalt genomfört över nätet med verktyget Zoom".
Look-alikes: a line that is no title (prose about another gathering), a platform after a later date (the next
meeting's), a participle that names no platform."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\n§1 Föreningsstämman öppnas\n\nOrdförande Anders Engström hälsade alla välkomna och öppnade stämman\n\n"
         "§2 Kallelse till stämman\n\nStämman beslutade att kallelse skett i stadgeenlig ordning\n")


def _online(title: str) -> str | None:
    return extract_meeting(minutes_from_text("Protokoll från Kooperativa Vänners föreningsstämma den 28 maj 2020\n\n"
                                             + title + _TAIL))[0].online


@pytest.mark.parametrize(
    ("title", "online"),
    [
        (("Protokoll fört vid ordinarie föreningsstämma med Kooperativa Vänner den 28 maj 2020, digitalt genomfört "
          "över nätet med verktyget Zoom"), "Zoom"),
        ("Protokoll fört vid ordinarie föreningsstämma den 28 maj 2020 för Kooperativa Vänner, genomförd via Teams",
         "Teams"),
        ("Protokoll fört vid styrelsens sammanträde med Kooperativa Vänner den 28 maj 2020, som hölls på Skype",
         "Skype"),
    ],
)
def test_title_held_on_platform(title: str, online: str) -> None:
    assert _online(title) == online


@pytest.mark.parametrize(
    "title",
    [
        # look-alikes: prose about a course; the next meeting's platform after its date; no platform named
        ("Kursen för nya ledamöter i Kooperativa Vänner har under våren genomförts och hölls via Zoom med "
         "goda erfarenheter"),
        ("Protokoll fört vid ordinarie föreningsstämma med Kooperativa Vänner den 28 maj 2020 i Folkets hus, "
         "nästa stämma hålls 2021-05-27 via Zoom"),
        ("Protokoll fört vid ordinarie föreningsstämma med Kooperativa Vänner den 28 maj 2020, genomförd i "
         "Folkets hus i Hägersten"),
    ],
)
def test_no_platform_in_title(title: str) -> None:
    assert _online(title) is None
