"""A month named for one thing ("AF kommer att bjuda in till dialogseminarier i juni") near a day of that month
that is the body's next meeting, named right by it in another sentence ("Kom gärna med synpunkter till nästa
möte, 3/6"): two things, the month's an event of its own. A month whose sentence names a meeting, or a day of
the same month said of another thing, is still the same thing said more precisely.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrgruppsmöte 2010-05-11\n\n1. Mötets öppnande\nMötet öppnades.\n\n5. Mål och resultat\n"
TAIL = "\n\n6. Avslutning\nInget.\n"


def dates(body: str) -> list[str]:
    r = extract_text(minutes_from_text(HEAD + body + TAIL))
    return sorted(e.date or "" for e in r.events)


@pytest.mark.parametrize(("body", "want"), [
    (("AF kommer att bjuda in till dialogseminarier i juni men oklart vad som är innehållet.\n\n"
      "Kom gärna med input/synpunkter till nästa möte, 3/6 gällande en mer allmän fråga."),
     ["2010-06", "2010-06-03"]),
    # look-alikes: the month's sentence names the meeting; the day said of the same seminar
    ("Styrgruppen har möte i juni.\n\nKom gärna med synpunkter till nästa möte, 3/6 gällande avtalet.",
     ["2010-06-03"]),
    ("AF bjuder in till dialogseminarier i juni. Det första dialogseminariet hålls den 3/6 kl. 09.00.",
     ["2010-06-03"]),
])
def test_month_beside_next_meeting_day(body: str, want: list[str]) -> None:
    assert dates(body) == want
