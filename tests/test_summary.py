"""`planner extract FILE` without --json: a summary a Swedish secretary reads (planner/summary.py)."""

from __future__ import annotations

from planner.extract.model import (
    Carry,
    CarryReason,
    Event,
    EventKind,
    Extraction,
    Item,
    ItemStatus,
    Meeting,
    Target,
)
from planner.summary import render_summary


def test_summary_says_reasons_kinds_and_times_in_swedish() -> None:
    ex = Extraction(
        meeting=Meeting(body="Kommunalt forum", date="2026-11-20", start="09:00", end="12:00", venue="Bolmen"),
        items=(Item(number="4", title="Samplanering", status=ItemStatus.RETURNS, target=Target(when="2027-02")),
               Item(number="5", title="Yrkes-SM", status=ItemStatus.POSTPONED, target=Target(when="next"))),
        carry=(Carry("4", "Samplanering", CarryReason.RETURNS, "2027-02"),
               Carry("5", "Yrkes-SM", CarryReason.POSTPONED, "next"),
               Carry("6", "Barnahus", CarryReason.ANNOUNCED)),
        next_meeting="2026-12-04",
        events=(Event(EventKind.MEETING, "Nästa möte", "2026-12-04", (0, 1), start="09:00", end="12:00",
                      venue="Videum, Växjö"),
                Event(EventKind.TRIP, "Studieresa till Helsingborg", "2027-04", (0, 1), venue="Helsingborg"),
                Event(EventKind.DEADLINE, "Synpunkter på remissen", "2026-12-15", (0, 1))),
    )
    text = render_summary(ex)
    assert "  4. Samplanering [återkommer till februari 2027]" in text
    assert "  5. Yrkes-SM [uppskjuten till nästa möte]" in text
    assert "  - Samplanering (punkt 4, återkommer, till februari 2027)" in text
    assert "  - Yrkes-SM (punkt 5, uppskjuten, till nästa möte)" in text
    assert "  - Barnahus (punkt 6, aviserad, tidpunkt ej bestämd)" in text
    assert "  2026-12-04 09:00-12:00 [möte] Nästa möte, Videum, Växjö" in text
    # a place the title names already is not said twice
    assert "  2027-04 [resa] Studieresa till Helsingborg\n" in text
    assert text.endswith("  2026-12-15 [sista dag] Synpunkter på remissen")
    for english in ("returns", "postponed", "announced", "[meeting]", "[trip]", "[deadline]"):
        assert english not in text
