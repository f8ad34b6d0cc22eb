"""Header layouts of stored web copies and flattened municipal front pages: site chrome, page
counters, label columns, portal headers, run-on venues, and odd letters in month names.

Phrases are written the way such minutes read (docplayer and 5dok copies, Meetings+ portals,
Formpipe-style "Plats och tid / Beslutande / Organ" front pages), not copied whole documents.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import body_of_title, extract_meeting, find_dates, find_time_range, has_date
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# --- month names with a dotless or dotted i ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("Sammanträde den 3 aprıl 2020", "2020-04-03"),  # dotless ı (a Turkish keyboard or an OCR slip)
        ("SAMMANTRÄDE 3 APRİL 2020", "2020-04-03"),  # dotted İ: its case fold is "i" + a combining dot
        ("Meeting APRİL 3, 2020", "2020-04-03"),
        ("Möte fredag den 14 AUGUSTİ 2020", "2020-08-14"),
        ("den 2 januarı 2019", "2019-01-02"),
    ],
)
def test_month_with_odd_i(phrase: str, iso: str) -> None:
    assert [f.value for f in find_dates(phrase)] == [iso]
    assert has_date(phrase)


def test_odd_month_letters_never_crash_extraction() -> None:
    text = "Protokoll styrelsemöte den 3 APRİL 2020\n\n1. Mötets öppnande\nNästa möte den 5 maj 2020 kl 18.\n"
    extraction = extract_text(minutes_from_text(text))
    assert extraction.meeting.date == "2020-04-03"


# --- the body: site chrome, page counters and label columns are no title --------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a portal page: navigation, then "Möte <date>", then the body
        (("Hoppa över navigering\n\nMöte 2019-03-25\n\nVård- och omsorgsnämnden\n"
         "14:00 - 17:10 Förvaltningshuset, lokal Sunnerö\n  • A/ Handlingsplan kosten\n"), "Vård- och omsorgsnämnden"),
        ("Hoppa till innehållet\nSammanträde 2021-05-04\nBygg- och miljönämnden\n", "Bygg- och miljönämnden"),
        # a page counter opening the title
        ("1 (6) Kommunala handikapprådet\nDatum: 2009-04-20\n", "Kommunala handikapprådet"),
        ("PROTOKOLL 1 (12) Socialnämnden\nSammanträdesdatum 2011-10-12\n", "Socialnämnden"),
        ("MINNESANTECKNINGAR 1(8) Kommunchefsgruppen\nDatum: 2014-03-05\n", "Kommunchefsgruppen"),
    ],
)
def test_body_below_chrome_and_page_counters(text: str, body: str) -> None:
    assert meeting_of(text).body == body


@pytest.mark.parametrize(
    "text",
    [
        # a portal's bullet layout: the item number on its own line, its title below; no body given
        "Hoppa över navigering\n • Ordföranden öppnar sammanträdet den 6 februari 2023.\n\n • § 2\n\n  Val av justerare\n",
        "Hoppa över navigering\n •   1\n\n  Sammanträdets öppnande\n\n •   3\n\n  Val av justerare 2022-03-24\n",
        # a flattened front page: a page counter and a label column, the body nowhere before the lists
        ("1 (39) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Kommunkontoret, rum "
        "Storsjön, tisdag den 23 maj 2006, kl 13.00 Anna Berg, s, ordförande Per Ek, m Justeringens plats "
        "Kommunkontoret ANSLAG/BEVIS Protokollet är justerat. Organ Datum för anslags uppsättande Sista dag\n"),
    ],
)
def test_no_body_from_chrome_items_or_labels(text: str) -> None:
    assert meeting_of(text).body is None


def test_body_from_a_posting_block_inside_a_flattened_front_page() -> None:
    text = ("PROTOKOLL 1 (28) Sammanträdestid kl 09:00-12:30 Ajournering kl 10:45-11:30 Sammanträdesplats "
            "Sessionssalen, Regionens hus, Umeå Beslutande Enligt närvarolista sidan 2 Paragrafer 1-12 Underskrifter "
            "Sekreterare Anna Berg BEVIS OM ANSLAG Myndighet Regionstyrelsens arbetsutskott Anslagsdatum 2019-05-14 "
            "Förvaringsplats för protokollet Regionens kansli\n")
    meeting = meeting_of(text)
    assert meeting.body == "Regionstyrelsens arbetsutskott"
    assert (meeting.start, meeting.end) == ("09:00", "12:30")


@pytest.mark.parametrize(
    ("label_and_value", "body"),
    [
        ("Organ Barn- och utbildningsnämnden Datum för anslags uppsättande 2019-05-14", "Barn- och utbildningsnämnden"),
        ("Instans Kommunfullmäktige Sammanträdesdatum 2019-05-14", "Kommunfullmäktige"),
        ("Myndighet Direktionen Anslagsdatum 2019-05-14", "Direktionen"),
        ("Organ Datum för anslags uppsättande 2019-05-14", None),  # the label's value left empty
        ("Myndighet Anslagsdatum 2019-05-14", None),
    ],
)
def test_posting_block_labels(label_and_value: str, body: str | None) -> None:
    text = ("1 (12) Sammanträdestid kl 13.00-15.00 Beslutande Enligt närvarolista Paragrafer 1-9 Underskrifter "
            f"Sekreterare Anna Berg ANSLAG/BEVIS Protokollet är justerat. {label_and_value} Förvaringsplats för protokollet\n")
    assert meeting_of(text).body == body


# --- a portal head: date, body, then "time range place" -----------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "venue"),
    [
        (("Möte 2019-03-25\n\nVård- och omsorgsnämnden\n14:00 - 17:10 Vård- och omsorgsförvaltningen, lokal Sunnerö\n"
         "  • A/ Handlingsplan kosten\n"), "14:00", "17:10", "Vård- och omsorgsförvaltningen, lokal Sunnerö"),
        ("Sammanträde 2021-05-04\nKommunstyrelsen\n13:00 – 16:30 Stadshuset, sessionssalen\n\n§ 1 Val av justerare\n",
         "13:00", "16:30", "Stadshuset, sessionssalen"),
        ("Möte 2020-11-12\nSocialnämnden\n18:00 - 20:15\n\n§ 1 Upprop\n", "18:00", "20:15", None),
    ],
)
def test_time_range_opening_a_portal_head_line(text: str, start: str, end: str, venue: str | None) -> None:
    meeting = meeting_of(text)
    assert (meeting.start, meeting.end, meeting.venue) == (start, end, venue)


@pytest.mark.parametrize(
    "text",
    [
        # a programme: each line opens with a range
        "Datum: 2021-05-04\n09:00 - 10:00 Välkomna och inledning\n10:00 - 11:30 Workshop i grupper\n\n1. Mötets öppnande\n",
        # no dated head line above the range
        "Kommunstyrelsen\n13:00 - 16:00 Genomgång av budgeten\n\n1. Mötets öppnande\nProtokollet justeras den 4 maj 2021.\n",
    ],
)
def test_no_venue_from_a_programme_or_an_undated_range(text: str) -> None:
    assert meeting_of(text).venue is None


# --- section ranges and "kl" without digits are no time ------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "venue"),
    [
        ("Direktionsprotokoll\nPlats och tid Borås, kl Omfattning 1-17\nBeslutande Ulf Olsson (S) ordförande 2015-01-30\n",
         None, None, "Borås"),
        ("Plats och tid: Kommunhuset, Storgatan 1, kl Paragrafer 65-82\nDatum: 2006-05-23\n", None, None,
         "Kommunhuset, Storgatan 1"),
        ("Plats och tid: Kommunhuset, 13.00-15.30 Paragrafer 65-82\nDatum: 2006-05-23\n", "13:00", "15:30", "Kommunhuset"),
        ("Tid: 13-16 §§ 1-9\nDatum: 2006-05-23\n", "13:00", "16:00", None),
    ],
)
def test_section_ranges_are_not_hours(text: str, start: str | None, end: str | None, venue: str | None) -> None:
    meeting = meeting_of(text)
    assert (meeting.start, meeting.end, meeting.venue) == (start, end, venue)


@pytest.mark.parametrize(
    ("phrase", "bare_hours", "found"),
    [
        ("Omfattning 1-17", True, None),
        ("Paragrafer 65 - 82", True, None),
        ("Protokollet omfattar §§ 3-9", True, None),
        ("§ 12-14", True, None),
        ("Tid 13-16", True, ("13:00", "16:00")),
        ("kl. 9.00-12.00, paragraf 4", False, ("09:00", "12:00")),
    ],
)
def test_find_time_range_skips_section_ranges(phrase: str, bare_hours: bool, found: tuple[str, str] | None) -> None:
    rng = find_time_range(phrase, bare_hours=bare_hours)
    assert (tuple(f.value for f in rng) if rng else None) == found


# --- venues: no label after the date and time; run-on values cut ----------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a cut time ("kl. 13:") and the place after it, no label
        (("PROTOKOLL FRÅN STYRGRUPPSMÖTE ENERGIINTELLIGENT DALARNA Tisdag den 3 juni 2008, kl. 13: Dalarummet "
         "Länsstyrelsen Dalarna, Falun\nNärvarande: Maria Norrfalk (Ordförande), Christer Sjölin\n"),
         "Dalarummet Länsstyrelsen Dalarna, Falun"),
        ("Protokoll från styrelsemöte måndag den 2 mars 2015 kl. 18 Bygdegården, Rengsjö\nNärvarande: Anna Berg, Per Ek\n",
         "Bygdegården, Rengsjö"),
        # the tail of a cut "Närvarande" and the list after it
        (("MINNESANTECKNINGAR 1(8) Kommunchefsgrupp Dag Tid Plats Viva-huset, Sveagatan 8, Umeå, rum: Tor, vån 1 ande "
         "Håkan Wretling, Bjurholms kommun Kurt-Allan Egelby, Nordmalings kommun Övriga deltagande Anna Linusson, "
         "föreståndare, Umeå universitet 2014-03-05\n"), "Viva-huset, Sveagatan 8, Umeå, rum: Tor, vån 1"),
        ("Datum: 2017-03-14\nPlats: Sessionssalen, Stadshuset plan 3 rande Anna Berg, Per Ek\n",
         "Sessionssalen, Stadshuset plan 3"),
        # a clause about the occasion
        (("Protokoll 2017-03-14\nPlats: Konferenscenter, Badhotellet i Tranås i samband med nämndens internat\n"
         "Närvarande:\n"), "Konferenscenter, Badhotellet i Tranås"),
        ("Datum: 2017-03-14\nPlats: Hotell Borgen, Gränna, med anledning av studiebesöket på biblioteket\n",
         "Hotell Borgen, Gränna"),
        # names in a place stay
        ("Datum: 2017-03-14\nPlats: Rådhuset, sal Anders Celsius\n", "Rådhuset, sal Anders Celsius"),
        ("Datum: 2017-03-14\nPlats: Hos Anna Berg, Storgatan 4\n", "Hos Anna Berg, Storgatan 4"),
    ],
)
def test_venue_after_time_and_run_on_cut(text: str, venue: str) -> None:
    assert meeting_of(text).venue == venue


# --- flattened front pages: label columns, inline labels, letterheads -----------------------


@pytest.mark.parametrize(
    ("text", "body", "venue"),
    [
        # the labels in a column, the values after them: the place is the first value, before the date
        (("1 (39) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Kommunkontoret, rum Storsjön, "
         "tisdag den 23 maj 2006, kl Ajournering kl Anna Berg, s, ordförande Per Ek, m Justeringens plats "
         "Kommunkontoret ANSLAG/BEVIS Protokollet är justerat. Organ Datum för anslags uppsättande Sista dag\n"),
         None, "Kommunkontoret, rum Storsjön"),
        # "Sammanträdesplats" inside the line
        (("PROTOKOLL 1 (28) Sammanträdestid kl 09:00-12:30 Ajournering kl 10:45-11:30 Sammanträdesplats Sessionssalen, "
         "Regionens hus, Umeå Beslutande Enligt närvarolista sidan 2 Paragrafer 1-12 Underskrifter Sekreterare Anna Berg "
         "BEVIS OM ANSLAG Myndighet Regionstyrelsens arbetsutskott Anslagsdatum 2019-05-14\n"),
         "Regionstyrelsens arbetsutskott", "Sessionssalen, Regionens hus, Umeå"),
        # a stored copy's title line that is a list of people; the title ends at an inline "Plats"
        (("Sessionssalen, Landstingshuset. Anna Berg (S) Per Ek (M)\n\nProtokoll 1 (6) Teknikutskottet LK/ Plats "
         "Sessionssalen, Landstingshuset, Karlstad Beslutande Ersättare Anna Berg (S) Per Ek (M) Eva Lind (C) "
         "ordförande vice ordförande Datum 2008-04-01 Sekreterare\n"), "Teknikutskottet", "Sessionssalen, Landstingshuset, Karlstad"),
        # a letterhead of member municipalities, then the page head, then the title and bare labels
        (("Bjurholm Nordmaling Robertsfors Umeå Vindeln Vännäs MINNESANTECKNINGAR 1(8) Kommunchefsgrupp Dag Tid Plats "
         "Viva-huset, Umeå Närvarande Håkan Wretling, Bjurholms kommun Johan Gammelgård, Umeå kommun 2014-03-05 "
         "Övriga deltagande Anna Ek\n"), "Kommunchefsgrupp", "Viva-huset, Umeå"),
        ("SKELLEFTEÅ KOMMUN PROTOKOLL 1 (12) Kommunala handikapprådet\nDatum: 2008-09-24\n", "Kommunala handikapprådet", None),
    ],
)
def test_flattened_front_pages(text: str, body: str | None, venue: str | None) -> None:
    meeting = meeting_of(text)
    assert (meeting.body, meeting.venue) == (body, venue)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Håkan Wretling, Bjurholms kommun Kurt-Allan Egelby, Nordmalings kommun\nStyrgruppen 2014-03-05\n", "Styrgruppen"),
        ("Birgitta Kringlund (FP) Aina Wåhlund (S)\nTeknikutskottet 2008-04-01\n", "Teknikutskottet"),
        # one name in a title is no list
        ("Anna Bergs minnesfond, styrelsemöte 2014-03-05\n", "Anna Bergs minnesfond, styrelse"),
    ],
)
def test_a_list_of_people_is_no_title(text: str, body: str) -> None:
    assert meeting_of(text).body == body


# --- titles: contents headings, "möte i/för", meetings at someone's home ----------------------


@pytest.mark.parametrize(
    ("text", "body", "venue"),
    [
        ("Protokoll från Socialutskottets sammanträde 2011-10-12 Innehållsförteckning\n", "Socialutskottet", None),
        ("Protokoll från Socialutskottets sammanträde Innehållsförteckning SAMMANTRÄDESPROTOKOLL\nDatum: 2011-10-12\n",
         "Socialutskottet", None),
        ("STYRELSEMÖTE I RENÅLANDETS BYFÖRENING\nHOS YLVA och STEFAN ÅKESSON onsdagen den 12 augusti 2015\nPROTOKOLL\n",
         "Styrelsen i renålandets byförening", "HOS YLVA och STEFAN ÅKESSON"),
        ("Styrgruppsmöte för Energiintelligent Dalarna 2008-06-03\n", "Styrgruppen för Energiintelligent Dalarna", None),
        ("Protokoll fört vid styrelsemöte hos Anna Berg den 3 maj 2015\n\n§ 1 Mötets öppnande\n", "Styrelsen",
         "hos Anna Berg"),
        # "hos" in prose or without a date is no venue
        (("Styrelsemöte 2015-05-03\nNärvarande: Anna Berg, Per Ek\nMötet hölls som vanligt hos Anna Berg, som bjöd på kaffe, "
         "och alla var på plats den 3 maj 2015 i god tid före start.\n"), "Styrelsen", None),
    ],
)
def test_titles_with_contents_headings_and_homes(text: str, body: str, venue: str | None) -> None:
    meeting = meeting_of(text)
    assert (meeting.body, meeting.venue) == (body, venue)


# --- the reference: an empty Dnr label at the top means the meeting has none -----------------


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Protokoll Kommunstyrelsen 2020-03-06\nDnr: KS 2020/123\n", "KS 2020/123"),
        ("Protokoll Kommunstyrelsen\nDatum: 2020-03-06\nDiarienummer:\nKS 2020/123\n", "KS 2020/123"),
        ("Protokoll Kommunstyrelsen 2020-03-06\nDnr\n\n§ 1 Anmälan Dnr: KS 2019/44\n", None),
        (("PROTOKOLL 1(8) Diarienummer Plats: Stadshuset, sal A Närvarande: Beslutande: Anna Berg (S) ordförande "
         "Per Ek (M) Övriga: Bo Ek, sekreterare 2017-03-14 Aktuell information Diarienummer: RJL2017/101\n"), None),
    ],
)
def test_reference_and_empty_dnr_label(text: str, reference: str | None) -> None:
    assert meeting_of(text).reference == reference


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Styrelsemöte i Renålandets byförening", "Styrelsen i Renålandets byförening"),
        ("Styrgruppsmöte för Energiintelligent Dalarna", "Styrgruppen för Energiintelligent Dalarna"),
        ("Nämndmöte i Stadshuset", "Nämndmöte i Stadshuset"),  # "i" a place: kept as written
        ("Årsmöte i Byalaget", "Årsmöte i Byalaget"),  # a kind of meeting, no body word
        ("Regionrådsmöte Umeåregionen", "Regionrådsmöte Umeåregionen"),
    ],
)
def test_body_of_a_meeting_of_an_organisation(title: str, body: str) -> None:
    assert body_of_title(title) == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Direktionsprotokoll", "Direktionen"),
        ("Nämndprotokoll", "Nämnden"),
        ("Styrgruppsprotokoll", "Styrgruppen"),
        ("Sammanträdesprotokoll", "Sammanträdesprotokoll"),  # names the document, not a body
        ("Årsmötesprotokoll", "Årsmötesprotokoll"),
    ],
)
def test_body_of_a_body_protocol_title(title: str, body: str) -> None:
    assert body_of_title(title) == body


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Protokoll från styrelsemöte nr. 1 Reykjavik, 7-9 februari 2009\nNärvarande Anna Berg, ordförande\n", "Reykjavik"),
        ("Styrelsemöte nr 3 Göteborg, den 12 mars 2010\n", "Göteborg"),
        ("Styrelsemöte nr 3, 12 mars 2010\n", None),
        ("Styrelsemöte nr 3 Budget, mål och plan för 2010 beslutades den 12 mars 2010.\n", None),
    ],
)
def test_place_after_the_meeting_number(text: str, venue: str | None) -> None:
    assert meeting_of(text).venue == venue
