"""A stored club page opens with its calendar box, a short heading over three or more lines of a day and month and
an event ("Kommande tävlingar" / "17/04 Laholms BK - Guldtävling" / ...), above the minutes' own title: the box is
skipped, the body is what the title alone gives. Look-alikes, where the heading stays the body: fewer than three
dated lines, a heading of more than four words, dated lines of running text."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TITLE = "Sundsvallsbridgen 2009-04-07PROTOKOLL TILL STYRELSEMÖTE 2009-04-07\n"
_MINUTES = ("\nNärvarande:\nLeif Sundqvist, ordf\nKent Sjöberg, sekr\n\n1. Mötets öppnande\nOrdförande Leif Sundqvist "
            "öppnade mötet och hälsade samtliga välkomna.\n\n2. Ekonomisk rapport\nKassören var sjuk och därför "
            "bordlades ärendet.\n")


def _body(head: str) -> str | None:
    return extract_meeting(minutes_from_text(head + _TITLE + _MINUTES))[0].body


@pytest.mark.parametrize(
    "box",
    [
        ("Kommande tävlingar\n17/04 Laholms BK - Guldtävling\n08/05 Guld-IAF - BK S:t Erik\n"
         "01/07 Ölandsveckan 2021 - A-final\nRapporterade tävlingar\n24/10 SM Par Junior, direktfinal\n"
         "01/08 Gröna Hissen guldstänk\n15/02 Munka Ljungby BS - Guldtävling\n"),
        "Kalender\n12/05 Vårtävling, Sundsvall\n19/05 Klubbmästerskap\n26/05 Avslutning\n",
    ],
)
def test_calendar_box_is_no_body(box: str) -> None:
    assert _body(box) == _body("") == "Sundsvallsbridgen"


@pytest.mark.parametrize(
    "head",
    [
        # look-alikes: two dated lines only; a long heading; dated lines of running text
        "Kommande tävlingar\n17/04 Laholms BK - Guldtävling\n08/05 Guld-IAF - BK S:t Erik\n",
        "Kommande tävlingar för klubbens medlemmar\n17/04 Laholms BK\n08/05 Guld-IAF\n01/07 Ölandsveckan\n",
        ("Kommande tävlingar\n17/04 Laholms BK arrangerar guldtävling för alla medlemmar i distriktet och anmälan sker\n"
         "08/05 Guld-IAF har bjudit in till lagtävling i S:t Erik, anmälan senast en vecka innan\n"
         "01/07 Ölandsveckan 2021 spelas som vanligt i Färjestaden med A-final på lördagen\n"),
    ],
)
def test_no_calendar_box(head: str) -> None:
    assert _body(head) != "Sundsvallsbridgen"
