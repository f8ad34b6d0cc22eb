"""Two details of a council's planned things. The place may be said to be booked in a clause after the date
("Temadagen är fastställd till den 16 oktober 2020 och Katrinebergs folkhögskola är bokad"): it is the event's
venue. A new officer of the council from a day ("Sofia Nygren blir ny sekreterare för rådet från den 1 februari
2020", "ny kanslichef", "ny samordnare") is a milestone. Look-alikes: a booking in another sentence, something
else booked ("lunch är bokad"), and a new member without a post word.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_HEAD = "Protokoll 2020-01-15\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Information\n"

CASES = [
    # (sentence, [(date, kind, venue)])
    ("Temadagen är fastställd till den 16 oktober 2020 och Katrinebergs folkhögskola är bokad.",
     [("2020-10-16", "workshop", "Katrinebergs folkhögskola")]),
    ("Konferensen hålls den 3 mars 2020, Folkets hus är reserverat.", [("2020-03-03", "conference", "Folkets hus")]),
    ("Sofia Nygren blir ny sekreterare för rådet från den 1 februari 2020.", [("2020-02-01", "milestone", None)]),
    ("Anna Ek blir ny kanslichef från den 1 mars 2020.", [("2020-03-01", "milestone", None)]),
    ("Bo Berg blir ny samordnare för nätverket från den 1 april 2020.", [("2020-04-01", "milestone", None)]),
    # look-alikes
    ("Temadagen hålls den 16 oktober 2020. Katrinebergs folkhögskola är bokad för hösten.",
     [("2020-10-16", "workshop", None)]),
    ("Temadagen är den 16 oktober 2020 och lunch är bokad.", [("2020-10-16", "workshop", None)]),
]


@pytest.mark.parametrize(("sentence", "events"), CASES)
def test_booked_place_after_and_new_officer(sentence: str, events: list[tuple[str, str, str | None]]) -> None:
    got = extract_text(minutes_from_text(_HEAD + sentence + "\n")).events
    assert [(e.date, e.kind.value, e.venue) for e in got] == events
