"""Meeting-header layouts of the tenth fresh batch of real minutes (tests/data/extra 429-440), read by general rules.

Mostly regional and county bodies stored as run-on page transcripts: the labels come first and the values follow
("Organ Plats och tid ... Regionförbundets styrelse ... Torsdagen den 4 mars 2010, kl"). Each case is a short
passage written the way such minutes put it, not a copied document, with look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from planner.extract.events import extract_events
from planner.extract.header import Found, extract_meeting, lone_body_word, without_organ_label
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# A weekday date given by a time label ("Tid", "Tid och plats", "Plats och tid") is the meeting's day when
# the weekday agrees with the date: it beats a title naming another meeting, a protocol number that reads
# as a day and month, a posting block's "Sammanträdesdatum", and a dated notice in the first item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minutes are pages of a later meeting's agenda, whose title comes first
        (("Dagordning Regionstyrelsens sammanträde den 13 juni 2018 i Karlshamn 38 (64)\n\n"
         "Tid och plats Onsdagen den 30 maj 2018 kl Region Blekinge, Karlskrona\n"
         "Närvarande Ordförande Per Olsson (S)\n"), "2018-05-30"),
        # a run-on "Organ Plats och tid" head and a posting block that dates the meeting otherwise
        (("Protokoll Styrelsen\n\n"
         "Organ Plats och tid Förbundets styrelse Förbundet i Länet Torsdagen den 4 mars 2010, kl ande Eva Ek ordförande\n"
         "Utses att justera Bo Ek Anslag/bevis: Protokollet är justerat. Sammanträdesdatum: 3 mars 2010\n"),
         "2010-03-04"),
        # no year by the weekday: the head's one year in which 21 April is a Monday
        (("PROTOKOLL 1 (36) Landstingsfullmäktige Tid: Måndagen den 21 april, kl , Plats: Konserthuset\n"
         "37 Öppnande Enligt utfärdad kungörelse från den 10 april 2008, sammanträder fullmäktige denna dag.\n"),
         "2008-04-21"),
        # the label inside a run-on line, after a lost "Justerat" value; a protocol number "FU 2/08" above
        (("Ledningsenheten FU 2/08 Avdelningen, Anna Berg Justerat Tid Tisdagen den 26 februari 2008 kl\n\n"
         "Plats\nNärvarande ledamöter\n"), "2008-02-26"),
        ("Kommunstyrelsen\nTid: Tisdag 12 mars 2019 kl. 13.00\nPlats: Rådhuset\n", "2019-03-12"),
        # look-alikes: a weekday that does not agree with the date gives no such day; the labelled date wins
        ("Kommunstyrelsen\nDatum: 2019-03-13\nTid: Tisdag 13 mars 2019 kl. 13.00\n", "2019-03-13"),
        # the checking day after "Justeringens tid" is not the meeting's
        ("Socialnämnden 2019-04-23\nJusteringens tid: Onsdagen den 24 april 2019\n", "2019-04-23"),
    ],
)
def test_weekday_date_after_time_label(text: str, expected: str) -> None:
    assert _meeting(text).date == expected


def _event_dates(text: str) -> list[str]:
    doc = minutes_from_text(text)
    return [e.date for e in extract_events(doc, extract_meeting(doc)[0], [], [])[0]]


_HEAD = "Protokoll\nLandstingsfullmäktige\nDatum: 2005-11-22\nPlats: Landstingshuset\n\n"


# The end of a term or period ("för tiden t o m den 31 oktober 2006") is no event; a deadline by "t o m" is.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (("290 Anmälan av länsstyrelsens beslut att för tiden t o m den 31 oktober 2006 till ny ledamot "
         "inkalla Anna Berg (fp).\n"), []),
        ("Nils Ek förordnas som ersättare för perioden till och med 2006-06-30.\n", []),
        ("Hon är förordnad t.o.m. den 15 mars 2006 som tillförordnad direktör.\n", []),
        ("Styrelsen väljer Eva Ek för tiden fram till den 1 februari 2006.\n", []),
        # look-alikes: a deadline and a meeting after "fram till"
        ("Synpunkter lämnas t o m den 15 januari 2006 till kansliet.\n", ["2006-01-15"]),
        ("Nästa sammanträde hålls den 13 december 2005 i Växjö.\n", ["2005-12-13"]),
    ],
)
def test_term_end_is_no_event(body: str, expected: list[str]) -> None:
    assert _event_dates(_HEAD + body) == expected


# A posting label broken over two lines above its value ("Justeringens\nplats och tid\n<place, date>")
# dates the checking, not an event; a value under an unrelated two-line label stays an event.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Justeringens\nplats och tid\nFörvaltningshuset, 2005-11-28, kl. 15:30\n", []),
        ("Datum för\nanslags uppsättande\n2005-11-29\n", []),
        ("Nästa möte\nplats och tid\nFörvaltningshuset, 2005-12-13, kl. 15:30\n", ["2005-12-13"]),
    ],
)
def test_two_line_posting_label(body: str, expected: list[str]) -> None:
    assert _event_dates(_HEAD + body) == expected


# "FU 2/08" after an upper-case code, its second number the meeting year's two digits: a serial number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ledningsenheten FU 2/08 Uppdragsavdelningen", []),
        ("Protokoll LS 9/08 Landstingsstyrelsen", []),
        ("Protokoll LS 9/12 Landstingsstyrelsen", ["2008-12-09"]),
        ("KS 3/08 Kommunstyrelsen", []),
        # look-alikes: no code before it, a month that is not the year's digits, a one-digit month
        ("Nästa möte 2/08 kl 9", ["2008-08-02"]),
        ("Möte i FU 2/09 kl 9", ["2008-09-02"]),
        ("AU 2/8 kl 9", ["2008-08-02"]),
    ],
)
def test_serial_number_is_no_date(text: str, expected: list[str]) -> None:
    assert [str(f.value) for f in find_dates(text, after=date(2008, 2, 26))] == expected


# A meeting named in the head with its day ("Regionstyrelsens sammanträde den 13 juni 2018" over the minutes
# of its working committee, held before) is an event, not the date the document was written.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dagordning Regionstyrelsens sammanträde den 13 juni 2018 i Karlshamn", ["2018-06-13"]),
        ("Kallelse till styrelsens möte den 20 juni 2018", ["2018-06-20"]),
        # look-alike: a plain date in the head a few weeks after the meeting is the document's own
        ("Protokoll 2018-06-13 Arbetsutskottet", []),
    ],
)
def test_meeting_named_in_head(title: str, expected: list[str]) -> None:
    text = (title + "\n\nTid och plats Onsdagen den 30 maj 2018 kl 9.00 Regionhuset, Karlskrona\n"
            "Närvarande Per Olsson (S)\n\n1 Information\nInformation om budgeten.\n")
    assert _event_dates(text) == expected


# The one capitalised body word of a run-on head is the body, when nothing joins it to the words around it.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Landstingets kansli Kansliavdelningen/Anna Berg Landstingsfullmäktige", "Landstingsfullmäktige"),
        ("Landstingsfullmäktige Anna Berg Per Ek Eva Lind", "Landstingsfullmäktige"),
        ("OBS! Tidigare start! Sammanträdande organ Socialnämnden Tid", "Socialnämnden"),
        ("Protokoll 1 (6) Kansliet Folkhälsoutskottet Tid", "Folkhälsoutskottet"),
        # look-alikes: a name that goes on, a genitive or "och" before the word, two body words, a short name
        ("Styrelsen för Kommunalförbundet Sörmlands museum", None),
        ("Protokoll från Regionens Hälsovalsnämnden idag", None),
        ("Barn- och Utbildningsnämnden Protokoll 2019", None),
        ("Regionstyrelsen Arbetsutskottet Protokoll 2018", None),
        ("Kultur- och fritidsnämnden", None),
        ("Protokoll Socialnämnden", None),
    ],
)
def test_lone_body_word(value: str, expected: str | None) -> None:
    found = lone_body_word(Found(value, 10, 10 + len(value)))
    assert (found.value if found else None) == expected
    if found:
        assert value[found.start - 10: found.end - 10] == found.value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nämnd:Arbetsmarknads- och socialnämnden", "Arbetsmarknads- och socialnämnden"),
        ("Organ: Kommunstyrelsen", "Kommunstyrelsen"),
        # look-alikes: no colon, a body whose name opens with the word
        ("Nämnden för teknik", None),
        ("Organisationsutskottet", None),
        ("Nämnd:", None),
    ],
)
def test_organ_field_label(value: str, expected: str | None) -> None:
    found = without_organ_label(Found(value, 0, len(value)))
    assert (found.value if found else None) == expected


# Labels in a column, then their values: the body's cell (one word or several) before the place and hours.
@pytest.mark.parametrize(
    ("body", "venue", "start", "end"),
    [
        ("Arbetsmarknads- och socialnämnden", "Faxepark, Europa", "09:00", "14:55"),
        ("Omvårdnadsnämnden", "Faxepark, Europa", "09:00", "14:55"),
        ("Kommunstyrelsens arbetsutskott", "Faxepark, Europa", "09:00", "14:55"),
    ],
)
def test_body_cell_above_place_and_hours(body: str, venue: str, start: str, end: str) -> None:
    text = (f"SAMMANTRÄDESPROTOKOLL\n\nSÖDERHAMNS KOMMUN\n\nNämnd\n\nSammanträdesdatum\n\nPlats och tid\n{body}\n\n"
            "2019-01-28\n\nFaxepark, Europa, 09:00 – 14:55\nUtses att justera Anna Berg\n")
    m = _meeting(text)
    assert (m.venue, m.start, m.end) == (venue, start, end)


# A diary number in an item's paragraph heading is the matter's, not the meeting's.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KF § 267 Dnr KS 02-820 107", None),
        ("§ 12 Budget 2020 Dnr KS 2019/123", None),
        ("KS §3 Dnr 2019/45", None),
        # look-alikes: the meeting's own number in the head
        ("Dnr KS 2019/123", "KS 2019/123"),
        ("Diarienummer: RS 2021/69", "RS 2021/69"),
    ],
)
def test_item_diary_number_is_not_the_meetings(line: str, expected: str | None) -> None:
    text = f"Kommunfullmäktige 2002-12-02\n\nPlats och tid Stadshuset, kl 18.00-21.20\n\n{line}\n"
    assert _meeting(text).reference == expected


# A "Plats och tid" value that opens with a yearless weekday date and an empty "kl": the place follows,
# up to the cut label of the attendance list.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Onsdag 19 december kl Sunnerbo, Regionförbundet, Storgatan 15, Växjö ande Ledamöter Anna Ek (M)",
         "Sunnerbo, Regionförbundet, Storgatan 15, Växjö"),
        ("Tisdagen den 11 december, kl 13.00 Kommunhuset, Blå salen Beslutande Anna Ek (M)",
         "Kommunhuset, Blå salen"),
        # look-alike: the place first, the date after it
        ("Kommunhuset, Blå salen, onsdag 19 december 2012 kl 13.00", "Kommunhuset, Blå salen"),
    ],
)
def test_place_after_yearless_day(value: str, expected: str) -> None:
    text = f"Regionstyrelsens arbetsutskott 2012-12-19\n\nPlats och tid {value}\n\n"
    assert _meeting(text).venue == expected


# A hybrid meeting's "Plats och tid" value that says who sat where: the room is the venue, a group "på
# distans" or on a platform makes the meeting online too.
@pytest.mark.parametrize(
    ("value", "venue", "online"),
    [
        ("Ordförande - Rügen, Rådhuset Visborg. Ledamöter - distans., 28 april 2021, klockan",
         "Rügen, Rådhuset Visborg", "digital"),
        ("Presidiet: Stadshuset, sal A; övriga ledamöter: Teams, 28 april 2021 kl 9.00-12.00",
         "Stadshuset, sal A", "Teams"),
        ("Ordförande och sekreterare - Kommunhuset. Ledamöter - på distans via Zoom, 28 april 2021",
         "Kommunhuset", "Zoom"),
        # look-alikes: everyone in the room; a place that names no group
        ("Ordförande - Rådhuset Visborg. Ledamöter - Rådhuset Visborg, 28 april 2021", "Rådhuset Visborg", None),
        ("Rådhuset Visborg, 28 april 2021, klockan 9.00", "Rådhuset Visborg", None),
    ],
)
def test_hybrid_seating(value: str, venue: str, online: str | None) -> None:
    m = _meeting(f"Regionstyrelsen 2021-04-28\n\nPlats och tid {value}\n\n")
    assert (m.venue, m.online) == (venue, online)


# "Organ Plats och tid" with the values run on after the labels: a generic title's body ("Styrelsen") gets
# its full name from the organ's value before the place, and the place loses it.
@pytest.mark.parametrize(
    ("title", "organ_and_place", "body", "venue"),
    [
        ("Protokoll Styrelsen", "Regionförbundets styrelse Regionförbundet i Kalmar län",
         "Regionförbundets styrelse", "Regionförbundet i Kalmar län"),
        ("Protokoll Nämnden", "Kommunens nämnd Stadshuset, Blå salen", "Kommunens nämnd", "Stadshuset, Blå salen"),
        # look-alikes: a genitive place ("Kommunhusets sal"), another body word than the title's
        ("Protokoll Styrelsen", "Kommunhusets sal Ekorren", "Styrelsen", "Kommunhusets sal Ekorren"),
        ("Protokoll Styrelsen", "Förbundets nämnd Stadshuset", "Styrelsen", "Förbundets nämnd Stadshuset"),
    ],
)
def test_organ_before_place(title: str, organ_and_place: str, body: str, venue: str) -> None:
    members = " ".join(f"{first} {last}" for first in ("Eva", "Bo", "Anna", "Per", "Lisa", "Olle")
                       for last in ("Ek", "Berg", "Lind", "Holm", "Strand"))
    text = (f"{title}\n\nTranskript\n\n1 22 Organ Plats och tid {organ_and_place} Torsdagen den 4 mars 2010, kl "
            f"ande Eva Ek ordförande {members} Övriga deltagare Lis Lyrbo tjänstgörande ersättare {members}\n\n")
    m = _meeting(text)
    assert (m.body, m.venue) == (body, venue)


# "Tid och plats" with the hours first and the place after them, up to the next head label.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09.00-12.00 Järvsöbaden Paragrafer 102-111", "Järvsöbaden"),
        ("kl 13.00-16.30 Kommunhuset, sal B Utses att justera Anna Ek", "Kommunhuset, sal B"),
        ("kl. 9.00 - 12.00, Folkets hus, Bollnäs", "Folkets hus, Bollnäs"),
        # look-alikes: the place before the hours; the hours alone
        ("Järvsöbaden, kl 09.00-12.00", "Järvsöbaden"),
        ("09.00-12.00", None),
    ],
)
def test_place_after_hours(value: str, expected: str | None) -> None:
    assert _meeting(f"Hälsingerådet 2014-09-03\n\nTid och plats {value}\n\n").venue == expected


# A notice's long head line, not split into label pieces: the place after "Plats" that follows the date and
# "kl", up to a shout ("OBS!") or the next label with a colon.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("KALLELSE Datum Sammanträdande organ Socialnämnden Tid Tisdagen den 23 april 2019, kl Plats "
         "Hellqvistsalen, kommunhuset OBS! Tidigare start! Förslag till justerare: Anna Ek"), "Hellqvistsalen, kommunhuset"),
        (("KALLELSE Sammanträdande organ Kommunstyrelsen Tid Måndagen den 6 maj 2019, kl 13.00 Plats "
         "Sessionssalen, stadshuset Förslag till justerare: Bo Berg"), "Sessionssalen, stadshuset"),
        # look-alike: "Plats" in a sentence, after no date or time
        ("KALLELSE Ordföranden meddelar att Plats Hellqvistsalen inte kan användas. Förslag till justerare: Anna Ek",
         None),
    ],
)
def test_place_on_notice_head_line(line: str, expected: str | None) -> None:
    assert _meeting(f"Socialnämnden\n\n{line}\n\n").venue == expected


# A place that runs on into the opening item of a year's running paragraph numbers ("37 ... öppnande").
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (("Karl-Birger Blomdahlssalen, Konserthuset i Växjö 37 Landstingsfullmäktiges öppnande Enligt utfärdad "
         "kungörelse sammanträder fullmäktige"), "Karl-Birger Blomdahlssalen, Konserthuset i Växjö"),
        ("Stadshuset, sessionssalen 112 Upprop Upprop genomfördes av ordföranden", "Stadshuset, sessionssalen"),
        ("Stadshuset, sessionssalen § 45 Sammanträdets öppnande Ordföranden hälsar välkommen",
         "Stadshuset, sessionssalen"),
        # look-alike: a room number before a capitalised word that opens nothing
        ("Kommunhuset, konferensrum 12 Eken i Växjö, sammanträdet hålls gemensamt med nämnden",
         "Kommunhuset, konferensrum 12 Eken i Växjö, sammanträdet hålls gemensamt med nämnden"),
    ],
)
def test_place_runs_into_opening_item(value: str, expected: str) -> None:
    text = f"PROTOKOLL 1 (36) Landstingsfullmäktige\nDatum: 2008-04-21\nPlats: {value}\n\n"
    assert _meeting(text).venue == expected


# A title that names no body: the one body word before the time label of a run-on head line.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 (6) Ledningsenheten Avdelningen, Justerat Folkhälsoutskottet Tid Tisdagen den 26 februari 2008 kl",
         "Folkhälsoutskottet"),
        ("1 (4) Kansliet Enheten, Justerat Hälso- och sjukvårdsnämnden Tid: Onsdagen den 27 februari 2008 kl",
         "Ledningsenheten FU 2/08 Avdelningen, Anna Berg Justerat Tid"),
    ],
)
def test_body_before_time_label(line: str, expected: str) -> None:
    text = (f"Ledningsenheten FU 2/08 Avdelningen, Anna Berg Justerat Tid Tisdagen den 26 februari 2008 kl\n\n"
            f"Transkript\n\n{line}\n\nPlats\n\nNärvarande ledamöter\n")
    assert _meeting(text).body == expected


# Labels in a column ("Plats" / "Närvarande ledamöter" / "Övriga närvarande Sekreterare"), then the place
# before the first member, who may carry a role before the party.
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("Övriga närvarande Sekreterare Kronobergsrummet, Landstinget, Storgatan 9, Växjö Anna Ek, ordförande (c) "
         "Bo Berg, 1:a vice ordförande (kd) Eva Lind (s)"), "Kronobergsrummet, Landstinget, Storgatan 9, Växjö"),
        ("Övriga närvarande Oden, Sigfridsområdet, Växjö Anna Ek (M), Bo Berg (S)", "Oden, Sigfridsområdet, Växjö"),
        # look-alike: the first entry is a person with a role, no place before her
        ("Övriga närvarande Sekreterare Anna Ek, ordförande (c) Bo Berg (kd)", None),
    ],
)
def test_place_before_members_with_roles(values: str, expected: str | None) -> None:
    members = " ".join(f"{first} {last} (s)" for first in ("Eva", "Bo", "Anna", "Per", "Lisa", "Olle")
                       for last in ("Ek", "Berg", "Lind", "Holm", "Strand"))
    text = (f"Folkhälsoutskottet 2008-02-26\n\nTranskript\n\n1 (6) Folkhälsoutskottet Tid Tisdagen den 26 februari "
            f"2008 kl\nPlats\nNärvarande ledamöter\n{values} {members}\n\n")
    assert _meeting(text).venue == expected
