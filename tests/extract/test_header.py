"""The meeting header: body, date, times, venue, platform, Dnr and attendance, as real minutes write them.

Phrases come from the seeds, the development set and other Swedish minutes (municipal
protokoll, association boards, working groups).
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import is_heading_row, trailing_label
from planner.extract.header import (
    extract_meeting,
    find_dates,
    find_time_range,
    has_date,
    split_long_line,
    venue_after_labels,
)
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# --- dates and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("Datum: 2020-03-06", "2020-03-06"),
        ("Tid: Fredag den 1 oktober 2021", "2021-10-01"),
        ("Protokoll Presidiekonferens Läns gemensam ledning 2 oktober 2020", "2020-10-02"),
        ("## 2 September 2021", "2021-09-02"),
        ("Kommunkontoret onsdagen den 21 november 2018 kl. 08:30-14:00", "2018-11-21"),
        ("Möte med sektionens styrelse den 26-27 januari 2002", "2002-01-26"),
        ("Sammanträdesdatum 2015-01-14", "2015-01-14"),
        ("Styrelsemöte 2016-05-15", "2016-05-15"),
        ("den 9:e oktober 2021", "2021-10-09"),
        ("November 30, 2021", "2021-11-30"),
        ("Datum: 1.10.2021", "2021-10-01"),
        ("Datum: 2021/10/01", "2021-10-01"),
        ("Fredag 1/10 2021", "2021-10-01"),
        ("Datum: 12/3-2019", "2019-03-12"),
        ("Onsdag den 1:a december 2021", "2021-12-01"),
        ("3 okt. 2022", "2022-10-03"),
    ],
)
def test_find_dates(phrase: str, iso: str) -> None:
    assert find_dates(phrase)[0].value == iso


@pytest.mark.parametrize("phrase", ["år 2055", "85 %", "19-25 år", "2021-13-45", "Dnr 21RGK153", "§ 12"])
def test_find_dates_ignores_non_dates(phrase: str) -> None:
    assert find_dates(phrase) == []


def test_compact_date_only_when_asked() -> None:
    assert find_dates("Agenda & mötesanteckningar 20201210") == []
    assert find_dates("Agenda & mötesanteckningar 20201210", compact=True)[0].value == "2020-12-10"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("Tid: 9.00-12.00", "09:00", "12:00"),
        ("Kl. 13:00-15:00 (ca)", "13:00", "15:00"),
        ("Klockan: 9.00–11.55", "09:00", "11:55"),
        ("kl. 08.45-15.00", "08:45", "15:00"),
        ("Kl. 9:45-15:00", "09:45", "15:00"),
        ("Tid: 9:00 – 11.15", "09:00", "11:15"),
        ("Kommunhusets sammanträdesrum kl 13.00–14.30", "13:00", "14:30"),
        ("kl 13-16", "13:00", "16:00"),
        ("18:00-20:00", "18:00", "20:00"),
        ("Tid: 13.00–ca 16.00", "13:00", "16:00"),
        # a stored PDF copy that lost the dash: a start and end after "kl"
        ("Måndag den 20 april 2009, kl. 13.00 16.30", "13:00", "16:30"),
        ("Kommunala pensionärsrådet protokoll Kl. 13:00 16:00. Konferensrum 1", "13:00", "16:00"),
    ],
)
def test_find_time_range(phrase: str, start: str, end: str) -> None:
    found = find_time_range(phrase)
    assert found is not None
    assert (found[0].value, found[1].value) == (start, end)


@pytest.mark.parametrize("phrase", ["2021-10-01", "19-25 år", "13-15 %", "sidan 3-4", "2014-2020"])
def test_find_time_range_ignores_other_ranges(phrase: str) -> None:
    assert find_time_range(phrase) is None


@pytest.mark.parametrize("phrase", ["kl. 16.30 13.00", "Gruppmöten 09:00 10:00", "kl 13.00 2019-03-12"])
def test_times_without_a_dash_need_kl_and_order(phrase: str) -> None:
    assert find_time_range(phrase) is None


# --- whole headers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (("\n\nMötesanteckningar – Kommunalt forum\n\nDatum: 2020-03-06\n\nTid: 9.00-12.00\n\n"
         "Plats: Bolmen, regionhuset, Växjö\n\n1. Information"),
         {"body": "Kommunalt forum", "date": "2020-03-06", "start": "09:00", "end": "12:00",
          "venue": "Bolmen, regionhuset, Växjö", "online": None}),
        (("## Mötesanteckningar – Kommunalt forum 2018-02-21\n\n**Klockan:** 9.00–11.55\n\n"
         "**Plats:** Oden, Sigfridsområdet, Växjö\n\n### 1. Samverkan"),
         {"body": "Kommunalt forum", "date": "2018-02-21", "start": "09:00", "end": "11:55",
          "venue": "Oden, Sigfridsområdet, Växjö"}),
        (("\nDnr 21RGK153\n\nMÖTESANTECKNINGAR\n\n2021-10-01\n\n## Ledningsgrupp för samordning av länets "
         "hälso- och sjukvård och socialtjänst\n\n**Tid:** Fredag den 1 oktober 2021  \nKl. 9:45-15:00\n\n"
         "**Plats:** Digitalt möte via Teams\n\n## **1. Avtackning**"),
         {"body": "Ledningsgrupp för samordning av länets hälso- och sjukvård och socialtjänst",
          "date": "2021-10-01", "start": "09:45", "end": "15:00", "venue": None, "online": "Teams",
          "reference": "21RGK153"}),
        (("Dnr 20RGK162\n\nMÖTESANTECKNINGAR\n\n2020-04-03\n\nLedningsgrupp\n\nTid: Fredag den 3 april 2020\n"
         "Kl. 13:00-15:00 (ca)\n\nPlats: Skypemöte\n\n1. Incheckning"),
         {"date": "2020-04-03", "start": "13:00", "end": "15:00", "venue": None, "online": "Skype",
          "reference": "20RGK162"}),
        (("Protokoll Presidiekonferens Läns gemensam ledning 2 oktober 2020\n\nVälkommen\n\n"
         "Presidiekonferensen genomfördes nu för första gången helt digitalt via Zoom."),
         {"body": "Presidiekonferens Läns gemensam ledning", "date": "2020-10-02", "online": "Zoom",
          "venue": None, "start": None}),
        (("# Mötesprotokoll LiTHe kod\n## 2 September 2021\n\n##Närvarande\n– Axel Telenius\n\n"
         "##Mötets öppnande 12:18\n\n#Hemsidan\ntext\n\n##Mötet avslutas\n13:00\n"),
         {"body": "LiTHe kod", "date": "2021-09-02", "start": "12:18", "end": "13:00", "online": None}),
        ("Styrelsemöte 2016-05-15\n\n 1. Mötets öppnande 18:08\n 2. Val\n 12. Mötets avslutande 20:15\n",
         {"body": "Styrelsen", "date": "2016-05-15", "start": "18:08", "end": "20:15"}),
        (("Plats och tid:\n\nNORDMALINGS KOMMUN\nFOLKHÄLSORÅD\nMINNESANTECKNINGAR\nSammanträdesdatum\n"
         "2015-01-14\nPlats och tid:\nKommunhusets sammanträdesrum kl 13.00–14.30\n1. Mötets öppnande\n"
         "Beslutas att godkänna de nya tiderna för Folkhälsorådets sammanträden."),
         {"body": "Folkhälsorådet", "date": "2015-01-14", "start": "13:00", "end": "14:30",
          "venue": "Kommunhusets sammanträdesrum"}),
        (("Protokoll 150217\nTranscription\nPROTOKOLL Stadsdelsförvaltningen Öster Brottsförebyggande rådet "
         "(BRÅ) Sammanträdesdag 2015-02-17 Tid: 9:00 – 11.15 Plats: Stora sammanträdesrummet plan 3, "
         "Våglängdsgatan 21 Närvarande Ulf Sjösten, förste vice ordförande 1. Mötets öppnande"),
         {"body": "Stadsdelsförvaltningen Öster Brottsförebyggande rådet (BRÅ)", "date": "2015-02-17",
          "start": "09:00", "end": "11:15", "venue": "Stora sammanträdesrummet plan 3, Våglängdsgatan 21"}),
        (("\\begin{document}\n\\title{Styrelsemöte 4}\n\\author{Styrelsen}\n\\date{2021-10-11}\n"
         "\\textbf{Datum:} \\csname @date\\endcsname\\\\\n\\textbf{Tid:} 12:00\\\\\n"
         "\\textbf{Plats:} Styrelserummet\\\\\n\\section{Öppnande av möte}\n"
         "Mötet öppnades av Albin Otterhäll kl. 12.04\n\\section{Avslutande}\nMötet avslutades klockan 13.36\n"),
         {"body": "Styrelsen", "date": "2021-10-11", "start": "12:00", "end": "13:36", "venue": "Styrelserummet"}),
        ("# Agenda & mötesanteckningar 20201210\n\nhttps://sunet.zoom.us/my/fresia\n\n* Intro\n\n## Närvarande\n",
         {"body": None, "date": "2020-12-10", "online": "Zoom"}),
        ("Protokoll från styrelsemötet 4 september 2014\n\nMötets öppnande\nMötet förklarades öppnat kl 19.05.\n",
         {"body": "Styrelsen", "date": "2014-09-04", "start": "19:05"}),
        (("SAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\nSammanträdesdatum 2018-11-21\n\nPlats och tid\n"
         "Kommunkontoret onsdagen den 21 november 2018 kl. 08:30-14:00, ajournering för lunch 12:15-13:00\n"),
         {"body": "Barn- och utbildningsnämnden", "date": "2018-11-21", "start": "08:30", "end": "14:00",
          "venue": "Kommunkontoret"}),
        ("Minnesanteckningar Kommunchefsgruppen\nDatum: 2019-05-03\nLokal: Sal A, Länshuset\nDiarienummer: RK 2019/123",
         {"body": "Kommunchefsgruppen", "venue": "Sal A, Länshuset", "reference": "RK 2019/123"}),
        ("Protokoll styrelsemöte\nDatum: 2022-03-01\nPlats: Zoom\n",
         {"body": "Styrelsen", "venue": None, "online": "Zoom"}),
        ("Mötesanteckningar Samverkansgruppen\nDatum: 2022-03-01\nPlats: Digitalt\n",
         {"venue": None, "online": "digital"}),
        ("Mötesanteckningar Samverkansgruppen\nDatum: 2022-03-01\nPlats: Regionhuset och via Teams\n",
         {"venue": "Regionhuset", "online": "Teams"}),
        (("Protokoll fört vid sammanträde med kommunstyrelsens arbetsutskott\nDatum: 12 mars 2019\nTid: 13.00–16.00\n"
         "Plats: Stadshuset, sal B"),
         {"body": "Kommunstyrelsens arbetsutskott", "date": "2019-03-12", "venue": "Stadshuset, sal B"}),
        (("KOMMUNSTYRELSENS ARBETSUTSKOTT\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2019-03-12\n"
         "Plats och tid: Kommunhuset, kl. 08.30-12.00"),
         {"body": "Kommunstyrelsens arbetsutskott", "start": "08:30", "end": "12:00", "venue": "Kommunhuset"}),
        (("Minnesanteckningar från möte i Regionala samverkansgruppen 2019-03-12\nPlats: Regionhuset Växjö / Teams\n"
         "Tid: 13-16"),
         {"body": "Regionala samverkansgruppen", "start": "13:00", "end": "16:00", "venue": "Regionhuset Växjö",
          "online": "Teams"}),
        ("Mötesanteckningar från styrgruppsmöte\nDatum: 2022-05-03, kl. 10:00-11:30\nPlats: Microsoft Teams",
         {"body": "Styrgruppen", "date": "2022-05-03", "start": "10:00", "venue": None, "online": "Teams"}),
        ("Anteckningar från möte med Nätverket för folkhälsa\nTisdag 3 maj 2022, 9.30-12.00\nPlats: Videomöte",
         {"body": "Nätverket för folkhälsa", "start": "09:30", "end": "12:00", "venue": None, "online": "digital"}),
        ("Regionalt forum för socialtjänst – minnesanteckningar\nDatum: 2021-02-10\nPlats: Teams-möte",
         {"body": "Regionalt forum för socialtjänst", "online": "Teams", "venue": None}),
        ("Styrelseprotokoll nr 3 2021\nDatum: 2021-03-01\nPlats: Zoom (länk i kallelsen)",
         {"body": "Styrelsen", "date": "2021-03-01", "online": "Zoom", "venue": None}),
        ("Protokoll styrelsemöte\nDatum 2022-09-05\nTid 18.00 - 20.00\nMötet hölls digitalt.",
         {"body": "Styrelsen", "date": "2022-09-05", "start": "18:00", "end": "20:00", "online": "digital"}),
        ("Protokoll\nSocialnämnden\n2019-03-12\nTid: 14:00 - 16:30\nLokal: Sammanträdesrummet Eken",
         {"body": "Socialnämnden", "start": "14:00", "end": "16:30", "venue": "Sammanträdesrummet Eken"}),
    ],
)
def test_header_fields(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Region Kronoberg\nMötesanteckningar\nKommunalt forum\nDatum: 2020-01-01", "Kommunalt forum"),
        ("Region Kronoberg\nRegionstyrelsen\nProtokoll\n2019-03-12", "Regionstyrelsen"),
        ("Kommunstyrelsen\nProtokoll\n2019-03-12\n§ 1 Upprop", "Kommunstyrelsen"),
        ("Växjö kommun\nSocialnämnden\nSammanträdesdatum 2019-03-12", "Socialnämnden"),
        ("Protokoll fört vid Kommunfullmäktiges sammanträde 2019-03-12", "Kommunfullmäktige"),
        ("Minnesanteckningar från Socialnämndens extra sammanträde\nDatum: 2019-03-12", "Socialnämnden"),
        ("Minnesanteckningar från möte i Regionala\nsamverkansgruppen 2019-03-12\nPlats: Växjö",
         "Regionala samverkansgruppen"),
        # a 5dok copy: the site's frame, then the attendance list; the posting block names the body
        (("• No results found\n\nFull text\n\n(1)\n\nPlats och tid: Kommunhuset 2016-12-16 kl. 09.00-12.00\n\n"
          "Beslutande:\n\nInger Dahl, ordförande\n\nAnette Schön\n\nANSLAG/BEVIS\n\nOrgan och §§:\n\n"
          "Samordningsförbundet Sydnärke\n\nSammanträdesdatum: 2016-12-16"), "Samordningsförbundet Sydnärke"),
    ],
)
def test_body_is_not_the_letterhead(text: str, body: str) -> None:
    assert meeting_of(text).body == body


ANNUAL_MEETING = """Mötesprotokoll

