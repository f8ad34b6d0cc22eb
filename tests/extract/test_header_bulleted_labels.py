"""Header labels in a web page's bullet list: "• Datum: 131110", "• Plats: Klubbstugan". A list copied from
HTML keeps its round bullet before each label, as a Markdown copy keeps "*" or "-"; the label reads the same.
Look-alikes: a bullet whose text only mentions a date ("• Nästa möte 17/11"), a bulleted line of prose."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "date", "venue"),
    [
        (" • Möte: 32\n • Datum: 131110\n", "2013-11-10", None),
        ("• Datum: 2019-04-02\n• Plats: Klubbstugan\n", "2019-04-02", "Klubbstugan"),
        (" • Datum: 14 mars 2021\n • Tid: 18.00-20.00\n • Plats: Församlingshemmet\n", "2021-03-14",
         "Församlingshemmet"),
        ("•\tDatum: 090603\n•\tPlats: Hos Anna\n", "2009-06-03", "Hos Anna"),
        # look-alikes: no label after the bullet, the date is the title's
        ("Styrelsemöte 2013-11-10\n • Nästa möte 17/11 kl 17.00\n", "2013-11-10", None),
        ("Protokoll 2020-05-04\n • Plats för sommarfesten är inte bestämd\n", "2020-05-04", None),
    ],
)
def test_bulleted_head_labels(head: str, date: str, venue: str | None) -> None:
    text = "Protokoll, styrelsemöte, Föreningen\n\n" + head + "\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.date == date
    assert meeting.venue == venue
