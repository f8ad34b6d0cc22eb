"""A head label closed by a semicolon typed for the colon ("Plats; Hemma hos Martin Johansson, Frinnaryd") is read
as the label: `_label_value` takes ";" where it takes ":". Before, "Plats;" was no label and the place was lost.

Look-alikes: a label word opening prose ("Platsen var ...", "Tiden räckte inte"), a label word with a semicolon
inside a sentence's later words.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        # real phrases
        (("Protokoll från styrelsemöte\nRalångens Fiber ekonomiska förening\nden 4 april 2016\n"
          "Plats; Hemma hos Martin Johansson, Frinnaryd\n"), "Hemma hos Martin Johansson, Frinnaryd"),
        ("Protokoll styrelsemöte 2019-05-02\nLokal; Klubbstugan\n", "Klubbstugan"),
        # look-alikes: prose opening with a label word
        ("Protokoll styrelsemöte 2019-05-02\nPlatsen var bokad; vi fick flytta.\n", None),
        ("Protokoll styrelsemöte 2019-05-02\nTiden räckte inte; punkt 5 bordlades.\n", None),
    ],
)
def test_semicolon_head_label(head: str, venue: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + "Närvarande: Anna Ek, Bo Berg\n§1 Mötets öppnande\n"))
    assert meeting.venue == venue
