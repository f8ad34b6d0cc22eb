"""Under an item headed "Nästa möte", short lines are taken as the next meeting's day; a line there that
names another thing before its date is that thing's: a deadline ("Sista dag för synpunkter på remissen är
den 10 december") always, a workshop, conference or trip after the section's first date. Before, all of
them became meetings of the body and the deadline, the earliest, its next meeting. Look-alikes: the first
and only date of the section stays the meeting even when it is held as a workshop, and a deadline said
after the meeting's day in the same sentence leaves that day the meeting's."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Minnesanteckningar – Kommunalt forum 2026-11-20\nTid: 9.00–12.00\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Nästa möte\n"


@pytest.mark.parametrize(
    ("lines", "events", "next_meeting"),
    [
        (("Nästa möte hålls den 18 december 2026 kl. 9.00–12.00 i Videum.\n"
          "Workshop om digitalisering den 15 januari 2027.\n"
          "Sista dag för synpunkter på remissen är den 10 december 2026.\n"),
         [("2026-12-18", "meeting"), ("2027-01-15", "workshop"), ("2026-12-10", "deadline")], "2026-12-18"),
        ("Den 18 december 2026 i Videum.\nSista dag att anmäla ärenden är den 4 december.\n",
         [("2026-12-18", "meeting"), ("2026-12-04", "deadline")], "2026-12-18"),
        ("Den 18 december 2026.\nKonferens om psykisk hälsa den 3 februari 2027.\n",
         [("2026-12-18", "meeting"), ("2027-02-03", "conference")], "2026-12-18"),
        ("Den 18 december 2026.\nStudieresa till Malmö den 14 mars 2027.\n",
         [("2026-12-18", "meeting"), ("2027-03-14", "trip")], "2026-12-18"),
        # look-alikes: the section's only date, a workshop; a deadline after the day in its own sentence
        ("Workshop den 15 januari 2027 kl. 9–12.\n", [("2027-01-15", "meeting")], "2027-01-15"),
        ("Den 18 december 2026, sista dag för ärenden är den 4 december.\n",
         [("2026-12-18", "meeting"), ("2026-12-04", "deadline")], "2026-12-18"),
        ("Tisdag 9 februari 2027 kl. 13–16.\n", [("2027-02-09", "meeting")], "2027-02-09"),
    ],
)
def test_other_things_under_a_next_meeting_heading(lines: str, events: list[tuple[str, str]],
                                                   next_meeting: str) -> None:
    got = extract_text(minutes_from_text(HEAD + lines))
    assert [(e.date, e.kind.value) for e in got.events] == events
    assert got.next_meeting == next_meeting
