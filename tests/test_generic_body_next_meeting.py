"""A board named generically ("Styrelsen") is stored under a name made unique by its file ("Styrelsen
(kvastskaft)"). Its minutes' "Styrelsen beslutar att nästa möte ska hållas 15/5" was then not its own
meeting: the calendar had the planned meeting and beside it an event "Nästa möte" on the same day,
both at 18:00, and the subscriber two entries. The next meeting the minutes name is the body's own.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Body, Event, Meeting

NOW = dt.datetime(2016, 4, 20, 8, 0, tzinfo=dt.UTC)
MINUTES = """Styrelsemöte 2016-04-17

 1. Mötets öppnande 18:05
 2. Budget
  Styrelsen beslutar att anta budgeten.
 3. Extrainsatt årsmöte
  Styrelsen beslutar att lägga det extrainsatta årsmötet 2016-06-04, kl 18.
 4. Nästa möte
  Styrelsen beslutar att nästa möte ska hållas 15/5, kl 18-20.
 5. Mötets avslutande
"""


def test_next_meeting_of_a_generic_board_is_one_entry(session_factory, tmp_path):
    path = tmp_path / "104_kvastskaft-styrelsemote-160417.txt"
    path.write_text(MINUTES, encoding="utf-8")
    result = ingest_file(session_factory, path, now=NOW)
    assert result.status == "new", result.message
    with session_factory() as s:
        body = s.scalars(select(Body)).one()
        assert body.name == "Styrelsen (kvastskaft)"
        meetings = [(m.date, m.status, m.start) for m in s.scalars(select(Meeting).order_by(Meeting.date))]
        assert meetings == [(dt.date(2016, 4, 17), "held", dt.time(18, 5)),
                            (dt.date(2016, 5, 15), "planned", dt.time(18))]
        events = [(e.date, e.kind) for e in s.scalars(select(Event))]
        assert (dt.date(2016, 5, 15), "meeting") not in events
        # The extra annual meeting is the association's, not the board's next meeting: it stays an event.
        assert (dt.date(2016, 6, 4), "meeting") in events
