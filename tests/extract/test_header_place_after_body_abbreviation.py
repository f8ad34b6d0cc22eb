"""A transcript's title naming the body closed by its abbreviation in brackets, then the place and its town, then the
date: "Protokoll fört vid Systembolagets Personalförenings Representantskap (RS) Systembolagets Lärcenter, Skarpö 8 9
maj 2010". The body ends at the bracket, the place is the venue. Look-alikes: the abbreviation with no place after it,
words after it without a town (no comma), a bracket that is no abbreviation."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\nNärvarande: Anna Holgersson, Magnus Lindberg, Berit Morén\n\n1 Representantskapets öppnande\n\n"
         "Anna Holgersson förklarar representantskapet öppnat.\n\n2 Fastställande av dagordning\n\nDagordningen godkänns.\n")


def _meeting(title: str) -> tuple[str | None, str | None]:
    m = extract_meeting(minutes_from_text(title + _TAIL))[0]
    return m.body, m.venue


@pytest.mark.parametrize(
    ("title", "body", "venue"),
    [
        (("Protokoll fört vid Systembolagets Personalförenings Representantskap (RS) Systembolagets Lärcenter, Skarpö "
          "8 9 maj 2010"), "Systembolagets Personalförenings Representantskap (RS)", "Systembolagets Lärcenter, Skarpö"),
        ("Protokoll fört vid Kommunala pensionärsrådet (KPR) Stadshuset, Sala 2019-05-12",
         "Kommunala pensionärsrådet (KPR)", "Stadshuset, Sala"),
    ],
)
def test_place_after_body_abbreviation(title: str, body: str, venue: str) -> None:
    assert _meeting(title) == (body, venue)


@pytest.mark.parametrize(
    "title",
    [
        # look-alikes: nothing between the abbreviation and the date; no town after the words; a bracketed count
        "Protokoll fört vid Kommunala pensionärsrådet (KPR) 2019-05-12",
        "Protokoll fört vid Kommunala pensionärsrådet (KPR) Stadshuset 2019-05-12",
        "Protokoll fört vid Kommunala pensionärsrådet (12) Stadshuset, Sala 2019-05-12",
    ],
)
def test_no_place_after_abbreviation(title: str) -> None:
    assert _meeting(title)[1] is None
