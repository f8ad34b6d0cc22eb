"""Meeting-header layouts of the seventh fresh batch of real minutes (tests/data/extra 399-408), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a stored copy whose
table of contents (dot leaders and page numbers) comes before the header, a title closed by a full stop, and
a joint meeting ("Styrelse- och arbetsmöte"); with look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from planner.extract.events import extract_events
from planner.extract.header import (
    Found,
    _strip_title,
    _venue_after_organ,
    body_of_title,
    extract_meeting,
    is_contents_line,
)
from planner.extract.model import EventKind, Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> tuple[str | None, str | None, str | None, str | None, str | None, str | None]:
    m = extract_meeting(minutes_from_text(text))[0]
    return m.body, m.date, m.start, m.end, m.venue, m.reference


# A line of a table of contents: dot leaders, then a page number (a copy's rule may follow).
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("§ 1 Val av justerare ... 4", True),
        ("Krösatågstrafik ... 5", True),
        ("§ 16 Anmälningsärenden ... 18 _________", True),
        ("Budget ............ 12", True),
        ("§ 3 Information … 7", True),
        # look-alikes: an ellipsis inside a sentence, a year after it, no number at all
        ("§ 5 Mötet avslutades ...", False),
        ("Beslut om budget ... 2021", False),
        ("Vi diskuterade ... och beslutade 3 saker", False),
        ("§ 2 Godkännande av dagordning", False),
    ],
)
def test_contents_line(line: str, expected: bool) -> None:
    assert is_contents_line(line) is expected


_CONTENTS = (
    "Regionstyrelsen Sammanträdesprotokoll Ärendeförteckning\n\n"
    "Ärendeförteckning\n\n"
    "§ 1 Val av justerare ... 4\n\n"
    "§ 2 Godkännande av dagordning ... 4\n\n"
    "§ 3 Överenskommelse inför beslut om allmän trafikplikt för\n\n"
    "Pågatågstrafik ... 5\n\n"
    "§ 4 Inkomna motioner Dnr 109-7-2017 Anna Berg (C) har inkommit med motionen om\n\n"
    "plastpåsar ... 6\n\n"
    "§ 5 Anmälningsärenden ... 7 _________\n\n"
    "(2)\n\n"
)


# A table of contents before the header neither ends the header nor gives its reference; the title's
# document word before "Ärendeförteckning" is no part of the body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CONTENTS + "Tid och plats onsdagen den 8 februari 2017 kl 09.00-11.15 Rådhuset, Karlshamn\n\n"
         "Närvarande\n\nAnna Berg (S), ordförande\n\n§ 1 Val av justerare\n\nTill justerare valdes Per.\n",
         ("Regionstyrelsen", "2017-02-08", "09:00", "11:15", "Rådhuset, Karlshamn", None)),
        (_CONTENTS.replace("Sammanträdesprotokoll ", "Protokoll ")
         + "Tid och plats tisdagen den 7 mars 2017 kl 13.00-15.00 Stadshuset, Ronneby\n\n"
         "§ 1 Val av justerare\n\nTill justerare valdes Per.\n",
         ("Regionstyrelsen", "2017-03-07", "13:00", "15:00", "Stadshuset, Ronneby", None)),
        # look-alike: no contents; the first item still ends the header, and a later "Tid och plats" is no header
        (("Regionstyrelsen\n\nDatum 2017-02-08\n\n§ 1 Val av justerare\n\nTill justerare valdes Per.\n\n"
          "§ 2 Nästa möte\n\nTid och plats onsdagen den 8 mars 2017 kl 09.00-11.15 Rådhuset, Karlshamn\n"),
         ("Regionstyrelsen", "2017-02-08", None, None, None, None)),
        # look-alike: a header's own diary number (not in a contents entry) is its reference
        ("Regionstyrelsen\n\nDnr 109-7-2017\n\nDatum 2017-02-08\n\n§ 1 Val av justerare\n",
         ("Regionstyrelsen", "2017-02-08", None, None, None, "109-7-2017")),
    ],
)
def test_contents_before_header(text: str, expected: tuple[str | None, ...]) -> None:
    assert _meeting(text) == expected


# A dated title that opens with a document word stays a title when a full stop closes it.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll fört vid styrelsemöte 30 juni 2009 i Bygdemuséet.", "Styrelsen"),
        ("Protokoll fört vid styrelse- och arbetsmöte 30 juni 2009 i Bygdemuséet.", "Styrelsen"),
        ("Minnesanteckningar från ledningsgruppens möte 3 maj 2020 i Umeå.", "Ledningsgruppen"),
        # look-alikes: sentences about the minutes, not titles
        ("Protokollet justerades den 5 maj 2020 i Stockholm.", None),
        ("Protokoll från mötet den 3 maj 2020 godkändes och lades till handlingarna.", None),
    ],
)
def test_title_with_full_stop(title: str, body: str | None) -> None:
    text = title + "\n\nNärvarande: Inga, Jonny\n\n§ 1/ Mötet öppnas.\n"
    assert _meeting(text)[0] == body


# A joint meeting whose second part names only what was done is a meeting of the first part's body.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Styrelse- och arbetsmöte", "Styrelsen"),
        ("Styrgrupps- och planeringsmöte", "Styrgruppen"),
        ("Nämnd- och informationssammanträde", "Nämnden"),
        # look-alikes: a meeting of members, a second body, no body word, a body's own name
        ("Styrelse- och medlemsmöte", "Styrelse- och medlemsmöte"),
        ("Vård- och omsorgsmöte", "Vård- och omsorgsmöte"),
        ("Barn- och skolnämnden", "Barn- och skolnämnden"),
    ],
)
def test_joint_meeting(title: str, body: str) -> None:
    assert body_of_title(title) == body


# A parliamentary session number ends no body's name, and a generic body from a bare meeting word
# ("Utskottssammanträde" -> "Utskottet") gives way to a head line naming that body in one word.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Protokoll utskottssammanträde 2025/26:32\n\nRIKSDAGEN\n\nSOCIALUTSKOTTET\n\nPROTOKOLL\n\n"
          "UTSKOTTSSAMMANTRÄDE 2025/26:32\n\nDATUM\n\n2026-03-03\n\nTID\n\n11.00–12.10\n\n§ 1\n\nInformation"),
         "Socialutskottet"),
        ("Kulturutskottet\n\nProtokoll utskottssammanträde 2025/26:7\n\nDatum 2026-03-03\n\n§ 1 Information",
         "Kulturutskottet"),
        ("Styrelsemöte 2020-03-05\n\nKOMMUNSTYRELSEN\n\n§ 1 Öppnande", "Kommunstyrelsen"),
        # look-alikes: no named line (the generic body stays), a line of two words is no name
        ("Protokoll utskottssammanträde 2025/26:32\n\nDATUM\n\n2026-03-03\n\n§ 1\n\nInformation", "Utskottet"),
        ("Styrelsemöte 2020-03-05\n\nNärvarande: Anna Berg, Per Ek\n\n§ 1 Öppnande", "Styrelsen"),
    ],
)
def test_named_body_for_generic(text: str, body: str) -> None:
    assert _meeting(text)[0] == body


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("Protokoll utskottssammanträde 2025/26:32", "utskottssammanträde"),
        ("UTSKOTTSSAMMANTRÄDE nr 2019/20:7", "UTSKOTTSSAMMANTRÄDE"),
        # look-alike: a time of day is no session number
        ("Styrelsemöte 12:30", "Styrelsemöte"),
    ],
)
def test_session_number_stripped(title: str, stripped: str) -> None:
    assert _strip_title(title)[0] == stripped


# Labels in a column ("Organ: Plats och tid:") with their values after them: the organ's name runs into
# the place's, and is cut off it.
@pytest.mark.parametrize(
    ("venue", "body", "expected"),
    [
        ("Regionförbundets arbetsutskott Regionförbundet i Kalmar län", "Regionförbundets arbetsutskott",
         "Regionförbundet i Kalmar län"),
        ("Kommunstyrelsens arbetsutskott Stadshuset, Ronneby", "Kommunstyrelsens arbetsutskott", "Stadshuset, Ronneby"),
        # look-alikes: the rest in lower case, a one-word body, a venue that does not open with the body
        ("Kommunstyrelsens arbetsutskott rum 3", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott rum 3"),
        ("Styrelsen Rådhuset", "Styrelsen", "Styrelsen Rådhuset"),
        ("Stadshuset, Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott",
         "Stadshuset, Kommunstyrelsens arbetsutskott"),
    ],
)
def test_venue_after_organ(venue: str, body: str, expected: str) -> None:
    assert _venue_after_organ(Found(venue, 10, 10 + len(venue)), body).value == expected


# A day of joint planning is a workshop, and "är planerad till" and a bullet end or open no title.
@pytest.mark.parametrize(
    ("line", "workshop", "title"),
    [
        ("• En gemensam strategidag är planerad till 14 maj.", True, "En gemensam strategidag"),
        ("- En visionsdag för hela föreningen är inplanerad till 3 juni.", True, "En visionsdag för hela föreningen"),
        ("Utbildningen för nya ledamöter är bokad till den 20 maj.", False, "Utbildningen för nya ledamöter"),
        # look-alike: "strategi" alone names no day of planning
        ("• Strategin för skolan ska vara klar till 14 maj.", False, None),
    ],
)
def test_planned_day(line: str, workshop: bool, title: str | None) -> None:
    text = "Protokoll styrelsemöte 2019-03-01\n\n§ 1 Information\n\n" + line + "\n"
    events = extract_events(minutes_from_text(text), Meeting(date="2019-03-01"), [], [])[0]
    assert len(events) == 1
    assert (events[0].kind is EventKind.WORKSHOP) is workshop
    if title is not None:
        assert events[0].title == title


# Two months joined by "eller" or "och" share the year written after the second.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("beslut i februari eller april 2018 i kommunfullmäktige", ["2018-02", "2018-04"]),
        ("i februari eller i april 2018", ["2018-02", "2018-04"]),
        ("i mars och maj 2019", ["2019-03", "2019-05"]),
        # look-alikes: no year at all, a day in the second date, a month and its own year
        ("i februari eller april", ["2016-02", "2016-04"]),
        ("i februari eller 3 april 2018", ["2016-02", "2018-04-03"]),
        ("i februari 2016 eller april 2018", ["2016-02", "2018-04"]),
    ],
)
def test_months_share_year(text: str, values: list[str]) -> None:
    assert [str(d.value) for d in find_dates(text, after=date(2015, 10, 4))] == values