Årsmöte för Ung Pirat Södertälje, Björklundsgatan 4

10 december 2015


1. Mötets öppnande.

Elin Andersson förklarade mötet öppnat 18:05 den 10 december 2015.


3. Justering av röstlängd och eventuella adjungeringar.

Närvarande med rösträtt:

Johan Andreasson

David Klarlund


Övriga närvarande:

Erik Lönroth

Mötet fastställde röstlängden till 3 personer.


17. Mötets avslutande.

Mötesordförande Elin Andersson förklarade mötet avslutat 18:45.
"""


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Plats och tid: 2019-03-12 kl 13.00-15.00, Kommunhuset", "Kommunhuset"),
        ("Plats och tid: Tisdagen den 12 mars 2019, kl. 13.00, Kommunhuset, Sal B", "Kommunhuset, Sal B"),
        ("Plats och tid: Kommunhuset, Sal B, 2019-03-12 kl 13.00", "Kommunhuset, Sal B"),
        ("Plats: Bolmen, regionhuset, Växjö", "Bolmen, regionhuset, Växjö"),
        ("Lokal: Sal 3, Länshuset, kl. 9-12", "Sal 3, Länshuset"),
        # a run-on copy: the attendance list follows the place on the same line
        ("Plats och tid Kommunstyrelsens sammanträdesrum Ledamöter Gunilla Åström Eva Enqvist",
         "Kommunstyrelsens sammanträdesrum"),
        ("Plats och tid: Hotell Norra Vättern Askersund kl Närvarande", "Hotell Norra Vättern Askersund"),
        ("Plats: Kommunhuset Beslutande Anna Ek (S), ordförande", "Kommunhuset"),
    ],
)
def test_venue_without_date_and_time(line: str, venue: str) -> None:
    meeting = meeting_of(f"Protokoll Socialnämnden\n{line}\n§ 1 Upprop")
    assert meeting.venue == venue
    a, b = meeting.spans["venue"]
    assert f"Protokoll Socialnämnden\n{line}"[a:b] == venue


FLAT_FRONT_PAGE = (
    "SAMMANTRÄDESPROTOKOLL Kommunstyrelsens arbetsutskott Sammanträdesdatum 2016-04-12 Plats och tid Kommunhuset, "
    "sammanträdesrum Ljusnan, kl 08.30-11.45 Beslutande Anders Andersson (C), ordförande Berit Bengtsson (S) "
    "Carl Carlsson (M) ersätter David Dahl (M) Övriga deltagare Eva Ek, kommunchef Fredrik Falk, sekreterare "
    "Utses att justera Berit Bengtsson Justeringens plats och tid Kommunhuset 2016-04-15 Underskrifter Sekreterare "
    "Paragrafer 45-60\n"
)


def test_flattened_municipal_front_page() -> None:
    meeting = meeting_of(FLAT_FRONT_PAGE)
    assert (meeting.body, meeting.date, meeting.start, meeting.end, meeting.venue) == (
        "Kommunstyrelsens arbetsutskott", "2016-04-12", "08:30", "11:45", "Kommunhuset, sammanträdesrum Ljusnan")
    assert [p.name for p in meeting.present] == [
        "Anders Andersson", "Berit Bengtsson", "Carl Carlsson", "Eva Ek", "Fredrik Falk"]
    assert meeting.present[2].role == "ersättare för David Dahl"


def test_association_annual_meeting() -> None:
    meeting = meeting_of(ANNUAL_MEETING)
    assert (meeting.date, meeting.start, meeting.end) == ("2015-12-10", "18:05", "18:45")
    assert "Ung Pirat Södertälje" in (meeting.body or "")
    assert [p.name for p in meeting.present] == ["Johan Andreasson", "David Klarlund", "Erik Lönroth"]


def test_header_as_a_table_of_label_and_value_cells() -> None:
    meeting = meeting_of("Protokoll\tSocialnämnden\nDatum\t2019-03-12\nTid\t13.00-15.00\nPlats\tSal B, Stadshuset\n"
                         "Närvarande\tAnna Ek, Bo Berg, Cia Holm\n\n§ 1 Upprop")
    assert (meeting.body, meeting.date, meeting.start, meeting.end, meeting.venue) == (
        "Socialnämnden", "2019-03-12", "13:00", "15:00", "Sal B, Stadshuset")
    assert [p.name for p in meeting.present] == ["Anna Ek", "Bo Berg", "Cia Holm"]


@pytest.mark.parametrize(
    ("sentence", "online"),
    [
        ("Presidiekonferensen genomfördes nu för första gången helt digitalt via Zoom.", "Zoom"),
        ("Rebecca som är ordförande för dagens förkortade möte som sker via Skype hälsar välkomna.", "Skype"),
        ("Mötet hölls digitalt.", "digital"),
        ("Utbildningen genomfördes via Teams i våras.", None),
        ("Kalas sker 8:e september kl. 14-18 på distans.", None),
        ("Kassör (på länk)", None),
    ],
)
def test_online_from_the_text(sentence: str, online: str | None) -> None:
    text = f"Protokoll styrelsemöte 2021-09-02\n\n1. Inledning\n{sentence}\n2. Avslutning"
    assert meeting_of(text).online == online


def test_no_meeting_date_gives_null_date_and_a_warning() -> None:
    doc = minutes_from_text("Lite anteckningar utan datum\n\nVi pratade om läget.", "x.txt")
    meeting, warnings = extract_meeting(doc)
    assert meeting.date is None
    assert warnings and warnings[0].startswith("x.txt:")


def test_spans_of_header_fields_point_at_the_text() -> None:
    text = "Mötesanteckningar – Kommunalt forum\r\n\r\nDatum: 2020-03-06\r\nTid: 9.00-12.00\r\nPlats: Bolmen\r\n"
    meeting = meeting_of(text)
    expected = {"body": "Kommunalt forum", "date": "2020-03-06", "start": "9.00", "end": "12.00", "venue": "Bolmen"}
    for key, value in expected.items():
        a, b = meeting.spans[key]
        assert text[a:b] == value


# --- attendance -----------------------------------------------------------------------------


def names(people: tuple) -> list[str]:
    return [p.name for p in people]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "Organisation: Name (M), Name och Name"
        (("Närvarande:\n\nRegion Kronoberg: Mikael Johansson (M) och Sven Sunesson (C)\n\n"
         "Alvesta kommun: Thomas Haraldsson (C), Camilla Holmqvist\n\n1. Information"),
         ["Mikael Johansson", "Sven Sunesson", "Thomas Haraldsson", "Camilla Holmqvist"], []),
        # one per line with ", Organisation"
        (("Övriga deltagande:\n\nMax Hector, Länsstyrelsen i Kronobergs län\n\nThomas Ragnarsson (M), Region Kronoberg\n\n"
         "1. Information om Covid-19"),
         ["Max Hector", "Thomas Ragnarsson"], []),
        # tab rows "Org:<TAB>names", then a run-together "Övriga" row
        (("### Närvarande:\n\nRegion Kronoberg:\tAnna Fransson, Robert Olesen\nAlvesta:\tThomas Haraldsson\n"
         "Övriga:\tAnnika Magnerot, Region Kronoberg Christel Gustafsson, Region Kronoberg Lena Carlborg, "
         "Region Kronoberg\n\n### 1. Samverkan"),
         ["Anna Fransson", "Robert Olesen", "Thomas Haraldsson", "Annika Magnerot", "Christel Gustafsson",
          "Lena Carlborg"], []),
        # tab rows "Name<TAB>Org" under "Anmälda till ...", the signature after is not an attendee
        (("Anmälda till presidiekonferensen:\n\nAnders Björlin\tVästerviks kommun\nJacqueline Doohan\tMönsterås kommun\n\n"
         "Jan-Olof P. Jäghagen\tEmmaboda kommun\n\nAnn-Katrin Wilhelmsson\n\nTf samordnare Läns gemensam ledning\n\n"
         "lansgemensamledning@regionkalmar.se"),
         ["Anders Björlin", "Jacqueline Doohan", "Jan-Olof P. Jäghagen"], []),
        # roles "tf", "(ordförande)", "ersättare för X"; Frånvarande
        (("Närvarande: Gunilla Kaj-Bevheden, Alvesta\nRizana Mustedanagic tf, Växjö\n"
         "Annika Magnerot, Region Kronoberg (ordförande)\nCatrin Mård, ersättare för Lena Nazzal\n\n"
         "Frånvarande: Jenny Folkesson\nGreger Larsson, tf, Ljungby\n\n1. Incheckning"),
         ["Gunilla Kaj-Bevheden", "Rizana Mustedanagic", "Annika Magnerot", "Catrin Mård"],
         ["Jenny Folkesson", "Greger Larsson", "Lena Nazzal"]),
        # Kallade vs Närvarande: called but not present is absent
        (("## Kallade\n\n- Victor Lells\n- Erik Mattfolk\n- Edvard Thörnros\n\n## Närvarande\n\n- Victor Lells\n"
         "- Erik Mattfolk\n\n## Mötets öppnande 12:15"),
         ["Victor Lells", "Erik Mattfolk"], ["Edvard Thörnros"]),
        # Kallade and Frånvarande: the others were there
        ("Kallade:\nAnna Ek\nBo Berg\nCia Holm\n\nFrånvarande:\nBo Berg\n\n1. Öppnande",
         ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # roles as attendees
        (("## Kallade\n\n- Kassör\n- Revisor\n- PR (Probation)\n\n## Närvarande\n\n- Kassör\n- PR (Probation)\n\n"
         "## Mötets öppnande"),
         ["Kassör", "PR (Probation)"], ["Revisor"]),
        # Markdown bullets with "*"
        ("## Närvarande\n\n* Leif Johansson\n* Fresia Pérez\n* Dragoljub Nešić\n\n## Anteckningar\n\n* Martin gick igenom.",
         ["Leif Johansson", "Fresia Pérez", "Dragoljub Nešić"], []),
        # "Anmält förhinder" and "Adjungerade" in a flattened one-line header
        (("PROTOKOLL BRÅ Sammanträdesdag 2015-02-17 Tid: 9:00 – 11.15 Plats: Stora sammanträdesrummet "
         "Närvarande Ulf Sjösten, förste vice ordförande SDN Öster. t.o.m. punkt 5 Gülsen Özdenkos, områdeschef skola "
         "Micael Johansson, AB Bostäder Karin Redberg, nämndsekreterare Anmält förhinder Henry Linnsén, Södra "
         "Älvsborgs Räddningstjänstförbund Ida Legnemark, ordförande SDN Öster Göran Carlsson, tf stadsdelschef "
         "Adjungerade Marika Andersson, rektor Bodaskolan, t.o.m. punkt 4 1. Mötets öppnande"),
         ["Ulf Sjösten", "Gülsen Özdenkos", "Micael Johansson", "Karin Redberg", "Marika Andersson"],
         ["Henry Linnsén", "Ida Legnemark", "Göran Carlsson"]),
        # lower-case parties and roles after commas
        (("Ordinarie ledamöter\nIngalill Jonsson, (m), ordförande\nMargareta Gustavsson, (s)\n"
         "Ellinor Petersson, (kd), tjänstgörande ersättare\nErsättare\nÖvriga deltagare\n"
         "Monica Samuelsson, sekreterare\nHarriet Hedlund,(s), nämnden för folkhälsa och primärvård\n"
         "Minnesanteckningar\n1. Mötets öppnande"),
         ["Ingalill Jonsson", "Margareta Gustavsson", "Ellinor Petersson", "Monica Samuelsson", "Harriet Hedlund"],
         []),
        # LaTeX attendance table with Ja / Nej, and a members' list
        (("\\begin{document}\n\\textbf{Styrelsemedlemmar:}\n\\begin{närvarande_förtroendevalda}\n"
         "    \\förtroendevald{Ordförande}{Samuel Hammersberg}{Ja}\n"
         "    \\förtroendevald{Kassör}{Lukas Gartman}{Ja, på länk}\n"
         "    \\förtroendevald{Sekreterare}{Gustav Dalemo}{Nej}\n\\end{närvarande_förtroendevalda}\n\n"
         "\\begin{närvarande_medlemmar}\n    \\medlem{Alva Johansson}\n\\end{närvarande_medlemmar}\n"
         "\\section{Öppnande av möte}\n"),
         ["Samuel Hammersberg", "Lukas Gartman", "Alva Johansson"], ["Gustav Dalemo"]),
        # a table of X marks and "anmält förhinder"
        (("Ledamöter Närvarande\nHanna Roberts X, mötesordförande § 94 - § 106\nChristian Gräslund X\n"
         "David Langlet anmält förhinder\nSuppleanter\nCarina Gröschner X\n§ 94 Mötet öppnas"),
         ["Hanna Roberts", "Christian Gräslund", "Carina Gröschner"], ["David Langlet"]),
        # tab-separated table with a mark column
        ("Närvarande:\nNamn\tParti\tNärvaro\nAnna Andersson\tS\tX\nBo Berg\tM\tNej\n\n1. Öppnande",
         ["Anna Andersson"], ["Bo Berg"]),
        # "Efternamn, Förnamn"
        ("Närvarande:\nLavesson, Olof\nSvensson, Anna\nÖberg, Karl-Erik\n\n§ 1 Mötets öppnande",
         ["Olof Lavesson", "Anna Svensson", "Karl-Erik Öberg"], []),
        ("Närvarande:\nLavesson, Olof (M)\nSvensson, Anna (S), ordförande\n\n§ 1 Upprop", ["Olof Lavesson", "Anna Svensson"], []),
        # "Beslutande" with "ersätter"
        (("Beslutande\nHans Lindgren (s), ordförande\nMagnus Forsberg (L) ersätter Per Olofsson (c)\n"
         "Övriga deltagande\nEva Marklund, sekreterare\nUtses att justera\nElisabeth Tängdén\n§ 83 Information"),
         ["Hans Lindgren", "Magnus Forsberg", "Eva Marklund"], ["Per Olofsson"]),
        # semicolon lists, "Ej närvarande"
        ("Närvarande: Anna Ek (S), ordförande; Bo Ström (M); Cecilia Ahl (C)\nEj närvarande: Dan Berg (V)\n\n1. Upprop",
         ["Anna Ek", "Bo Ström", "Cecilia Ahl"], ["Dan Berg"]),
        # "Närvaro" with notes in parentheses, list ends at the next heading
        (("Närvaro\nJohannes Öhlin (lämnade mötet efter punkt 9)\nPontus Lindblom\nVal av mötesordförande\n"
         "Pontus Lindblom valdes till mötesordförande."),
         ["Johannes Öhlin", "Pontus Lindblom"], []),
        # no lists: the elected functionaries
        (("Styrelsemöte 2016-04-17\n\n 1. Mötets öppnas 18:06\n 3. Val av mötesordförande\n"
         "  Styrelsen väljer Ailue som mötesordförande.\n 4. Val av mötessekreterare\n"
         "  Styrelsen väljer Foxears som mötessektreterare.\n 5. Val av justerare\n"
         "  Styrelsen väljer Emmis och Kotte som justerare.\n"),
         ["Ailue", "Foxears", "Emmis", "Kotte"], []),
        # no lists: "X, Y och Z är närvarande"
        ("Styrelsemöte 2016-05-15\n 3. Adjungerande\n  Emmis, Foxears och Kotte är närvarande.\n",
         ["Emmis", "Foxears", "Kotte"], []),
        # a name listed both present and absent stays in both
        ("Närvarande: Annika Fröberg, Lessebo\nJenny Smedberg, Älmhult\n\nFrånvarande: Annika Fröberg\n\n1. Avtackning",
         ["Annika Fröberg", "Jenny Smedberg"], ["Annika Fröberg"]),
        # several names on one line, nicknames
        ("Styrelsemöte\n\nDeltagare: Lars Agrell, Herbert Sandström, Johan Hambraeus\n\nUnder mötet diskuterades.",
         ["Lars Agrell", "Herbert Sandström", "Johan Hambraeus"], []),
        ("Protokoll från plenummöte 2022-04-09\n\nNärvarande medlemmar: bjarni, davidk, vol, zeltophil\n\n1. Minikonferens",
         ["bjarni", "davidk", "vol", "zeltophil"], []),
        ("Närvarande: se bilaga\n\n1. Mötets öppnande", [], []),
        # organisations in parentheses, "Frånvarande: Ingen"
        ("Närvarande: Anna Ek (Växjö), Bo Berg (Alvesta), Cia Holm (Region Kronoberg)\nFrånvarande: Ingen\n\n1. Öppnande",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        # members and substitutes, "Frånvarande: -"
        (("Närvarande ledamöter:\nAnna Ek (S), ordförande\nBo Berg (M)\n\nNärvarande ersättare:\nCecilia Dahl (C)\n\n"
         "Frånvarande: -\n\n§ 1 Upprop"),
         ["Anna Ek", "Bo Berg", "Cecilia Dahl"], []),
        # a municipal protokoll front page
        (
            ("SAMMANTRÄDESPROTOKOLL\nSida\n1(25)\nSammanträdesdatum\n2019-03-12\nKommunstyrelsen\n\nPlats och tid\n"
            "Kommunhuset, Sessionssalen, kl. 13.00–16.15\n\nBeslutande\nLedamöter\nAnna Andersson (S), ordförande\n"
            "Bo Bengtsson (M)\nTjänstgörande ersättare\nCecilia Carlsson (C) ersätter David Dahl (KD)\n\n"
            "Ej tjänstgörande ersättare\nGustav Grön (V)\n\nÖvriga närvarande\nErik Ek, kommundirektör\n"
            "Frida Falk, sekreterare\n\nJusterare\nBo Bengtsson (M)\n\nUnderskrifter\nSekreterare\nFrida Falk\n"
            "Paragrafer\n§§ 12–30\n\n§ 12 Val av justerare"),
            ["Anna Andersson", "Bo Bengtsson", "Cecilia Carlsson", "Gustav Grön", "Erik Ek", "Frida Falk"], ["David Dahl"],
        ),
        # attendance as a numbered agenda item
        (("Protokoll styrelsemöte 2023-02-01\n\n1. Mötets öppnande\n2. Närvarande\nAnna Ek, Bo Berg, Cia Holm\n"
         "3. Val av justerare\nBo Berg valdes."),
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        # a Markdown table with a mark column: an unmarked row was not there
        (("# Protokoll styrelsemöte 2023-04-02\n\n| Namn | Roll | Närvarande |\n|------|------|:---:|\n"
         "| Anna Ek | Ordförande | X |\n| Bo Berg | Kassör |  |\n| Cia Holm | Sekreterare | X |\n\n## 1. Öppnande"),
         ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # "Efternamn, Förnamn" separated by semicolons; "Name – Organisation"
        ("Närvarande: Lavesson, Olof; Svensson, Anna\nÖvriga: Cia Holm – Växjö kommun\n\n1. Öppnande",
         ["Olof Lavesson", "Anna Svensson", "Cia Holm"], []),
        # functionaries in the header when there is no attendance list
        (("Protokoll årsmöte 2023-03-12\nOrdförande: Anna Ek\nSekreterare: Bo Berg\nJusterare: Cia Holm och Dan Ek\n\n"
         "1. Öppnande\nOrdförande: ____"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Ek"], []),
        # columns of a PDF as runs of spaces
        ("Närvarande:\nAnna Ek         Växjö kommun\nBo Berg         Alvesta kommun\n\n1. Öppnande",
         ["Anna Ek", "Bo Berg"], []),
        # a count after the label
        ("Närvarande (3 st): Anna Ek, Bo Berg, Cia Holm\nFrånvarande (1): Dan Ek\n\n1. Öppnande",
         ["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Ek"]),
        # two names sharing an organisation; an organisation with "och"
        ("Närvarande:\nAnna Ek och Bo Berg, Växjö kommun\nCia Holm, Vård och omsorg\n\n1. Öppnande",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        # a wrapped line inside a list
        (("Övriga deltagare\nMonica Samuelsson, sekreterare\nHarriet Hedlund,(s), nämnden för folkhälsa och\n"
         "primärvård\nGun Mikaelsson, verksamhetschef\n1. Mötets öppnande"),
         ["Monica Samuelsson", "Harriet Hedlund", "Gun Mikaelsson"], []),
        # a run-on comma list whose line break falls inside a name
        (("Närvarande: Ingrid Jönsson, Orvar Jönsson, Bo Göransson, Magnus\n"
          "Forsberg, Ylva Åkesson och Barbro Jönsson Åslund.\n1\nÖPPNANDE AV MÖTET"),
         ["Ingrid Jönsson", "Orvar Jönsson", "Bo Göransson", "Magnus Forsberg", "Ylva Åkesson",
          "Barbro Jönsson Åslund"], []),
        # one person a line with organisation after the comma: lines are not joined
        ("Närvarande:\nAnna Ek, sekreterare, Växjö\nBo Berg, Ljungby\n\n1. Öppnande", ["Anna Ek", "Bo Berg"], []),
        # an agenda item "Övriga frågor" is not a list label
        ("Närvarande: Anna Ek, Växjö\n\n1. Övriga frågor\nInga övriga frågor.", ["Anna Ek"], []),
    ],
)
def test_attendance(text: str, present: list[str], absent: list[str]) -> None:
    meeting = meeting_of(text)
    assert names(meeting.present) == present
    assert names(meeting.absent) == absent


@pytest.mark.parametrize(
    ("line", "organisation", "party", "role"),
    [
        ("Närvarande: Annika Magnerot, Region Kronoberg (ordförande)", "Region Kronoberg", None, "ordförande"),
        ("Närvarande: Rizana Mustedanagic tf, Växjö", "Växjö", None, "tf"),
        ("Närvarande: Catrin Mård, ersättare för Lena Nazzal", None, None, "ersättare för Lena Nazzal"),
        ("Närvarande: Thomas Ragnarsson (M), Region Kronoberg", "Region Kronoberg", "M", None),
        ("Närvarande: Ingalill Jonsson, (m), ordförande", None, "M", "ordförande"),
        ("Närvarande:\nAlvesta kommun: Thomas Haraldsson (C)", "Alvesta kommun", "C", None),
        ("Närvarande:\nAnders Björlin\tVästerviks kommun", "Västerviks kommun", None, None),
    ],
)
def test_attendee_details(line: str, organisation: str | None, party: str | None, role: str | None) -> None:
    person = meeting_of(line + "\n\n1. Öppnande").present[0]
    assert (person.organisation, person.party, person.role) == (organisation, party, role)


def test_attendee_spans_point_at_names() -> None:
    text = "Närvarande:\r\n\r\nRegion Kronoberg: Mikael Johansson (M) och Sven Sunesson (C)\r\n\r\n1. Information"
    meeting = meeting_of(text)
    for person in meeting.present:
        assert person.span is not None
        assert text[person.span[0]:person.span[1]] == person.name


# --- stored web copies ("Transkript" pages: the whole header on one line) -----------------

TRANSCRIPT_UMEA = (
    "Minnesanteckningar Regionrådsmöte Umeåregionen\n\nTranskript\n\n"
    "1 Bjurholm Nordmaling Minnesanteckningar Regionrådsmöte Umeåregionen Dag tisdagen den 12 juni 2012 "
    "Tid lunch 12-13, hotell forsen, Vindeln möte 13-17, Vindelns kommunkontor, KS sammanträdesrum "
    "Närvarande Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm Ulla-Maj Andersson, Nordmaling "
    "Lisa Andersson Lindberg, Umeåregionens kansli Maria Lundström, Umeåregionens kansli Sida 1 av 8\n\n"
    "2 Minnesanteckningar Mötet öppnas Mötet öppnades av ordförande Johan Söderling.\n"
)


def test_transcript_header_on_one_line_without_colons() -> None:
    meeting = meeting_of(TRANSCRIPT_UMEA)
    assert (meeting.date, meeting.start, meeting.end, meeting.venue) == (
        "2012-06-12", "13:00", "17:00", "Vindelns kommunkontor, KS sammanträdesrum")
    assert [(p.name, p.organisation) for p in meeting.present] == [
        ("Ingemar Nyman", "Bjurholm"), ("Dagmar Schröder", "Bjurholm"), ("Ulla-Maj Andersson", "Nordmaling"),
        ("Lisa Andersson Lindberg", "Umeåregionens kansli"), ("Maria Lundström", "Umeåregionens kansli")]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # labels without colon, split only where a value of their kind follows
        (("Transkript\n\n1 Protokoll Sektionen Nr Datum: Plats: Augusti Söndag 10:00 Måndag 13:00 Scandic Elmia, "
          "Jönköping Deltagare: Margareta Lindfors Håkan Svensson Peter Isgren ordf sekr Jörgen Hafström "
          "(sön 15:00-17:00) 1. Mötets öppnande Ordföranden öppnar mötet.\n"),
         {"body": "Sektionen", "start": "10:00", "end": "13:00", "venue": "Scandic Elmia, Jönköping"}),
        # a page number of the protocol ("34") before the labels is no agenda item
        (("Transkript\n\n1 34 Organ: Primärkommunala nämnden Plats och tid: Regionförbundet, Kalmar Torsdagen den 11 "
          "september 2008 Övriga deltagare: Cecilia Nilsson Eva-Marie Hansson Utses att justera: Peter Wretlund "
          "Paragrafer: 31-40\n\n2 35 31 TEMA: Folkhälsa\n"),
         {"date": "2008-09-11"}),
        ("SG minnesanteckningar 140504\n\nNärvarande: Jörgen, Markus, Eva-Lotta.\n1. Mötet öppnades.",
         {"body": "SG", "date": "2014-05-04"}),
        ("Protokoll Styrelsen 950925\n\n1. Mötets öppnande", {"date": "1995-09-25"}),
        # a time value naming several sessions: the meeting's own, and its place
        ("Minnesanteckningar Rådet\nDatum: 2012-06-12\nTid: lunch 12.00-13.00 möte 13.00-16.30, Stadshuset, sal 2\n",
         {"start": "13:00", "end": "16:30", "venue": "Stadshuset, sal 2"}),
        ("Minnesanteckningar Rådet\nDatum: 2012-06-12\nTid: 13.00-16.30, lunch 12.00\nPlats: Stadshuset\n",
         {"start": "13:00", "end": "16:30", "venue": "Stadshuset"}),
    ],
)
def test_flattened_header_fields(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


def test_sentence_opening_with_a_label_word_is_not_split() -> None:
    text = ("Minnesanteckningar Rådet 2012-06-12 " + "Mötet diskuterade frågan länge och väl. " * 3
            + "Tid för nästa möte 13-17 bestäms senare. Plats Kommunhuset bokas.\n")
    meeting = meeting_of(text)
    assert (meeting.start, meeting.venue) == (None, None)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # lower-case roles after the name, with or without a dash
        (("Närvarande: Kerstin- internetansvarig, Sten – ekonomiansvarig, Tiina- vice litteraturansvarig\n"
          "Ej närvarande: Angelica mailansvarig, Tor-telefonansvarig, Jörgen – vice ekonomiansvarig\n1. Öppnande"),
         ["Kerstin", "Sten", "Tiina"], ["Angelica", "Tor", "Jörgen"]),
        # a role list: "Game Jam-ansvarig" is one role word, not a name and a role
        ("## Närvarande\n\n- Kassör\n- Game Jam-ansvarig\n\n## Mötets öppnande\n", ["Kassör", "Game Jam-ansvarig"], []),
        # names run together by a flattened column: pairs, only when the run splits evenly
        (("Transkript\n\n1 Protokoll Sektionen Deltagare: Margareta Lindfors Håkan Svensson Peter Isgren ordf sekr "
         "Jörgen Hafström (sön 15:00-17:00) Per Westling 1. Mötets öppnande Mötet öppnades av ordföranden. "
         "Dagordningen godkändes.\n"),
         ["Margareta Lindfors", "Håkan Svensson", "Peter Isgren", "Jörgen Hafström", "Per Westling"], []),
        # an odd run splits where the known given names begin (words.GIVEN_NAMES); unknown ones are not guessed
        ("Deltagare: Anna Berg Lisa Andersson Lindberg Per Ek\n\n1. Öppnande",
         ["Anna Berg", "Lisa Andersson Lindberg", "Per Ek"], []),
        ("Deltagare: Xera Berg Qwyn Andersson Lindberg Zork Ek\n\n1. Öppnande", [], []),
    ],
)
def test_attendance_of_other_layouts(text: str, present: list[str], absent: list[str]) -> None:
    meeting = meeting_of(text)
    assert names(meeting.present) == present
    assert names(meeting.absent) == absent


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Närvarande: Kerstin- internetansvarig", "internetansvarig"),
        ("Närvarande: Sten – vice ekonomiansvarig", "vice ekonomiansvarig"),
        ("Närvarande: Angelica mailansvarig", "mailansvarig"),
        ("Närvarande: Tor-telefonansvarig", "telefonansvarig"),
        ("Närvarande: Anna Ek ordförande", "ordförande"),
    ],
)
def test_role_written_after_the_name(line: str, role: str) -> None:
    assert meeting_of(line + "\n\n1. Öppnande").present[0].role == role


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Datum: 2020-03-06", True),
        ("Fredag den 1 oktober 2021", True),
        ("Nästa möte den 8 maj", True),
        ("i mars 2018", True),
        ("Styrelsemöte 4 feb", True),
        ("Semester till 12/5", True),
        ("SG minnesanteckningar 140504", True),
        ("1.10.2021", True),
        ("Vi pratade om hemsidan och om budgeten.", False),
        ("Budget för 2021", False),
        ("Information om maj och juni", False),
        ("Tid: 9.00-12.00, 85 %, 19-25 år", False),
    ],
)
def test_has_date(text: str, dated: bool) -> None:
    assert has_date(text) is dated


@pytest.mark.parametrize(
    "text", ["Datum: Plats: Augusti Söndag 10:00 Måndag 13:00", "Söndag den 4", "Nästa möte tisdag kl. 18.00"])
def test_has_date_in_the_cells_of_a_stored_copy(text: str) -> None:
    assert has_date(text)


MARK_TABLE = (
    "Möte med sektionens styrelse den 19-20 sept. 1992Ledamöter Närvarande\n\n"
    "Rigmor Argren X\nMagnus Brattgård § 44-58, 66-74\nMagnus Breidne § 66-74\nSiv Erikson anmält förhinder\n"
    "Jesper Hansén X\n\nSuppleanter\nJan Odqvist §§ 73\nMadelaine Seidlitz anmält förhinder\n\nSekretariatet\n"
    "Lise Bergh X\nÖvriga\nGöran Svedin sekreterare\n\n§44 Val av justerare\n"
)


def test_mark_table_under_a_label_glued_to_the_title() -> None:
    meeting = meeting_of(MARK_TABLE)
    assert names(meeting.present) == ["Rigmor Argren", "Magnus Brattgård", "Magnus Breidne", "Jesper Hansén",
                                      "Jan Odqvist", "Lise Bergh", "Göran Svedin"]
    assert names(meeting.absent) == ["Siv Erikson", "Madelaine Seidlitz"]
    assert meeting.present[-1].role == "sekreterare"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Möte med sektionens styrelse den 19-20 sept. 1992Ledamöter Närvarande", "present"),
        ("Protokoll 2007-12-01Närvarande", "present"),
        ("Protokoll 2007-12-01 Ledamöter Frånvarande", "absent"),
        ("Alla ledamöter var närvarande", None),
        ("Mötet hölls i Stora Salen", None),
        ("Sammanträde 2019-03-12 Tjänstgörande Ersättare", None),
    ],
)
def test_trailing_label(line: str, label: str | None) -> None:
    found = trailing_label(line)
    assert (found[0].value if found else None) == label


# --- municipal front pages: a label column without colons, a NÄRVAROLISTA with party and X ---

FRONT_PAGE_NO_COLONS = (
    "BSN 040322\n\nPlats och tid Barn- och skolnämndens förvaltningskontor\n"
    "Stockholmsvägen 18, Norrtälje kl 09.00-12.00, 14.30-16.30\n\n"
    "Beslutande Se förteckning Övriga deltagande Gösta Högberg, förvaltningschef\n"
    "Britt-Marie Hedlund, administrativ chef\n\nUtses att justera Olle Jansson\n\n"
    "Justeringens\nplats och tid Förvaltningskontoret 2004-03-29\n\n"
    "Organ Barn- och skolnämnden\n\nSammanträdesdatum 2004-03-22\n\n"
    "NÄRVAROLISTA\n\nNAMN PARTI NÄRVARO TID VOTERING\nJa Nej Ja Nej\n\nLEDAMÖTER\n\n"
    "Lotta Lindblad-Söderman m x\nNils Matsson, ordf m x\nCatharina Famer Erdtman s x Kl. 09.00-09.45; 10.30-12.00\n"
    "Patrik Dahl c\nOlle Jansson s x\n\nERSÄTTARE\n\nMai Helsing-Ohlsson c x Tjg 19-32\n"
    "Hanna Stymne-Bratt s x Tjg § 19-26\n\nNärvaro totalt N F Votering totalt Ja\nNej\nAvstår\n\n"
    "INNEHÅLLSFÖRTECKNING\n\n§ 19 Val av justerare\n"
)


def test_front_page_without_colons() -> None:
    meeting = meeting_of(FRONT_PAGE_NO_COLONS)
    assert (meeting.body, meeting.date, meeting.start, meeting.end, meeting.venue) == (
        "Barn- och skolnämnden", "2004-03-22", "09:00", "16:30",
        "Barn- och skolnämndens förvaltningskontor, Stockholmsvägen 18, Norrtälje")
    assert names(meeting.present) == [
        "Gösta Högberg", "Britt-Marie Hedlund", "Lotta Lindblad-Söderman", "Nils Matsson", "Catharina Famer Erdtman",
        "Patrik Dahl", "Olle Jansson", "Mai Helsing-Ohlsson", "Hanna Stymne-Bratt"]
    assert names(meeting.absent) == []
    parties = {p.name: p.party for p in meeting.present}
    assert (parties["Lotta Lindblad-Söderman"], parties["Nils Matsson"], parties["Mai Helsing-Ohlsson"]) == ("M", "M", "C")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (("UN060502\nPlats och tid Hotell- och restaurangprogrammet, Stockholmsvägen 55, Norrtälje, kl\n15.00-16.00\n"
         "Beslutande Se närvarolista\n\nProgram:\nKl. 08.30-09.00 Kaffe och smörgås\nKl. 12.00-13.00 Lunch\n\n"
         "Organ Utbildningsnämnden\nSammanträdesdatum 2006-05-02\n"),
         {"body": "Utbildningsnämnden", "date": "2006-05-02", "start": "15:00", "end": "16:00",
          "venue": "Hotell- och restaurangprogrammet, Stockholmsvägen 55, Norrtälje"}),
        ("Protokoll\nKommunstyrelsen\nSammanträdesdatum 2019-03-12\nPlats och tid Kommunhuset, kl 13.00-15.00, 15.30-17.00\n",
         {"body": "Kommunstyrelsen", "start": "13:00", "end": "17:00", "venue": "Kommunhuset"}),
        ("Protokoll\nKommunstyrelsen\nSammanträdesdatum 2019-03-12\nPlats och tid Kommunhuset, kl 13.00-15.00, 12.00-12.30 lunch\n",
         {"end": "15:00"}),
        # a title that names the body keeps it, whatever the posting block says
        ("Protokoll Socialnämnden\nDatum: 2019-03-12\nOrgan Socialnämndens arbetsutskott\n", {"body": "Socialnämnden"}),
    ],
)
def test_front_page_fields_without_colons(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("NAMN PARTI NÄRVARO TID VOTERING", True),
        ("Ja Nej Ja Nej", True),
        ("Namn Parti Närvaro Kl. 09.00-12.00", True),
        ("Nils Matsson m x", False),
        ("Anna Ek, Växjö", False),
    ],
)
def test_heading_rows(line: str, heading: bool) -> None:
    assert is_heading_row(line) is heading


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Presidiemöte 2004-01-27\n\nNärvarande: Anna Ek\n", {"body": "Presidiet"}),
        ("Presidiemöte 2/9\n\n2008-09-06\n", {"body": "Presidiet"}),
        ("221003 Sammanfattning av styrelsens möte\n\nVid mötet diskuterade styrelsen förslag.\n",
         {"body": "Styrelsen", "date": "2022-10-03"}),
        ("Styrelsens lunchmöte 950925\n\n1. Öppnande\n", {"body": "Styrelsen", "date": "1995-09-25"}),
        (("PROTOKOLL. Förbundsstyrelsen för Regionförbundet Örebro län. Förbundsstyrelsen NetCity, Örebro\n"
         "Datum: 2006-06-01\n"), {"body": "Förbundsstyrelsen för Regionförbundet Örebro län"}),
        ("Hon kom, körde med oss och försvann!\n\nPresidiemöte 2000-03-31\n", {"body": "Presidiet"}),
        ("Tre (3) månader för att justera ett protokoll. Är det ok?\n\nDatum: 090603\n\n§ 1 Öppnande\n",
         {"body": None, "date": "2009-06-03"}),
        ("Save this PDF as:\n\nProtokoll Kulturrådet 2012-04-21\n", {"body": "Kulturrådet"}),
        (("Protokoll fört vid Sveriges Filatelistförbunds kongress i Borås april 2012\n"
         "Download \"Protokoll kongress i Borås 21 22 april 2012\"\nPlats: Folkets Hus i Borås Lördagen den 21 april\n"),
         {"date": "2012-04-21", "venue": "Folkets Hus i Borås"}),
        # time and place said in the opening and closing paragraphs
        (("Datum: 090603\n\n§ 1 Sammanträdet, som äger rum i Finansdepartementets lokal Stora Björn i Stockholm, öppnas.\n"
         "§ 2 Delegationen diskuterar arbetsformer.\n§ 3 Sammanträdet, som pågick kl. 13.00 – 15.00, förklaras avslutat.\n"),
         {"start": "13:00", "end": "15:00", "venue": "Finansdepartementets lokal Stora Björn i Stockholm"}),
        ("Presidiemöte 2000-03-31\n\nIdag fredagen sista mars var det Presidiemöte på ICL i Kista. Vi åt lunch.\n",
         {"venue": "ICL i Kista"}),
        ("Styrelsemöte 2000-03-31\n\nMötet ägde rum via Zoom.\n", {"venue": None, "online": "Zoom"}),
    ],
)
def test_titles_and_sentences_of_unseen_minutes(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "Name ORG" run together: the acronym closes each entry; "ersätter X" makes X absent
        (("Transkript\n1 Protokoll samråd den 19 september 2018 Plats: Aulan, Uddevalla Närvarande "
          "Ledamöter: Hasse Karlsson PRO Britta Rydberg PRO ersätter Hasse Johansson Lars-Ove Petersson RPG "
          "Marianne Munther RPG ersätter Gunilla Bratt FAS Elsie Tyreman SPF Övriga Agneta Eriksson, enhet folkhälsa "
          "Ben Norman, nämndsekreterare\n2 Underskrifter\n"),
         ["Hasse Karlsson", "Britta Rydberg", "Lars-Ove Petersson", "Marianne Munther", "Elsie Tyreman",
          "Agneta Eriksson", "Ben Norman"],
         ["Hasse Johansson", "Gunilla Bratt"]),
        # "Närvaro" in a flattened paragraph, notes in parentheses, a paragraph break of spaces ends the list
        (("Protokoll från styrelsemötet 4 september\n\nMötets öppnande Mötet förklarades öppnat. Närvaro Johannes "
          "Öhlin (lämnade mötet efter punkt 9) Pontus Lindblom Anton Nordenfur Ulrika Englund (utan rösträtt, med "
          "yttranderätt) Linda Fryland (utan rösträtt, med yttranderätt)   Val av mötesfunktionärer Val av "
          "mötesordförande Anton Nordenfur valdes enhälligt till mötesordförande.\n"),
         ["Johannes Öhlin", "Pontus Lindblom", "Anton Nordenfur", "Ulrika Englund", "Linda Fryland"], []),
        # parties are no acronym organisations
        ("Närvarande: Anna Ek S Bo Berg M Cia Holm C\n\n1. Öppnande", [], []),
    ],
)
def test_run_together_lists(text: str, present: list[str], absent: list[str]) -> None:
    meeting = meeting_of(text)
    assert names(meeting.present) == present
    assert names(meeting.absent) == absent


def test_acronym_entries_keep_organisation_and_substitute() -> None:
    meeting = meeting_of("Närvarande: Hasse Karlsson PRO Britta Rydberg PRO ersätter Hasse Johansson Eva Wenäll SPF\n\n"
                         "1. Öppnande")
    assert [(p.name, p.organisation, p.role) for p in meeting.present] == [
        ("Hasse Karlsson", "PRO", None), ("Britta Rydberg", "PRO", "ersättare för Hasse Johansson"),
        ("Eva Wenäll", "SPF", None)]
    assert names(meeting.absent) == ["Hasse Johansson"]  # called but replaced: absent


def test_flattened_list_with_substitutes_and_particles() -> None:
    text = ("Protokoll 2019-02-26\nÖvriga närvarande Lise Hjemgaard Svensson, M, Vård- och omsorgsnämnden "
            "Gertrud Nygren, PRO Marit Borg, SPF, tjänstgörande för Margareta Halvarsson Margaretha Mooe Helleren, SPF "
            "Eivor Hagström, SKPF, tjänstgörande för Christina Bondelid Britt Wikman, SKPF Björn von Essen, SPF "
            "Per-Håkan Högmark, SKPF\n\n1. Öppnande\n")
    meeting = meeting_of(text)
    assert names(meeting.present) == [
        "Lise Hjemgaard Svensson", "Gertrud Nygren", "Marit Borg", "Margaretha Mooe Helleren", "Eivor Hagström",
        "Britt Wikman", "Björn von Essen", "Per-Håkan Högmark"]
    roles = {p.name: p.role for p in meeting.present}
    assert roles["Marit Borg"] == "ersättare för Margareta Halvarsson"
    assert names(meeting.absent) == ["Margareta Halvarsson", "Christina Bondelid"]  # the members replaced


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Storlek: px\nSave this PDF as:\n WORD  PNG  TXT  JPG\nProtokoll från styrelsemöte nr. 1 Reykjavik, "
         "7-9 februari 2009\n"), "Styrelsen"),
        ("User Tools\n\nSite Tools\n\nplenum:plenum-2022-04-09\n\nProtokoll från plenummöte 2022-04-09\n", "Plenum"),
        (("Kommunala pensionärsrådet protokoll Kl. 13:00 16:00. Konferensrum 1, Krondikesvägen 60\n\n"
         "Plats och tid Konferensrum 1, den 26 februari 2019 kl. 13:00-16:00\n"), "Kommunala pensionärsrådet"),
        ("PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2008\n\nDatum: 2008-09-16\n",
         "Föreningen nordens styrelse"),
    ],
)
def test_body_of_stored_web_copies(text: str, body: str) -> None:
    assert meeting_of(text).body == body


def test_names_with_letters_beyond_swedish() -> None:
    meeting = meeting_of("Närvarande Annika Sillander, ordförande Ingerid Straume, styrelsemedlem Ágúst Þór Árnason, "
                         "styrelsemedlem Gunnel Östlund, styrelsemedlem\n\n1. Öppnande\n")
    assert "Ágúst Þór Árnason" in names(meeting.present)


def test_flattened_list_with_initials() -> None:
    meeting = meeting_of("Närvarande ledamöter: Jan-Olof Hedström, Luleå Carsten Jensen, Göteborg P O Lindencrona, "
                         "Karlskrona Eva Smekal, Stockholm Per-Olof Widell, Uppsala\n\n1. Öppnande\n")
    assert [(p.name, p.organisation) for p in meeting.present] == [
        ("Jan-Olof Hedström", "Luleå"), ("Carsten Jensen", "Göteborg"), ("P O Lindencrona", "Karlskrona"),
        ("Eva Smekal", "Stockholm"), ("Per-Olof Widell", "Uppsala")]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Beslutande: Net City, Örebro Torsdag den 1 juni 2006 13:00 12:00 Mårten Blomquist (s)", "Net City, Örebro"),
        (("ande: Regionförbundets Primärkommunala nämnd Regionförbundet, Nygatan 34, Kalmar Torsdagen den 11 september "
         "2008 kl Roland Åkesson, ordf"), "Regionförbundet, Nygatan 34, Kalmar"),
        ("Beslutande: Anna Ek, Bo Berg", None),
        ("Beslutande: Stadshuset den 1 juni 2006", None),
    ],
)
def test_venue_after_a_label_column(text: str, venue: str | None) -> None:
    found = venue_after_labels(text)
    assert (found.value if found else None) == venue
    if found:
        assert text[found.start:found.end] == found.value


def test_label_column_before_values_in_a_flattened_front_page() -> None:
    text = ("Transkript\n\n1 34 Organ: Plats och tid: ande: Regionförbundets Primärkommunala nämnd Regionförbundet, "
            "Nygatan 34, Kalmar Torsdagen den 11 september 2008 kl Roland Åkesson, ordf Övriga deltagare: Cecilia "
            "Nilsson Eva-Marie Hansson Utses att justera: Peter Wretlund Paragrafer: 31-40\n\n2 35 31 TEMA: Folkhälsa\n")
    meeting = meeting_of(text)
    assert (meeting.date, meeting.venue) == ("2008-09-11", "Regionförbundet, Nygatan 34, Kalmar")


def test_name_with_organisation_in_parentheses_run_together() -> None:
    meeting = meeting_of("NÄRVARANDE\nKommunernas ledamöter Jan-Erik Wallin(Skaraborg), 1:e vice ordförande Göran "
                         "Johansson(Göteborgsregionen), 3:e vice ordförande Åke Jönsson (Skaraborg) Ulf Eriksson(Skaraborg) "
                         "Jan Hallberg (Göteborgsregionen)\n\n1. Öppnande\n")
    assert [(p.name, p.organisation, p.role) for p in meeting.present] == [
        ("Jan-Erik Wallin", "Skaraborg", "1:e vice ordförande"), ("Göran Johansson", "Göteborgsregionen", "3:e vice ordförande"),
        ("Åke Jönsson", "Skaraborg", None), ("Ulf Eriksson", "Skaraborg", None), ("Jan Hallberg", "Göteborgsregionen", None)]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Presidiemöte 2/9\n\n2008-09-06\n\nNärvarande: Anna Ek\n", {"date": "2008-09-02", "body": "Presidiet"}),
        (("This is an HTML version of an attachment to the Freedom of Information request 'Mötesprotokoller "
          "dagarna 9-13 mars 2020'.\n\nMinnesanteckningar från enhetsmöte LL-HS\n2020-03-12\n"),
         {"date": "2020-03-12"}),
        ("REGIONUTVECKLING Kl\n\nStorlek: px\n\nDatum: 2007-04-10\n", {"body": "Regionutveckling"}),
    ],
)
def test_dates_and_bodies_of_web_copies(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


def test_a_label_run_into_a_name_is_cut() -> None:
    meeting = meeting_of("Närvarande:\nBo Trygg (s)\nLennart Pettersson Insynsplats:\nBörje Engholm (mp) Sekreterare:\n\n"
                         "1. Öppnande\n")
    assert names(meeting.present) == ["Bo Trygg", "Lennart Pettersson", "Börje Engholm"]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Protokoll från förbundsstyrelsens sammanträde Fredag 26 maj 2000, kl 08.30-11.30 Hotel Strandbaden, Falkenberg\n",
         {"body": "Förbundsstyrelsen", "date": "2000-05-26", "start": "08:30", "end": "11:30",
          "venue": "Hotel Strandbaden, Falkenberg"}),
        (("Protokoll från förbundsstyrelsens sammanträde fredagen den 10 december 2004, kl 09.00-12.00, i kommunalhuset, "
          "Partille kommun\n"),
         {"body": "Förbundsstyrelsen", "start": "09:00", "venue": "kommunalhuset, Partille kommun"}),
        ("Protokoll från förbundsstyrelsens sammanträde torsdagen den 21 april 2005, kl 13.00, i Ale gymnasium, Ale kommun\n",
         {"start": "13:00", "end": None, "venue": "Ale gymnasium, Ale kommun"}),
        ("Styrelsemöte 2021-03-01 kl 18.00 via Zoom\n", {"start": "18:00", "venue": None, "online": "Zoom"}),
        ("Styrelsemöte 2021-03-01 kl 18.00-20.00. Närvarande: Anna Ek, Bo Berg, Cia Holm\n", {"venue": None}),
    ],
)
def test_date_time_and_place_in_the_title(text: str, fields: dict[str, str | None]) -> None:
    meeting = meeting_of(text)
    for key, value in fields.items():
        assert getattr(meeting, key) == value, key


def test_pdf_columns_are_no_paragraph_breaks() -> None:
    row = "Anna Ekström        Växjö kommun        ordförande        " * 4
    assert [p.text for p in split_long_line(row.strip(), 0)] == [row.strip()]
    flat = "Mötet öppnades. Närvaro Anna Ek Bo Berg   Val av sekreterare Bo Berg valdes till sekreterare. " * 2
    assert len(split_long_line(flat.strip(), 0)) > 1


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Styrelsemöte 2019-03-05\nNärvarande: Anna Ek (ordf), Bo Berg (sekr), Cia Holm\nFörhinder: Dan Ek, Eva Berg\n"
         "1. Öppnande\n"), ["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Ek", "Eva Berg"]),
        (("Protokoll 2019-03-05\nNärvarande från styrelsen: Anna Ek, Bo Berg\nNärvarande från förvaltningen: Cia Holm\n"
         "1. Öppnande\n"), ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        ("Protokoll 2019-03-05\nDeltagare\nEk, Anna (S)\nBerg, Bo (M)\nFrånvarande\nHolm, Cia (C)\n1. Öppnande\n",
         ["Anna Ek", "Bo Berg"], ["Cia Holm"]),
        # one person and a place stay one entry
        ("Protokoll 2019-03-05\nNärvarande: Anna Ek, Region Kronoberg\nFrånvarande: Bo Berg, Lessebo\n1. Öppnande\n",
         ["Anna Ek"], ["Bo Berg"]),
    ],
)
def test_short_lists_and_lone_swapped_entries(text: str, present: list[str], absent: list[str]) -> None:
    meeting = meeting_of(text)
    assert names(meeting.present) == present
    assert names(meeting.absent) == absent


def test_a_list_entry_is_no_title() -> None:
    assert meeting_of("Protokoll 2019-03-05\nDeltagare\nEk, Anna (S)\nBerg, Bo (M)\n1. Öppnande\n").body is None


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Hanna Roberts X, mötesordförande § 94 - § 106", "Hanna Roberts", "mötesordförande"),
        ("Madelaine Seidlitz X, ej § 91-97", "Madelaine Seidlitz", None),
        ("Magnus Brattgård § 44-58, 66-74", "Magnus Brattgård", None),
        ("Anna Ek §§ 1-5", "Anna Ek", None),
        ("Bo Berg, ledamot, t.o.m. § 12", "Bo Berg", "ledamot"),
    ],
)
def test_partial_attendance_notes(line: str, name: str, role: str | None) -> None:
    person = meeting_of("Ledamöter Närvarande\n" + line + "\n\n§ 1 Öppnande\n").present[0]
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Närvarande: Förhindrade Kjell Sjölund (C)", "Kjell Sjölund"),
        ("Närvarande: Beslutande Anna Ek (S)", "Anna Ek"),
        ("Närvarande: Anna Ek (S)", "Anna Ek"),
    ],
)
def test_a_label_word_never_starts_a_name(line: str, name: str) -> None:
    assert meeting_of(line + "\n\n1. Öppnande\n").present[0].name == name


def test_role_after_the_party_in_a_municipal_list() -> None:
    meeting = meeting_of("Protokoll 2020-01-01\nBeslutande\nAnna Ek (s) ordförande\nBo Berg (m) vice ordförande\n"
                         "Cia Holm (c) tjänstgörande ersättare för Dan Ek (c)\nEva Lind (kd)\n\n§ 1 Öppnande\n")
    assert [(p.name, p.party, p.role) for p in meeting.present] == [
        ("Anna Ek", "S", "ordförande"), ("Bo Berg", "M", "vice ordförande"), ("Cia Holm", "C", "ersättare för Dan Ek"),
        ("Eva Lind", "KD", None)]


@pytest.mark.parametrize("sep", ["\t", " "])
def test_label_column_ends_a_list_at_the_next_label(sep: str) -> None:
    text = (f"Kommunstyrelsen\nSammanträdesdatum 2019-03-12\nPlats och tid{sep}Kommunhuset, kl. 13.00–16.15\n"
            f"Beslutande{sep}Anna Andersson (S), ordförande\n{sep}Bo Bengtsson (M)\n"
            f"Övriga deltagande{sep}Erik Ek, kommundirektör\nUtses att justera{sep}Bo Bengtsson\n"
            f"Justeringens plats och tid{sep}Kommunhuset 2019-03-15\n"
            f"Underskrifter{sep}Sekreterare{sep}Frida Falk{sep}Paragrafer 12-30\n{sep}Ordförande{sep}Anna Andersson\n\n"
            "§ 12 Val av justerare\n")
    assert names(meeting_of(text).present) == ["Anna Andersson", "Bo Bengtsson", "Erik Ek"]
