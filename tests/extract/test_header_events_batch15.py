"""Meeting-header and event layouts of the fifteenth and sixteenth fresh batches of real minutes
(tests/data/extra 487-510), read by general rules.

Each case is a short passage written the way real minutes (and the web pages and scanned copies that store
them) put it, not a copied document: a place label that ends the time line; a time value whose dash was
lost or whose hour a scan misread ("kl l0-15"); a place that runs on into the next label or the attendance
list; a venue label alone above its value; a place and the date under the title; a breadcrumb of two steps;
a kind of meeting as the label of the body ("Beslutsmöte: LAG-styrelsen"); a flattened posting block that
names the organ after its statement; a page title naming only the municipality; a site's heading over
many meetings; a paragraph's matter number in a later page's head. For the events: trips named by
compounds ("bussresan"), "t o m" closing a trip's days, a copy's page counters alone on their lines, "nästa
samråd", a thing said to be ready, and a sentence wrapped over a blank line. Each has look-alikes that must
not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting, ocr_hours
from planner.extract.model import Event, Meeting
from planner.extract.text import minutes_from_text
from tests.extract.event_dates import event_dates


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def _events(text: str) -> list[Event]:
    doc = minutes_from_text(text)
    meeting, _ = extract_meeting(doc)
    return list(extract_events(doc, meeting, [], [])[0])


_ITEMS = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"
_PRESENT = "\n\nNärvarande: Anna Ek, Per Bo"


# --- times ---------------------------------------------------------------------------------------


# A place label after the time on the same line, its value ending the line.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Tid: 14 januari 2015, kl. 13.00-15.30 Plats: GR, Göteborg", "GR, Göteborg"),
        ("Tid: 3 mars 2016 kl 9.00-12.00 Plats: Stadshuset, sal B", "Stadshuset, sal B"),
        ("Tid: 2015-01-14 kl 13.00 Lokal: Rådhuset", "Rådhuset"),
        # look-alike: a sentence after the label
        ("Tid: 14 januari 2015, kl. 13.00-15.30 Plats: Vi ses i den vanliga lokalen som bokades av Eva förra veckan",
         None),
    ],
)
def test_place_label_ending_the_time_line(line: str, venue: str | None) -> None:
    text = f"Protokoll från sammanträde med styrgruppen för miljö\n\n{line}{_PRESENT}{_ITEMS}"
    assert _meeting(text).venue == venue


# Two clocks alone in a time value: the dash between them was lost.
@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("10:00 14:00", "10:00", "14:00"),
        ("9.30 12.00", "09:30", "12:00"),
        ("13:00 16:30 Plats: Chalmersska Huset", "13:00", "16:30"),
        # look-alikes: the end before the start; a count after the second number
        ("14:00 10:00", "14:00", None),
        ("10:00 14:00 personer", "10:00", None),
    ],
)
def test_time_value_that_lost_its_dash(value: str, start: str, end: str | None) -> None:
    meeting = _meeting(f"Protokoll från regionutvecklingsnämnden den 16 juni 2017\n\nTid: {value}{_PRESENT}{_ITEMS}")
    assert (meeting.start, meeting.end) == (start, end)


# A scan's letters for the digits of an hour after "kl", the same length so that offsets hold.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("kl l0-15, konferensrum", "kl 10-15, konferensrum"),
        ("kl. 1O.30-12.00", "kl. 10.30-12.00"),
        ("Kl I3-16", "Kl 13-16"),
        ("klockan l3.00", "klockan 13.00"),
        # look-alikes: words after "kl"; digits already; a letter alone
        ("kl Ola 13-15", "kl Ola 13-15"),
        ("kl 10-15", "kl 10-15"),
        ("kl I och II", "kl I och II"),
    ],
)
def test_ocr_hours(text: str, read: str) -> None:
    assert ocr_hours(text) == read


def test_ocr_hour_gives_time_and_place() -> None:
    meeting = _meeting(f"Protokoll Tillväxtberedningen\n\nTid och plats 28 maj 2015, kl l0-15, konferensrum, Savoy hotell"
                       f"{_PRESENT}{_ITEMS}")
    assert (meeting.start, meeting.end, meeting.venue) == ("10:00", "15:00", "konferensrum, Savoy hotell")


# --- venue ---------------------------------------------------------------------------------------


# A place value that runs on into the next label of the line.
@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Kvarteret Kronoberg, Stockholm Värd: Polisen", "Kvarteret Kronoberg, Stockholm"),
        ("Kommunhuset, sal 3 Mötesledare: Anna Ek", "Kommunhuset, sal 3"),
        # look-alikes: a colon inside a street name; no label after the place
        ("S:t Larsgatan 49 B, Linköping", "S:t Larsgatan 49 B, Linköping"),
        ("Kvarteret Kronoberg, Stockholm", "Kvarteret Kronoberg, Stockholm"),
    ],
)
def test_place_runs_on_into_next_label(value: str, venue: str) -> None:
    assert _meeting(f"Minnesanteckningar GNS möte\n\nTid: 2019-09-24\n\nPlats: {value}{_PRESENT}{_ITEMS}").venue == venue


# A place value that runs on into the attendance list, its label misread by a scan.
@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("GR Näruarande ledamöter Derya Tumayer (MP), Göteborg, ordf Mikael Berglund (M), Ale, v ordf Benny Andersson (S)",
         "GR"),
        ("Kommunhuset, Ale Tjänstgörande ledamöter Anna Svensson (S), Per Olsson (M), Eva Berg (C), Bo Ek (V)",
         "Kommunhuset, Ale"),
        # look-alike: a short place with brackets of its own
        ("Stora salen (plan 2)", "Stora salen (plan 2)"),
    ],
)
def test_place_runs_on_into_the_list(value: str, venue: str) -> None:
    text = f"Protokoll från sammanträde med styrgruppen\n\nTid: Torsdag 15 december 2016, 9.00-12.00\n\nPlats: {value}{_ITEMS}"
    assert _meeting(text).venue == venue


# A venue label alone on its line, the place on the next.
@pytest.mark.parametrize(
    ("label", "venue"),
    [
        ("Sammanträdesplats", "Sessionssalen, Landstingshuset, Linköping"),
        ("Sammanträdeslokal", "Sessionssalen, Landstingshuset, Linköping"),
        ("Plats", "Sessionssalen, Landstingshuset, Linköping"),
        # look-alike: a label of another field
        ("Sammanträdesdatum", None),
    ],
)
def test_venue_label_above_its_value(label: str, venue: str | None) -> None:
    text = f"PROTOKOLL\nRådet för funktionshinderfrågor\n2015-02-19\n{label}\nSessionssalen, Landstingshuset, Linköping\nNärvarande\nLedamöter\nAnna Ek{_ITEMS}"
    assert _meeting(text).venue == venue


# A flattened label column ("Plats och sammanträdestid", "Utses att justera") before the place, its date and
# what follows the hours, in a copy's one-line front page.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        (("ALE KOMMUN SAMMANTRÄDESPROTOKOLL 1 (2) Sammanträdesdatum Plats och sammanträdestid Beslutande Ledamöter "
         "Tunasalen, stadshuset, Ale Tisdag 3 september 2013, klockan 09:00-16:00 Ajournering 09:05-10:05 ( 235) "
         "Anna Svensson (M), ordförande Per Olsson (C) Eva Berg (S)"), "Tunasalen, stadshuset, Ale"),
        (("ALE KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 1(13) Sammanträde Kommunala Pensionärsrådet Plats och "
         "tid Beslutande Övriga deltagande Utses att justera Stora salen, Kommunhuset Ale Onsdag, 19 februari, 2014 "
         "kl enligt bifogad närvarolista Anna Svensson, sekreterare Per Olsson, Socialkontoret"),
         "Stora salen, Kommunhuset Ale"),
        # look-alike: the values hold no date
        (("ALE KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 1(13) Sammanträde Kommunala Pensionärsrådet Plats och "
         "tid Beslutande Övriga deltagande Utses att justera Anna Svensson, sekreterare Per Olsson, Socialkontoret"),
         None),
    ],
)
def test_place_after_a_flattened_label_column(line: str, venue: str | None) -> None:
    text = f"Storlek: px\n\nTranskript\n\n1 {line}\n\n2 Paragrafer 1-5 § 1 Mötet öppnas Ordföranden hälsade alla välkomna.\n"
    assert _meeting(text).venue == venue


# More hours after the time of a date line are no place.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Tisdag 3 september 2013, klockan 09:00-16:00 Ajournering 09:05-10:05, 10:17-10:21", None),
        # look-alike: a place after the hours
        ("Tisdag 3 september 2013, klockan 09:00-16:00 Stadshuset, Vimmerby", "Stadshuset, Vimmerby"),
    ],
)
def test_hours_after_the_time_are_no_place(line: str, venue: str | None) -> None:
    assert _meeting(f"Kommunstyrelsen\n\n{line}{_PRESENT}{_ITEMS}").venue == venue


# A head line of a named place and the meeting's date under the title.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Indals hembygdsgård 2016-03-31", "Indals hembygdsgård"),
        ("Folkets hus i Ås 2016-03-31", "Folkets hus i Ås"),
        ("Ekeby skola, 2016-03-31", "Ekeby skola"),
        # look-alikes: another day's date; a body's name; words after the date
        ("Indals hembygdsgård 2016-04-15", None),
        ("Kommunstyrelsens arbetsutskott 2016-03-31", None),
        ("Indals hembygdsgård 2016-03-31 och sedan Alnö", None),
    ],
)
def test_place_and_date_under_the_title(line: str, venue: str | None) -> None:
    text = f"Styrelseprotokoll 2016-03-31\n\nProtokoll från styrelsemöte\n{line}\n\nNärvarande\nAnna Ek, Indal{_ITEMS}"
    assert _meeting(text).venue == venue


# A title of the meeting "i" a named place whose last word is a place noun: the venue, and no body.
@pytest.mark.parametrize(
    ("title", "body", "venue"),
    [
        ("Protokoll från styrelsemöte i Stöde hembygdsgård 2014-10-30", "Medelpads Hembygdsförbund", "Stöde hembygdsgård"),
        ("Protokoll från styrelsemöte i Ljusne bygdegård, 2014-10-30", "Medelpads Hembygdsförbund", "Ljusne bygdegård"),
        # look-alike: a body after "i"
        ("Protokoll från sammanträde i Leader Inlandet 2014-10-30", "Leader Inlandet", None),
    ],
)
def test_meeting_in_a_named_place(title: str, body: str, venue: str | None) -> None:
    meeting = _meeting(f"Styrelseprotokoll 2014-10-30\n\nMedelpads Hembygdsförbund\n\n{title}{_PRESENT}{_ITEMS}")
    assert (meeting.body, meeting.venue) == (body, venue)


# One attendee's platform in the list ("Karl-Ingvar Ångström via Skype") does not make the meeting online.
@pytest.mark.parametrize(
    ("line", "online"),
    [
        ("Karl-Ingvar Ångström via Skype", None),
        ("Per-Olof Berg via Teams", None),
        # look-alike: the meeting's own form
        ("Mötet hölls via Teams", "Teams"),
    ],
)
def test_one_attendees_platform(line: str, online: str | None) -> None:
    text = f"Protokoll från styrelsemöte 2014-10-30\n\nNärvarande Margareta Johansson Indal\nBengt Wiklund Alnö\nTomas Wallin Stöde\n{line}\nInger Bylund Hässjö{_ITEMS}"
    assert _meeting(text).online == online


# --- body ----------------------------------------------------------------------------------------


# A breadcrumb of two steps, home and the page, is no body; nor a title of the document word, the date and
# "i <town>".
@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("Hem   »   Minnesanteckningar 23 april 2015 i Umeå\n\nMinnesanteckningar 23 april 2015 i Umeå\n\n"
         "Regionsamråd Nord och Mitt"), "Regionsamråd Nord och Mitt"),
        ("Start › Protokoll 2015-04-23 på Hotell Aveny\n\nProtokoll 2015-04-23 på Hotell Aveny\n\nPensionärsrådet",
         "Pensionärsrådet"),
        # look-alike: a longer trail names the body
        ("Hem » Nämnder » Socialnämnden » Protokoll 2015-04-23", "Socialnämnden"),
    ],
)
def test_home_crumb_and_dated_title_with_place(head: str, body: str) -> None:
    assert _meeting(f"{head}{_PRESENT}{_ITEMS}").body == body


# A kind of meeting as the label of the body's name.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Mötesprotokoll nr 13 Beslutsmöte: LAG-styrelsen", "LAG-styrelsen"),
        ("Protokoll Sammanträde: Kommunala Handikapprådet", "Kommunala Handikapprådet"),
        # look-alike: no colon, the kind of meeting names the body
        ("Protokoll Styrelsemöte", "Styrelsen"),
    ],
)
def test_meeting_kind_label_before_the_body(title: str, body: str) -> None:
    assert _meeting(f"{title}\n\nDatum: 2010-09-27{_PRESENT}{_ITEMS}").body == body


# A flattened posting block names the organ after its statement; the statement is no title.
@pytest.mark.parametrize(
    ("block", "body"),
    [
        (("Justerare Bertil Norstedt ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom "
         "anslag Organ Kommunala Handikapprådet"), "Kommunala Handikapprådet"),
        (("Organ Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Kultur- och "
         "fritidsnämnden Anslags uppsättande"), "Kultur- och fritidsnämnden"),
        (("Protokollet är justerat Justeringen har tillkännagivits genom anslag. Kommunstyrelsen Datum då anslaget "
         "sätts upp"), "Kommunstyrelsen"),
        # look-alike: the organ's value left empty
        ("Justeringen har tillkännagivits genom anslag Instans Datum för anslags uppsättande", None),
    ],
)
def test_organ_after_the_posting_statement(block: str, body: str | None) -> None:
    text = ("Transkript\n\n1 1 (23) Plats och tid Nolia City Konferens, Styrelserummet Tisdag den 6 mars 2012, kl "
            f"Sekreterare Inger Westerlund {block}\n\n2 Paragrafer Anna Ek{_ITEMS}")
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    ("first", "body"),
    [
        ("Stig Bredberg BEVIS Justeringen har tillkännagivits genom anslag på Norrköpings kommuns anslagstavla", None),
        ("Protokollet har tillkännagivits på kommunens anslagstavla", None),
        # look-alike: a title
        ("Protokoll Funktionshinderrådet", "Funktionshinderrådet"),
    ],
)
def test_posting_statement_is_no_title(first: str, body: str | None) -> None:
    assert _meeting(f"{first}\n\nPlats och tid: Sessionssalen, torsdagen den 20 februari 2014{_ITEMS}").body == body


# A stored page's title naming the municipality: the body is named below it.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Protokoll - Alingsås kommun\n\nProtokoll\nUngdomsfullmäktige\n2015-03-27", "Ungdomsfullmäktige"),
        ("Protokoll - Region Halland\n\nProtokoll\nRegionstyrelsen\n2015-03-27", "Regionstyrelsen"),
        # look-alike: the municipality alone
        ("Protokoll - Alingsås kommun\n\n2015-03-27", "Alingsås kommun"),
    ],
)
def test_page_title_naming_the_municipality(head: str, body: str) -> None:
    assert _meeting(f"{head}{_PRESENT}{_ITEMS}").body == body


# A page head of a document word and "Sida n(m)" after a logo's letters is no title.
@pytest.mark.parametrize(
    ("first", "body"),
    [
        ("Mftrlk SAMMANTRÄDESPROTOKOLL Sida 1(31)", None),
        ("Mark SAMMANTRÄDESPROTOKOLL Sida 2 (31)", None),
        # look-alike: the body after the page head
        ("SAMMANTRÄDESPROTOKOLL Sida 1(31) Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
    ],
)
def test_page_head_with_page_word(first: str, body: str | None) -> None:
    assert _meeting(f"{first}\n\nTid: Torsdag 17 oktober 2013, kl 18.00-21.00{_ITEMS}").body == body


# A scanned page head: a letterhead, then "från sammanträde med <body>", long and flattened.
@pytest.mark.parametrize(
    ("line", "body"),
    [
        (("Göteborgsreg ionens ko mm unalfo rbu nd 20t6-12-75 från sammanträde med styrgruppen for miljö och "
         "samhällsbyggnad"), "Styrgruppen for miljö och samhällsbyggnad"),
        ("Kommun förbundet Skara borg ko mm un al 20l6-03-01 från möte med beredningsgruppen för vård och omsorg",
         "Beredningsgruppen för vård och omsorg"),
        # look-alike: a sentence of prose telling of a meeting with someone
        (("Vi har nu under hösten haft flera samtal och i går kom vi från sammanträde med några av kommunens "
         "tjänstemän."), None),
    ],
)
def test_meeting_with_body_on_a_scanned_head(line: str, body: str | None) -> None:
    text = (f"{line} Tid: Torsdag 15 december 2016, 9.00-12.00 Plats: GR Närvarande ledamöter Anna Svensson (MP), "
            "Göteborg, ordf Per Olsson (M), Ale, v ordf Eva Berg (S), Tjörn Bo Ek (V), Göteborg Lars Ny (M), Alingsås "
            f"Karin Ås (L), Öckerö{_ITEMS}")
    assert _meeting(text).body == body


# A site's heading over the minutes of many meetings is no body; the meeting's own line below names it.
@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Protokoll medlemsmöten", "Medlemsmötet"),
        ("Styrelsemöten", "Medlemsmötet"),
        # look-alike: a heading in the singular
        ("Protokoll medlemsmöte", "Medlemsmöte"),
    ],
)
def test_heading_over_many_meetings(heading: str, body: str) -> None:
    text = f"{heading}\n\nMedlemsmötet 2019-03-21\n\nNy ordförande Bengt öppnar mötet{_ITEMS}"
    assert _meeting(text).body == body


# --- reference -----------------------------------------------------------------------------------


# A Dnr right after a paragraph's number and the body's short name ("KS 235 Dnr 191/2013") is an item's.
@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Kommunstyrelsen KS 235 Dnr 191/2013 Riktlinjer för skolskjutsar", None),
        ("Kommunstyrelsen KF § 12 Dnr 2013/45 Budget", None),
        # look-alikes: a Dnr in the head
        ("Kommunstyrelsen Dnr 191/2013", "191/2013"),
        ("Protokoll 2013-09-03 Dnr KS 2013/191", "KS 2013/191"),
    ],
)
def test_reference_of_an_items_paragraph(line: str, reference: str | None) -> None:
    text = f"Protokoll Kommunstyrelsen\n\nDatum: 2013-09-03\n\n{line}{_PRESENT}{_ITEMS}"
    assert _meeting(text).reference == reference


# --- events --------------------------------------------------------------------------------------

_MINUTES = "Medlemsmötet 2019-03-21\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Rapporter\n\n{line}\n"


# A trip named by a compound ("bussresan", "tredagarsresa"); "t o m" closes its days.
@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Maritha informerade om kommande endagsbussresan till Nossebro, onsdag den 24 april.",
         [("trip", "2019-04-24", None)]),
        ("Tredagarsresan till Mälardalen, start lördag den 1 juni t o m måndag den 3 juni.",
         [("trip", "2019-06-01", "2019-06-03")]),
        ("Medlemsresor till Gdansk blir det från den 1 juni t.o.m. den 3 juni.", [("trip", "2019-06-01", "2019-06-03")]),
        # look-alikes: a name holding the letters; days not closed by "t o m"
        ("Teresa informerar om försäljningen onsdag den 24 april.", [("other", "2019-04-24", None)]),
        ("Bussresan till Nossebro den 24 april och till Borås den 3 juni.",
         [("trip", "2019-04-24", None), ("trip", "2019-06-03", None)]),
    ],
)
def test_trips_and_their_closing_day(line: str, found: list[tuple[str, str, str | None]]) -> None:
    got = [(e.kind.value, e.date, e.end_date) for e in _events(_MINUTES.format(line=line))]
    assert got == found


# The place of an event: not a verb after the town, not a time of the year, not the place of a topic.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Inbjudan till konferensen som äger rum 5-7 oktober i Göteborg delades ut.", "Göteborg"),
        ("Programmet ska vara på kommissionen före den 21 maj och kan lämnas in i början på En urvalskommitté.", None),
        ("GR bjuder in till workshop om den framtida vattenförsörjningen i Göteborgsregionen, den 16 juni.", None),
        # look-alikes: a place said where the thing is held; a town after the topic
        ("GR bjuder in till workshop i Göteborg den 16 juni.", "Göteborg"),
        ("Seminarium om integration i Malmö den 16 juni.", "Malmö"),
        ("Konferensen äger rum 5-7 oktober i Göteborg.", "Göteborg"),
    ],
)
def test_event_place_is_the_holding_place(line: str, venue: str | None) -> None:
    events = _events(_MINUTES.format(line=line))
    assert [e.venue for e in events][:1] == [venue]


# A copy's page numbers alone on their lines ("1/4" ... "2/4") are no dates.
@pytest.mark.parametrize(
    ("lines", "dates"),
    [
        ("1/4\nRådet\n\nMötets öppnande\n2/4\nVal av justerare\n3/4", []),
        ("2/4\nVal av justerare\n3/4\nÖvrigt", []),
        # look-alikes: one such line only, under a heading of the next meeting; a date in a sentence
        ("Nästa möte:\n2/4\nÖvrigt", ["2019-04-02"]),
        ("1/4\nRådet\nNästa möte den 2/4.", ["2019-04-02"]),
    ],
)
def test_lone_page_counts_are_no_dates(lines: str, dates: list[str]) -> None:
    found, _ = event_dates(f"Protokoll styrelsemöte 21 mars 2019\n\nNärvarande: Anna Ek, Per Bo\n\n{lines}\n")
    assert found == dates


# "Nästa samråd", "nästa sammankomst": the body's next meeting.
@pytest.mark.parametrize(
    ("line", "next_meeting"),
    [
        ("Nästa samråd blir också i Umeå, den 15 oktober 2015.", "2015-10-15"),
        ("Nästa sammankomst äger rum den 15 oktober 2015.", "2015-10-15"),
        # look-alikes: a consultation with another party; "samråd" without "nästa"
        ("Samråd med kommunen sker den 15 oktober 2015.", None),
        ("Samråden upplevs som intressanta och fortsätter den 15 oktober 2015.", None),
    ],
)
def test_next_gathering_is_the_next_meeting(line: str, next_meeting: str | None) -> None:
    text = f"Minnesanteckningar 23 april 2015\n\nRegionsamråd Nord och Mitt\n\nOrdförande håller i mötet.\n\n{line}\n"
    assert event_dates(text)[1] == next_meeting


# A thing said to be ready by a date is a milestone, whatever meeting the heading above names.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Programmet ska vara klart i slutet av augusti.", "milestone"),
        ("Rapporten blir färdig den 12 maj.", "milestone"),
        # look-alike: a short line under a meeting heading
        ("Nya datum: 12 maj.", "meeting"),
    ],
)
def test_ready_by_a_date_is_a_milestone(line: str, kind: str) -> None:
    text = f"Minnesanteckningar 23 april 2015\n\nStyrelsen\n\nOrdförande håller i mötet\n\n{line}\n"
    assert [e.kind.value for e in _events(text)] == [kind]


# A sentence wrapped over a blank line (a copy's page break): what the first part says tells the kind.
@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        ("Inbjudan till konferensen ”Urban governance, getting people on\n\nboard” som äger rum 5-7 oktober i Göteborg.",
         "conference"),
        ("Vi har fått en inbjudan till en studieresa som\n\ngår till Bryssel den 5 oktober.", "trip"),
        # look-alikes: the line above ends its sentence; the line below opens in capitals
        ("Inbjudan till konferensen om stadsplanering.\n\nsom äger rum 5 oktober.", "other"),
        ("Inbjudan till konferensen om stadsplanering\n\nMötet äger rum 5 oktober.", "meeting"),
    ],
)
def test_sentence_wrapped_over_a_blank_line(lines: str, kind: str) -> None:
    text = f"Protokoll 2011-05-26\n\nStyrgruppen\n\nNärvarande: Anna Ek, Per Bo\n\n§ 2 Meddelanden\n\n{lines}\n"
    assert [e.kind.value for e in _events(text)] == [kind]
