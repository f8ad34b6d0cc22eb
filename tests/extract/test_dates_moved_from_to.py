"""A move's old and new day written as "från <day> till <day>", each with its month and year, are two days, not
a span between them: "flytta fram datumet för mötet från den 25 november 2014 till 26 mars 2015", "Mötet flyttas
från den 3 december 2014 till den 10 december 2014". The new day is the meeting's event; the old one is dropped.
Look-alikes: a span with no move ("Utställningen pågår från den 1 december 2014 till den 31 mars 2015",
"perioden 18 januari 2016 till 30 juni 2016"), a move whose days are joined by a dash."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text

AFTER = date(2014, 11, 4)

SPANS = [
    pytest.param("Arbetsgruppen har beslutat att flytta fram datumet för mötet från den 25 november 2014 till 26 mars "
                 "2015.", [("2014-11-25", None), ("2015-03-26", None)], id="flytta-fram"),
    pytest.param("Mötet flyttas från den 3 december 2014 till den 10 december 2014.",
                 [("2014-12-03", None), ("2014-12-10", None)], id="flyttas"),
    pytest.param("Årsmötet skjuts upp från söndagen den 15 mars 2015 till den 12 april 2015.",
                 [("2015-03-15", None), ("2015-04-12", None)], id="skjuts-upp-weekday"),
    pytest.param("Styrelsen beslutade att senarelägga konferensen från 2 februari 2015 till 9 februari 2015.",
                 [("2015-02-02", None), ("2015-02-09", None)], id="senarelagga"),
    # look-alikes: spans with no move, a move's days joined by a dash
    pytest.param("Utställningen pågår från den 1 december 2014 till den 31 mars 2015.",
                 [("2014-12-01", "2015-03-31")], id="exhibition-span"),
    pytest.param("Bidraget gäller för perioden 18 januari 2016 till 30 juni 2016.",
                 [("2016-01-18", "2016-06-30")], id="period"),
    pytest.param("Kursen flyttas och hålls 2 februari 2015 – 4 februari 2015.",
                 [("2015-02-02", "2015-02-04")], id="move-then-dashed-span"),
]


@pytest.mark.parametrize(("text", "days"), SPANS)
def test_move_from_to_is_two_days(text: str, days: list[tuple[str, str | None]]) -> None:
    found = [(d.value.isoformat(), d.end_value.isoformat() if d.end_value else None)
             for d in find_dates(text, after=AFTER) if d.value is not None]
    assert found == days


def test_moved_meeting_is_an_event_on_its_new_day() -> None:
    text = ("Protokoll styrelsen 4 november 2014\n\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\nMötet öppnades."
            "\n\n2. Stormötet\nArbetsgruppen har beslutat att flytta fram datumet för mötet från den 25 november 2014 "
            "till 26 mars 2015.\n")
    assert [e.date for e in extract_text(minutes_from_text(text)).events] == ["2015-03-26"]
