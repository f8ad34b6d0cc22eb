"""Meeting-header and event layouts of the twelfth and thirteenth fresh batches of real minutes (tests/data/extra
453-476), read by general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it, not a copied
document: a short date ("14/3-12") under a page's own lines; a line that gives only the start ("med början kl
18.00"); a venue below its label and a blank line; a portal's breadcrumb trail; a title that only numbers the minutes;
the organisation before the date; a site's menu and an image carousel above the title; "Ort:" as a venue label; a
flattened label column ("Sammanträdesplats Närvarande <place>. Ledamöter ..."); a stored title that lost its time
("PROTOKOLL <BODY> Kl <place>."); the body's genitive before "protokoll"; a document word inside a flattened name; a
page counter before the body; the body last in a flattened sentence before "Sammanträdesdatum"; a school year
"11/12"; a past verb right after a yearless date; "till mötet i augusti"; a capitalised "Jan" before a surname; and a
stored page's list of related documents. Each has look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text
from tests.extract.event_dates import event_dates


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


_ITEMS = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"


# A short date form ("14/3-12", "14.3.12") counts on the first lines with text, however many blank lines
# a stored page puts between them; a page's sentence in between is no reason to miss it.
@pytest.mark.parametrize(
    ("head", "meeting_date"),
    [
        (("Minnesanteckningar föräldraråd\n\nDu kan prenumerera på den här sidan\n\nMinnesanteckningar föräldraråd "
         "Hällberga 14/3-12\n\nNärvarande:\nAnna Ek"), "2012-03-14"),
        ("Anteckningar\n\n\n\nHem och skola\n\n\n\nMöte 2/10-19\n\nNärvarande:\nAnna Ek", "2019-10-02"),
        ("Protokoll\n\nFöräldraföreningen\n\nMöte 5/11-15\n\nNärvarande:\nAnna Ek", "2015-11-05"),
        # look-alike: a short form deep below the first lines is no meeting date
        ("Protokoll\n\nFöräldraföreningen\n\nStyrelsen\n\nKassören\n\nRapport 5/11-15\n\nNärvarande:\nAnna Ek", None),
    ],
)
def test_short_date_on_first_lines_with_text(head: str, meeting_date: str | None) -> None:
    assert _meeting(head + _ITEMS).date == meeting_date


# A line of its own under the date that says only when the meeting began.
@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("med början kl 18.00", "18:00"),
        ("Med början klockan 19.30", "19:30"),
        ("Början kl. 9.30", "09:30"),
        ("med start kl 18", "18:00"),
        # look-alikes: a range is read elsewhere; a sentence that goes on is no start line
        ("med början kl 18.00 i föreningslokalen där vi bjöd på kaffe och därefter diskuterade", None),
        ("Samling kl 18.00", None),
    ],
)
def test_start_only_line_under_the_date(line: str, start: str | None) -> None:
    assert _meeting("PROTOKOLL\n\n2010-09-13\n" + line + "\n\nStyrelsemöte" + _ITEMS).start == start


# A venue label whose value stands below a blank line, then a blank or the next label; a letterhead in
# capitals below a blank is not the value.
@pytest.mark.parametrize(
    ("head", "venue"),
    [
        ("Plats:\n\nHos Rune Ingvarsson\n\nNärvarande:\nAnna Ek", "Hos Rune Ingvarsson"),
        ("Lokal:\n\nFöreningslokalen, Storgatan 4\n\nNärvarande:\nAnna Ek", "Föreningslokalen, Storgatan 4"),
        ("Plats:\n\nKlubbstugan\nNärvarande:\nAnna Ek", "Klubbstugan"),
        # look-alikes: a letterhead in capitals, or a line that runs on into more text
        ("Plats:\n\nNORDMALINGS KOMMUN\nFOLKHÄLSORÅD", None),
    ],
)
def test_venue_below_label_and_blank_line(head: str, venue: str | None) -> None:
    assert _meeting("Styrelsemöte 2010-09-13\n\n" + head + _ITEMS).venue == venue


# A portal's breadcrumb trail: the last step before the meeting's own names the body.
@pytest.mark.parametrize(
    ("crumb", "body"),
    [
        ("Din position: Hem > Tyresö kommun > Kommunstyrelsens demokratiberedning > Sammanträde 2012-10-02",
         "Kommunstyrelsens demokratiberedning"),
        ("Din position: Hem > Stockholms stad > Spånga-Tensta stadsdelsnämnd > Sammanträde 2012-10-02",
         "Spånga-Tensta stadsdelsnämnd"),
        ("Du är här: Start › Nämnder › Byggnadsnämnden › Protokoll 2012-10-02", "Byggnadsnämnden"),
        ("Hem > Kultur- och fritidsnämnden > 2012-10-02", "Kultur- och fritidsnämnden"),
    ],
)
def test_breadcrumb_names_the_body(crumb: str, body: str) -> None:
    assert _meeting(crumb + "\n\nSammanträde 2012-10-02\n\nDatum\nKlockan" + _ITEMS).body == body


def test_two_steps_are_no_breadcrumb() -> None:
    # "A > B" may be a sentence's arrow: its last step is not taken as a body
    assert _meeting("Intäkter > Kostnader\n\nProtokoll Kulturnämnden 2012-10-02" + _ITEMS).body != "Kostnader"


# A title that only numbers the minutes is no body; the organisation is on a line of its own, perhaps
# before the meeting's date.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("PROTOKOLL nr 32 (10-5)\n\n\n2010-09-13\n\n\nBOSTADSRÄTTSFÖRENINGEN FORTUNA, KARLSTAD\nStyrelsemöte",
         "Bostadsrättsföreningen fortuna, karlstad"),
        ("Protokoll nr 5 2019\n\nProtokoll styrelsemöte 06/2019\n\nOrust Golfklubb 7 maj 2019", "Orust Golfklubb"),
        ("Protokoll nr 3\n\nProtokoll styrelsemöte\n\nBygdens Idrottsförening 2019-05-07", "Bygdens Idrottsförening"),
        # look-alike: a named body with a number stays the body
        ("Protokoll Kulturnämnden nr 3 2019-05-07", "Kulturnämnden"),
    ],
)
def test_numbered_title_and_organisation_before_date(head: str, body: str) -> None:
    assert _meeting(head + "\n\nNärvarande:\nAnna Ek" + _ITEMS).body == body


# A site's menu words and an image carousel's captions run together stand above the title: no body.
@pytest.mark.parametrize(
    ("chrome", "body"),
    [
        ("Aktuellt startsida\nBilder från fullmäktigebild1Bilder från fullmäktigebild2Bilder från fullmäktigebild3",
         "Fullmäktige"),
        ("Startsidan", "Fullmäktige"),
        ("Nyheter\nBilder från mötetbild1Bilder från mötetbild2", "Fullmäktige"),
    ],
)
def test_site_menu_and_carousel_are_no_body(chrome: str, body: str) -> None:
    text = chrome + "\n\nFullmäktigesammanträde den 26 juni\n\nTorsdagen den 26 juni 2014 höll fullmäktige möte."
    assert _meeting(text + _ITEMS).body == body


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Ort: Stockholm, SKTF-huset", "Stockholm, SKTF-huset"),
        ("Ort: Folkets hus, Umeå", "Folkets hus, Umeå"),
    ],
)
def test_ort_labels_the_venue(line: str, venue: str) -> None:
    assert _meeting("SBR - ORDINARIE VU-SAMMANTRÄDE\n\n" + line + "\nDatum: 27.09.2005" + _ITEMS).venue == venue


# A flattened label column: the venue label, the attendance label, then the place and a group of the list.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Sammanträdesplats Närvarande Fredensborgs Herrgård, Vimmerby. Ledamöter Sven Karlsson Ordförande",
         "Fredensborgs Herrgård, Vimmerby"),
        ("Plats Beslutande Kommunhuset, Sala Ledamöter Anna Ek (S)", "Kommunhuset, Sala"),
        ("Sammanträdesplats\nNärvarande Stadshuset, Eksjö. Ordinarie Anna Ek", "Stadshuset, Eksjö"),
        # look-alike: a person (no comma) after the labels is no place
        ("Sammanträdesplats\nNärvarande Anna Ek Ledamöter Per Bo", None),
    ],
)
def test_venue_after_label_pair(line: str, venue: str | None) -> None:
    assert _meeting("Protokoll 1995-10-05\n\n" + line + _ITEMS).venue == venue


# Stored page titles: a lost time ("Kl" and the place), a genitive before "protokoll", the right
# column's document word inside the name, a page counter before the body.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("PROTOKOLL FORSKNINGSRÅDET I SYDÖSTRA SVERIGE Kl Fredensborgs Herrgård, Vimmerby.",
         "Forskningsrådet i sydöstra sverige"),
        ("Direktionens protokoll 31 maj 2024", "Direktionen"),
        ("Styrelsens protokoll 31 maj 2024", "Styrelsen"),
        ("Riksarkivets nämnd PROTOKOLL Dnr /3887 för enskilda arkiv Sammanträdesdatum",
         "Riksarkivets nämnd för enskilda arkiv"),
        ("RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (29) Kommunstyrelsens arbetsutskott",
         "Kommunstyrelsens arbetsutskott"),
        # look-alikes: a genitive of a name that is no body keeps its "s"; a capitalised word after the
        # document word is no continuation
        ("Lions protokoll 31 maj 2024", "Lions"),
    ],
)
def test_stored_page_titles(title: str, body: str) -> None:
    assert _meeting(title + "\n\nDatum: 2024-05-31" + _ITEMS).body == body


def test_body_last_in_flattened_sentence_before_date_label() -> None:
    # one flattened front page, split at its labels
    text = ("Sammanträdesprotokoll Sida 1(18) Plats och tid Sessionssalen, onsdag den 29 augusti kl. 14.00-16.50 "
            "Beslutande Anna Ek (S) Utses att justera Per Bo (C) Justerare Per Bo Organ ANSLAG/BEVIS Protokollet är "
            "justerat. Justeringen har tillkännagivits genom anslag. Kommunfullmäktige Sammanträdesdatum 2012-08-29 "
            "Datum då anslaget sätts upp Förvaringsplats för protokollet Kommunledningsförvaltningen")
    assert _meeting(text + _ITEMS).body == "Kommunfullmäktige"


# A school or working year written "11/12" right after a date or its name is no day.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Protokoll för styrelsemöte 2011-02-23 11/12", ["2011-02-23"]),
        ("Verksamhetsplan för läsåret 11/12", []),
        ("verksamhetsåret 10/11 avslutas", []),
        # look-alikes: a day and month in a sentence, or years far from the meeting's
        ("Nästa möte blir den 11/12", ["2011-12-11"]),
        ("Protokoll 2011-02-23 och 5/6", ["2011-02-23", "2011-06-05"]),
    ],
)
def test_school_year_is_no_day(text: str, values: list[str]) -> None:
    assert [m.iso for m in find_dates(text, after=date(2011, 2, 23))] == values


# A capitalised "Jan" or "Maj" before a surname is a person; a month otherwise.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Per Carlsson HU, PK 4 Jan Wålinder HU, PK 2", []),
        ("Ersättare 3 Maj Andersson", []),
        # look-alikes: a year after it, lower case, or no capital after it
        ("möte den 4 Jan 2016", ["2016-01-04"]),
        ("möte den 4 jan Kl 10", ["2016-01-04"]),
        ("möte den 4 Jan kl 10", ["2016-01-04"]),
    ],
)
def test_given_name_month_before_surname(text: str, values: list[str]) -> None:
    assert [m.iso for m in find_dates(text, after=date(2015, 10, 5))] == values


_events = event_dates


_CHURCH = "Församlingsmöte 19 mars 2017\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Rapporter\n\n"


# A verb in the past tense right after a yearless date: the date lay behind, not next year.
@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("På församlingsmötet den 22 januari samtalade medlemmar om planen.", []),
        ("På styrelsemötet den 5 februari diskuterades budgeten.", []),
        ("Vid mötet den 12 januari presenterade kassören bokslutet.", []),
        # look-alikes: a present or future verb after the date, or a date just ahead
        ("Styrelsen träffas den 22 april kl 18.00.", ["2017-04-22"]),
        ("Nästa möte den 20 april kommande vecka.", ["2017-04-20"]),
    ],
)
def test_past_verb_after_yearless_date(sentence: str, dates: list[str]) -> None:
    assert _events(_CHURCH + sentence + "\n", "2017-03-19")[0] == dates


_CLUB = "Protokoll Börje Sportklubb styrelsemöte\n\n2010-06-21\n\nNärvarande: Anna Ek, Per Bo\n\n"


# "till mötet i augusti": the body's own meeting of that month, its next, even under a heading that
# names a matter ("Fjällidenkommittén:").
@pytest.mark.parametrize(
    ("text", "next_meeting"),
    [
        ("5\nFjällidenkommittén:\nJohan gör en sammanställning av kostnaderna till mötet i augusti.", "2010-08"),
        ("5\nEkonomi:\nKassören tar fram en budget inför sammanträdet i september.", "2010-09"),
        ("5\nBanan:\nFrågan tas upp på styrelsemötet i oktober.", "2010-10"),
        # look-alikes: a month in a statement of fact, another body's meeting named in the sentence
        ("5\nEkonomi:\nUnderskottet i augusti var stort.", None),
        ("5\nEkonomi:\nFrågan tas upp av kommunfullmäktige på mötet i oktober.", None),
    ],
)
def test_meeting_of_a_month_is_the_next(text: str, next_meeting: str | None) -> None:
    assert _events(_CLUB + text + "\n", "2010-06-21")[1] == next_meeting


# A stored page's list of other documents, below the meeting's own date: their dates are not events.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (("Protokoll från styrgruppen den 4 februari 2015 i Solna\n\nRelevanta dokument\n"
         "Kommunikationsplan Fastställd av styrgruppen 25 maj\n\nProtokoll från styrgruppen den 8 mars 2017\n"), []),
        (("Protokoll från styrgruppen den 4 februari 2015 i Solna\n\nLiknande dokument\n"
         "Protokoll från styrgruppen den 8 mars 2015\n"), []),
        # look-alike: the heading above the transcript, before the meeting's own date
        (("Styrgruppen\n\nRelevanta dokument\n\nSolna 2015-02-04 Närvarande Anna Ek\n\n"
         "Nästa möte blir den 8 mars 2015.\n"), ["2015-03-08"]),
    ],
)
def test_related_documents_list_holds_no_events(text: str, dates: list[str]) -> None:
    assert _events(text, "2015-02-04")[0] == dates


# A generic body from the title ("Styrelseprotokoll"): a head line "<meeting> med <organisation>" names it,
# before a letterhead in capitals.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("Styrelseprotokoll 20160827\nSTYRELSEN ÖSTBYVÄGSAMFÄLLIGHET\nPROTOKOLL\n"
         "Styrelsesammanträde med Östby Vägsamfällighet"), "Östby Vägsamfällighet"),
        ("Styrelseprotokoll 20160827\nStyrelsemöte med Norrby Samfällighetsförening", "Norrby Samfällighetsförening"),
        # look-alike: a meeting "med" people is no organisation
        ("Styrelseprotokoll 20160827\nStyrelsemöte med Anna Ek och Per Bo", "Styrelsen"),
    ],
)
def test_meeting_with_organisation_line(head: str, body: str) -> None:
    assert _meeting(head + "\nDag 2016 08 27\nPlats: Hos Anna Ek" + _ITEMS).body == body


# A document word run on after a place from the page head's other column.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Plats: Leirubakki, Island Protokoll Deltagare: Anna Ek", "Leirubakki, Island"),
        ("Plats: Stadshuset, Eksjö PROTOKOLL", "Stadshuset, Eksjö"),
        # look-alike: a place whose name holds the word inside it stays whole
        ("Plats: Protokollrummet, Eksjö", "Protokollrummet, Eksjö"),
    ],
)
def test_venue_without_run_on_document_word(line: str, venue: str) -> None:
    assert _meeting("Styrelsemöte 1/2007 Datum: 4 juni 2007\n" + line + _ITEMS).venue == venue


# A "Tid:" value whose dash was lost after the day, perhaps over two days.
@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("11 september 2015 16:30 19:00, 12 september 10:00 20:00", "16:30", "19:00"),
        ("2015-09-11 16.30 19.00", "16:30", "19:00"),
        ("11 september 2015 kl. 9.00 12.00", "09:00", "12:00"),
        # look-alike: the later clock first is no range
        ("11 september 2015 19:00 16:30", "19:00", None),
    ],
)
def test_time_value_lost_dash_after_day(value: str, start: str, end: str | None) -> None:
    meeting = _meeting("Protokoll styrelsemöte\nTid: " + value + _ITEMS)
    assert (meeting.start, meeting.end) == (start, end)


# A title with the meeting's yearless day and time, beside the document's own later date.
@pytest.mark.parametrize(
    ("head", "meeting_date"),
    [
        ("Protokoll 2012-08-21 Protokoll föräldraråd 20 augusti kl. 18.30", "2012-08-20"),
        ("Protokoll 2012-09-03\nProtokoll styrelsemöte 28 augusti kl 19.00 i klubbstugan", "2012-08-28"),
        # look-alikes: no time after the day, or a day after the document's date
        ("Protokoll 2012-08-21 Protokoll föräldraråd 20 augusti", "2012-08-21"),
        ("Protokoll 2012-08-21 Protokoll föräldraråd 24 augusti kl. 18.30", "2012-08-21"),
    ],
)
def test_timed_title_day_before_document_date(head: str, meeting_date: str) -> None:
    assert _meeting(head + "\n\nNärvarande:\nAnna Ek, ordförande" + _ITEMS).date == meeting_date


_TWO_DAYS = "Protokoll\nPlats: m/s Mariella\nTid: 11 september 2015 16:30-19:00, 12 september 10:00-20:00\n\n"


# A later day on the meeting's own time line is the meeting's second day; one far off or in the text is an event.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (_TWO_DAYS + "§ 1 Mötet öppnas\n", []),
        (_TWO_DAYS + "§ 1 Mötet öppnas\n\nNästa möte den 12 september 2015 kl 10.\n", ["2015-09-12"]),
        ("Protokoll\nTid: 11 september 2015 16:30-19:00, därefter årsmöte 20 oktober 2015\n\n§ 1 Mötet öppnas\n",
         ["2015-10-20"]),
    ],
)
def test_meeting_own_later_day_is_no_event(text: str, dates: list[str]) -> None:
    assert _events(text, "2015-09-11")[0] == dates


_PARENTS = ("Protokoll 2012-08-21 Protokoll föräldraråd 20 augusti kl. 18.30\n\nNärvarande:\nAnna Ek, ordförande\n\n"
            "1. Mötet öppnas\nAnna hälsade välkomna.\n")


# The document's own date, repeated below by a page header, is no event; a changed meeting day names the
# next meeting on its new day.
@pytest.mark.parametrize(
    ("text", "dates", "next_meeting"),
    [
        ("2. Information\nRektor informerade.\n\nDokumentnamn\nProtokoll\nDatum\n2012-08-21\n3. Övrigt\nInget.\n",
         [], None),
        (("4. Ändring av mötesdag från 1/10 till det nya datumet 24/9 kl. 18.30.\n"
         "Till mötet den 5/11 bjuds förvaltningschefen in.\n"), ["2012-09-24", "2012-11-05"], "2012-09-24"),
        ("4. Mötesdatum\nMötet den 1/10 flyttas till den 24/9.\n", ["2012-09-24"], "2012-09-24"),
        # look-alike: another matter moved is no meeting of ours
        ("4. Övrigt\nInsamlingen flyttas till den 24/9.\n", ["2012-09-24"], None),
    ],
)
def test_own_date_and_changed_meeting_day(text: str, dates: list[str], next_meeting: str | None) -> None:
    assert _events(_PARENTS + text, "2012-08-20") == (dates, next_meeting)


# The place closing a title that gives the yearless day and time; a heading of the document's parts under
# an empty "Plats" label is no place.
@pytest.mark.parametrize(
    ("head", "venue"),
    [
        ("Protokoll 2012-08-21\n\nProtokoll föräldraråd 20 augusti kl. 18.30 Expeditionen", "Expeditionen"),
        ("Protokoll 2012-08-21\n\nMinnesanteckningar styrelsemöte 20 augusti kl 19.00 Klubbstugan", "Klubbstugan"),
        # look-alikes: a body, a role or nothing after the time
        ("Protokoll 2012-08-21\n\nProtokoll föräldraråd 20 augusti kl. 18.30 Styrelsen", None),
        ("Protokoll 2012-08-21\n\nProtokoll föräldraråd 20 augusti kl. 18.30", None),
        ("Sammanträde 2012-08-20\n\nDatum\nKlockan\nPlats\nBilagor till protokoll", None),
        ("Sammanträde 2012-08-20\n\nDatum\nKlockan\nPlats\nTensta Träff, Hagstråket 13", "Tensta Träff, Hagstråket 13"),
    ],
)
def test_place_after_timed_title_and_empty_label(head: str, venue: str | None) -> None:
    assert _meeting(head + "\n\nNärvarande:\nAnna Ek, ordförande" + _ITEMS).venue == venue


def _event_fields(text: str) -> list[tuple[str, str, str | None]]:
    doc = minutes_from_text(text)
    meeting, _ = extract_meeting(doc)
    events, _, _ = extract_events(doc, meeting, [], [])
    return sorted((e.date, str(e.kind), e.venue) for e in events)


_BOARD_2012 = "Protokoll 2012-10-02\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Konferens\n\n"


# Where a thing is held, said before its date with a verb of holding; "avvaktar till" sets a deadline.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ungdomskonferens arrangeras i föreningsgården Kvarnhjulet på eftermiddagen den 24 oktober.",
         [("2012-10-24", "conference", "föreningsgården Kvarnhjulet")]),
        ("Höstfesten hålls på Folkets Hus den 3 november.", [("2012-11-03", "other", "Folkets Hus")]),
        ("Vi avvaktar till den 12 oktober med att ta ställning om konferensen ska ställas in.",
         [("2012-10-12", "deadline", None)]),
        # look-alike: a place in another clause after the date is not taken from before it
        ("Konferensen den 24 oktober blir stor.", [("2012-10-24", "conference", None)]),
    ],
)
def test_place_held_before_date_and_waiting_deadline(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _event_fields(_BOARD_2012 + sentence + "\n") == expected
