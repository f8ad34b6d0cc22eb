"""A thing that must be handed in by a day, said as the state it must be in ("Deklarationen skall vara
inlämnad den 3:e maj"), is a deadline; it stays apart from a gathering on the same day ("Vårslaget kommer
äga rum den 3-5 maj"), even where a flattened page runs the next item's number into the sentence."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2013-04-04\n\nNärvarande: Anna Berg, Olle Ek\n\n3 Deklaration\n\n"
TAIL = "\n\n5 Övrigt\n\nInga övriga frågor.\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        ("Deklarationen skall vara inlämnad den 3:e maj.", [("2013-05-03", None, "deadline")]),
        ("Ansökan ska vara kansliet tillhanda den 3 maj.", [("2013-05-03", None, "deadline")]),
        ("Blanketten ska vara insänd 3 maj.", [("2013-05-03", None, "deadline")]),
        ("Deklarationen skall vara inlämnad den 3:e maj.\n\n4 Vårslaget\n\nVårslaget kommer äga rum den 3-5 maj.",
         [("2013-05-03", None, "deadline"), ("2013-05-03", "2013-05-05", "other")]),
        (("Deklarationen skall vara inlämnad den 3:e maj, och så är planerat ske. notera detta till protokollet. "
         "4 Fråga om Vårslaget Vårslaget kommer äga rum den 3-5 maj, och Lloyd kommer närvara."),
         [("2013-05-03", None, "deadline"), ("2013-05-03", "2013-05-05", "other")]),
        # look-alikes: no handing in; the same day said twice of one thing
        ("Festen ska vara i Folkets hus den 3 maj.", [("2013-05-03", None, "other")]),
        ("Vårslaget äger rum den 3 maj. Anmälan till Vårslaget den 3 maj görs till Olof.", [("2013-05-03", None, "other")]),
    ],
)
def test_handed_in_by_a_day(said: str, events: list[tuple[str, str | None, str]]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + TAIL))
    assert [(e.date, e.end_date, e.kind.value) for e in got.events] == events
