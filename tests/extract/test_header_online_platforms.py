"""Online platforms beyond the usual: Lync (Skype's business forerunner) and Messenger (a small board's
chat call, "(via Messenger)"); and a platform in brackets right after the meeting's clock on a long
head line ("Tisdagen den 11 augusti, kl. 18:30 20:30 (lync)"). A platform named in prose or without a
clock before it on a long line is no meeting's.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def online_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].online


@pytest.mark.parametrize(
    ("head", "online"),
    [
        ("PROTOKOLL 2020\nStyrelsemöte\n(via Messenger)\n22 mars 2020\nNärvarande; Anna Berg, Olle Ek\n", "Messenger"),
        (("Protokoll (nr 6/2015) styrelsen\nPlats: Dag och tid: Kronan, Luleå Tisdagen den 11 augusti, kl. 18:30 20:30 "
         "(lync) Närvarande: Styrelseledamöter Mikael Samuelsson Tore Hjort\n"), "Lync"),
        ("Protokoll styrelsemöte 2021-02-03 Tid: kl 19.00 (via Teams) Närvarande: Anna Berg, Olle Ek, Lisa Holm, Per Ek\n",
         "Teams"),
        ("Styrelsemöte 2012-04-02\nMötet hölls via Lync\n", "Lync"),
    ],
)
def test_online_platform(head: str, online: str) -> None:
    assert online_of(head) == online


@pytest.mark.parametrize(
    "head",
    [
        # a long line of prose that names a platform, with no clock right before it: not the meeting's form
        ("Styrelsemöte 2020-03-22\nNärvarande: Anna Berg\n1. Information\nKlubben har numera en grupp i Messenger "
         "där medlemmarna kan ställa frågor till styrelsen om träningarna och tävlingarna i vår och sommar.\n"),
        # brackets after a clock that hold no platform
        "Styrelsemöte 2020-03-22 kl. 18:30 (Klubbstugan) Närvarande: Anna Berg, Olle Ek, Lisa Holm, Per Ek, Bo Ek\n",
    ],
)
def test_no_online_platform(head: str) -> None:
    assert online_of(head) is None
