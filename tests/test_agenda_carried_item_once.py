"""An item put off meeting after meeting appeared twice in the draft agenda.

"Budget 2025" was put off on 12 March and again on 9 April. The draft for 14 May listed it as a
carried item ("Bordlades 2024-03-12, punkt 2; bordlades igen ...") and a second time, bare, among
the opening items: being on both earlier agendas made it look like a standing item to the
draft's rule for recurring points. The same happened once it was decided, in the draft after
that, and for a title written slightly differently at the next meeting ("Budget för 2025").
"""

from __future__ import annotations

import datetime as dt

from planner.agenda import draft_next_agenda
from planner.ingest import find_body, ingest_file
from tests.carry_minutes import APRIL, BODY, DECIDED, MARCH, MAY, POSTPONED, minutes, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)


def drafts(session_factory, tmp_path, texts):  # type: ignore[no-untyped-def]
    """Ingest the minutes one by one; return the draft after each as (title, section) pairs."""
    out = []
    for n, text in enumerate(texts):
        result = ingest_file(session_factory, write_minutes(tmp_path, f"{n}.txt", text), now=NOW)
        assert result.status == "new", result.message
        with session_factory() as s:
            body = find_body(s, BODY)
            assert body is not None
            out.append([(e.title, e.section) for e in draft_next_agenda(s, body).entries])
    return out


OPENING, CLOSING = ("Mötets öppnande", "opening"), ("Mötets avslutande", "closing")


def test_item_put_off_twice_is_on_the_draft_once(session_factory, tmp_path):
    april, may, june = drafts(session_factory, tmp_path, [MARCH, APRIL, MAY])
    assert april == [OPENING, ("Budget 2025", "carried"), CLOSING]
    assert may == [OPENING, ("Budget 2025", "carried"), CLOSING]
    assert june == [OPENING, CLOSING]


def test_item_renamed_and_renumbered_is_on_the_draft_once(session_factory, tmp_path):
    april = minutes("2024-04-09", [("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj."),
                                   ("Budget för 2025", POSTPONED)], "2024-05-14")
    may = minutes("2024-05-14", [("Ekonomisk rapport", "Kassören redovisade."), ("Budget för år 2025", DECIDED),
                                 ("Övrigt", "Inget övrigt.")], "2024-06-11")
    _, after_april, after_may = drafts(session_factory, tmp_path, [MARCH, april, may])
    assert after_april == [OPENING, ("Budget 2025", "carried"), CLOSING]
    assert after_may == [OPENING, ("Övrigt", "closing"), CLOSING]
