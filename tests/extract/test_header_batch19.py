"""Meeting-header and event layouts of the nineteenth fresh batch of real minutes (tests/data/extra
535-544), read by general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it,
not a copied document: a time label below the date label whose two clocks lost their dash; a body held
online told in a sentence that names the platform; a template's compact date closing the place; a Dnr
line whose number's tail is lost; a capitalised body after the document word of a flattened first line;
a next meeting's labels on lines of their own; a signature block's place and date closing the minutes;
a place after a comma closing a date's line. Each has look-alikes that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.events import _labelled_block_end, _names_holder, extract_events
from planner.extract.header import (
    _LONE_DNR_LINE,
    Found,
    Part,
    extract_meeting,
    tidied_venue,
    upper_case_title_body,
    venue_after_clock_before_names,
)
from planner.extract.model import Event, Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def _events(text: str) -> list[Event]:
    doc = minutes_from_text(text)
    meeting, _ = extract_meeting(doc)
    return list(extract_events(doc, meeting, [], [])[0])


def _found(value: str) -> Found:
    return Found(value, 0, len(value))


_ITEMS = "\n\n1. Mötets öppnande\n\nOrdföranden hälsade alla välkomna.\n\n2. Val av justerare\n\nAnna valdes.\n"


# --- times: "Datum:" / "Plats:" / "Tid: 18:00 20:30", the time label below the date label ---------------

@pytest.mark.parametrize(
    ("head", "start", "end"),
    [
        ("Protokoll LAG-möte\n\nDatum: 2008-05-05\nPlats: Hotel Nordlandia, Årjäng\nTid: 18:00 20:30\n", "18:00", "20:30"),
        ("Protokoll styrelsen\n\nDatum: 2019-03-04\nPlats: Kommunhuset\nTid: 9.30 12.00\n", "09:30", "12:00"),
        # look-alikes: one clock only; the second number no later than the first; a range still read as before
        ("Protokoll styrelsen\n\nDatum: 2019-03-04\nPlats: Kommunhuset\nTid: 18:00\n", "18:00", None),
        ("Protokoll styrelsen\n\nDatum: 2019-03-04\nPlats: Kommunhuset\nTid: 18:00 17:30\n", "18:00", None),
        ("Protokoll styrelsen\n\nDatum: 2019-03-04\nPlats: Kommunhuset\nTid: 18:00-20:00\n", "18:00", "20:00"),
    ],
)
def test_time_label_below_date_label_lost_dash(head: str, start: str, end: str | None) -> None:
    m = _meeting(head + _ITEMS)
    assert (m.start, m.end) == (start, end)


# --- online: the body held online, the platform named later in the sentence ----------------------------

@pytest.mark.parametrize(
    ("sentence", "online"),
    [
        ("Då rådet hölls digitalt så fick ledamöterna presentera sin närvaro genom Teams.", "Teams"),
        ("Eftersom Tillgänglighetsrådet hölls digitalt deltog alla via Zoom.", "Zoom"),
        ("Nämnden genomfördes helt digitalt.", "digital"),
        # look-alikes: no "digitalt" (kept informed through a platform); another verb; no body as subject
        ("Styrelsen hålls informerad via Teams om arbetet.", None),
        ("Rådet har diskuterat digitala möten via Teams i framtiden.", None),
        ("Utbildningen hölls digitalt i höstas.", None),
    ],
)
def test_body_held_online(sentence: str, online: str | None) -> None:
    text = f"Protokoll Tillgänglighetsrådet\n\nDatum: 2020-12-14\n\n1. Mötets öppnande\n\n{sentence}\n"
    assert _meeting(text).online == online


# --- venue: a template's compact date closing the place -------------------------------------------------

@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Upplevelserummet, Folkhälsocentrum, Laholm, 151020", "Upplevelserummet, Folkhälsocentrum, Laholm"),
        ("Altona 25, CityGården, 150609", "Altona 25, CityGården"),
        # look-alikes: no valid month or day; no comma before the digits; a street number
        ("Kontoret, Box 151320", "Kontoret, Box 151320"),
        ("Stadshuset 151020", "Stadshuset 151020"),
        ("Storgatan 12, Laholm", "Storgatan 12, Laholm"),
    ],
)
def test_trailing_compact_date_leaves_venue(value: str, venue: str) -> None:
    found = tidied_venue(_found(value))
    assert found is not None and found.value == venue


# --- reference: a Dnr line alone whose number's tail is lost -----------------------------------------------

@pytest.mark.parametrize(
    ("line", "lone"),
    [
        ("Dnr: KS 2015-", True),
        ("Dnr 2016/", True),
        ("Diarienummer: BUN 2019/", True),
        # look-alikes: the number goes on into an item's title; a whole number (read elsewhere)
        ("Dnr 2016/ Budget för 2017", False),
        ("Dnr: KS 2015-123", False),
        ("Kn 64 Dnr KN 06/ Bidragsansökan", False),
    ],
)
def test_lone_truncated_dnr_line(line: str, lone: bool) -> None:
    assert bool(_LONE_DNR_LINE.fullmatch(line)) is lone


def test_truncated_dnr_kept_as_written() -> None:
    text = "PROTOKOLL\nUngdomsforum\n\nDnr: KS 2015-\n\nDatum: 2015-06-09" + _ITEMS
    assert _meeting(text).reference == "KS 2015-"


# --- body: capitals after the document word opening the first line ----------------------------------------

@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("PROTOKOLL LAG DALSLAND OCH ÅRJÄNG. Datum: sida 1 (5) Hotel Nordlandia", "LAG DALSLAND OCH ÅRJÄNG"),
        ("MINNESANTECKNINGAR REGIONALA SAMVERKANSRÅDET Plats: Regionhuset", "REGIONALA SAMVERKANSRÅDET"),
        ("PROTOKOLL KULTURNÄMNDEN", "KULTURNÄMNDEN"),
        # look-alikes: a verb phrase, a meeting's kind, mixed case, a lower-case document word
        ("PROTOKOLL FÖRT VID SAMMANTRÄDE. Datum: 2019-01-01", None),
        ("PROTOKOLL STYRELSEMÖTE. Datum: 2019-01-01", None),
        ("PROTOKOLL ÅRSMÖTE", None),
        ("PROTOKOLL Kulturnämnden 2019-01-01", None),
        ("Protokoll LAG DALSLAND. Datum: 2019-01-01", None),
    ],
)
def test_upper_case_title_body(line: str, body: str | None) -> None:
    found = upper_case_title_body([Part(line, 0)])
    assert (found.value if found else None) == body


# --- events: the next meeting's labels on lines of their own ----------------------------------------------

_BLOCK = "Nästa möte\n\n  Datum:     onsdag 8 mars\n\n  Tid:       17:30\n\n  Plats:     Stjärnvallen, Stjärnorp\n\n"


@pytest.mark.parametrize(
    ("block", "start", "venue"),
    [
        (_BLOCK, "17:30", "Stjärnvallen, Stjärnorp"),
        ("Nästa möte\n\nDatum: 12 april\nTid: 18.00\nLokal: Klubbstugan\n\n", "18:00", "Klubbstugan"),
        # look-alikes: a prose line between ends the block; no labels below
        ("Nästa möte\n\nDatum: 12 april\n\nVi bjuder på fika.\n\nTid: 18.00\n\n", None, None),
        ("Nästa möte\n\nDatum: 12 april\n\n", None, None),
    ],
)
def test_next_meeting_label_block(block: str, start: str | None, venue: str | None) -> None:
    text = "Protokoll styrelsemöte\n\nDatum: tisdag 28 februari 2023\n\n1. Mötets öppnande\n\nÖppnat.\n\n" + block
    events = [e for e in _events(text) if e.kind.value == "meeting"]
    assert len(events) == 1
    assert (events[0].start, events[0].venue) == (start, venue)


def test_labelled_block_end_stops_at_prose() -> None:
    text = "Datum: 8 mars\n\nTid: 17:30\nUnderskrift"
    assert text[:_labelled_block_end(text, text.index("\n"))].endswith("Tid: 17:30")


# --- events: a signature block's place and date closing the minutes ----------------------------------------

@pytest.mark.parametrize(
    ("tail", "dates"),
    [
        ("Dick Jonsson\n\nLjungsbro\n\n2023-03-04\n", []),
        ("Anna Karin Ek\nLinköping 2023-03-04\n", []),
        # look-alikes: a heading above the place; text after the date; a labelled place
        ("Nästa möte\n\nLjungsbro\n\n2023-03-14\n", ["2023-03-14"]),
        ("Dick Jonsson\n\nLjungsbro\n\n2023-03-14\n\nVi ses då på årsmötet i klubbstugan.\n", ["2023-03-14"]),
        ("Dick Jonsson\n\nPlats: Ljungsbro\n\n2023-03-14\n", ["2023-03-14"]),
    ],
)
def test_signature_place_and_date(tail: str, dates: list[str]) -> None:
    text = ("Protokoll styrelsemöte\n\nDatum: tisdag 28 februari 2023\n\n1. Mötets öppnande\n\nÖppnat.\n\n"
            "2. Nästa möte\n\n" + tail)
    assert [e.date for e in _events(text) if e.date != "2023-03-08"] == dates


# --- events: a place after a comma closing the date's line --------------------------------------------------

@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Inbjudan till Svenska Fiskevattenägarnas rådslag 9/3, Ryda Gård.", "Ryda Gård"),
        ("Kurs i fiskevård 14/3, Folkets hus.", "Folkets hus"),
        # look-alikes: who rather than where; lower-case words after the comma
        ("Verksamhetsberättelsen ska vara klar 9/3, styrelsen.", None),
        ("Budgeten lämnas in 9/3, alla bidrar.", None),
    ],
)
def test_place_after_comma_closing_date_line(line: str, venue: str | None) -> None:
    text = "Protokoll styrelsemöte\n\nDatum: tisdag 28 februari 2023\n\n1. Information\n\n• " + line + "\n"
    events = [e for e in _events(text) if e.date == "2023-03-09" or e.date == "2023-03-14"]
    assert [e.venue for e in events] == [venue]


@pytest.mark.parametrize(
    ("place", "holder"),
    [("Styrelsen", True), ("Ordförande", True), ("Ryda Gård", False), ("Folkets hus", False)],
)
def test_names_holder(place: str, holder: bool) -> None:
    assert _names_holder(place) is holder


# --- venue: the place after the start clock, up to the first listed attendee ------------------------------

@pytest.mark.parametrize(
    ("line", "names", "venue"),
    [
        ("Beslutande 17:30, VIP-rummet, FORUM Örkelljunga Annie Berg, Cajsa Torkelsson",
         ["Annie Berg", "Cajsa Torkelsson"], "VIP-rummet, FORUM Örkelljunga"),
        ("Ledamöter 09:00, Kommunhuset Per Bo, Eva Ek", ["Per Bo", "Eva Ek"], "Kommunhuset"),
        # look-alikes: no comma after the clock; no listed name after the place; the names right after
        ("Beslutande 17:30 VIP-rummet Annie Berg", ["Annie Berg"], None),
        ("Beslutande 17:30, VIP-rummet, FORUM", ["Annie Berg"], None),
        ("Beslutande 17:30, Annie Berg, Cajsa Torkelsson", ["Annie Berg", "Cajsa Torkelsson"], None),
    ],
)
def test_venue_after_clock_before_names(line: str, names: list[str], venue: str | None) -> None:
    at = line.index(":") - 2
    found = venue_after_clock_before_names([Part(line, 0)], 1, Found(line[at:at + 5], at, at + 5), names)
    assert (found.value if found else None) == venue
