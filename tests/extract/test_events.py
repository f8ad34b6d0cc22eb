"""Later dated things and the next meeting, from phrases as Swedish minutes write them."""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import (
    Carry,
    CarryReason,
    EventKind,
    EventStatus,
    Item,
    ItemStatus,
    Meeting,
    Target,
)
from planner.extract.text import minutes_from_text


def _events(text: str, meeting_date: str, *, body: str | None = None, items: list[Item] | None = None,
            carry: list[Carry] | None = None):
    doc = minutes_from_text(text)
    meeting = Meeting(body=body, date=meeting_date)
    return extract_events(doc, meeting, items or [], carry or [])


# (text, meeting date, expected date, kind, start, end, venue)
KINDS = [
    ("11. Nästa möte\n  Nästa möte hålls 2016-06-12, kl 18-20.", "2016-05-15",
     "2016-06-12", EventKind.MEETING, "18:00", "20:00", None),
    (("8. Övrigt\n\nNästa kommunala forum den 8 maj kommer att vara en workshop med temat ”Att leda välfärd i "
      "den digitala revolutionen”. Workshopen anordnas på Videum Science Park, Framtidsvägen, Växjö kl. 08.45-15.00"),
     "2020-03-06", "2020-05-08", EventKind.MEETING, "08:45", "15:00", "Videum Science Park, Framtidsvägen, Växjö"),
    (("5. Information om Yrkes-SM\n\nUtgår från dagens sammanträde. Information om resa till Helsingborg den 23 april "
      "skickas ut."), "2020-03-06", "2020-04-23", EventKind.TRIP, None, None, "Helsingborg"),
    ("– Konferensen Europaforum 2018 genomförs den 9 maj i Alvesta. Anmälan görs via regionens hemsida.",
     "2018-02-21", "2018-05-09", EventKind.CONFERENCE, None, None, "Alvesta"),
    ("Kommunerna behöver lämna besked om avsiktsförklaringen till den 31 mars.", "2018-02-21",
     "2018-03-31", EventKind.DEADLINE, None, None, None),
    ("  Styrelsen beslutar att Foxears skriver och skickar ut en kallelse senast 2016-05-21.", "2016-05-15",
     "2016-05-21", EventKind.DEADLINE, None, None, None),
    ("  Styrelsen uppdrar Ailue att skicka en doodle för datum på extrainsatt årsmöte innan 10 juni.", "2016-04-17",
     "2016-06-10", EventKind.DEADLINE, None, None, None),
    ("- NCPC\n  - Vi har laganmälningar!\n    - Deadline Torsdag 07/10", "2021-10-06",
     "2021-10-07", EventKind.DEADLINE, None, None, None),
    ("Regionfullmäktige beslutar om inriktning för projektet i juni 2018.", "2018-02-21",
     "2018-06", EventKind.OTHER, None, None, None),
    ("Den nya lagen träder i kraft den 1 juli 2022.", "2022-03-10",
     "2022-07-01", EventKind.MILESTONE, None, None, None),
    ("  Styrelsen beslutar att lägga det extrainsatta årsmötet 2016-06-04, kl 18.", "2016-05-15",
     "2016-06-04", EventKind.MEETING, "18:00", None, None),
    ("- Föreläsning om Stroke planeras till den 17 mars 2015 kl 13.00 i samarbete med\nPRO", "2015-01-14",
     "2015-03-17", EventKind.OTHER, "13:00", None, None),
    ("    \\item Monadenkommittén bokar Monaden 16 oktober", "2021-10-11",
     "2021-10-16", EventKind.OTHER, None, None, "Monaden"),
    (("Styrelsen föreslår att vi preliminärt har styrelsen bokat torsdag den 7e November för ett asp-arr. "
      "Vi planerar en middag med asparna på Ölstugan tullen."), "2024-10-01",
     "2024-11-07", EventKind.OTHER, None, None, "Ölstugan tullen"),
    ("c) Informationsträff om LSS anordnar socialförvaltningen den 11/11. Ingvar har anmält sig.", "2013-11-06",
     "2013-11-11", EventKind.MEETING, None, None, None),
    ("## Nästa möte Onsdag 12:15 13/10", "2021-10-06", "2021-10-13", EventKind.MEETING, "12:15", None, None),
    ("\\subsection{Nästa möte}\n2024-10-10 - 17:00", "2024-10-01", "2024-10-10", EventKind.MEETING, "17:00", None, None),
    ("Kalas sker 8:e september kl. 14-18 på distans.", "2021-09-02", "2021-09-08", EventKind.OTHER, "14:00", "18:00", None),
    ("Studiebesök på Hälsans hus i Ljungby den 12 maj.", "2022-04-01", "2022-05-12", EventKind.TRIP, None, None, None),
    ("Sista dag för anmälan till konferensen är den 15 april.", "2022-03-01", "2022-04-15", EventKind.DEADLINE,
     None, None, None),
    # A meeting held by telephone or video is still this body's meeting ("Nästa telefonmöte").
    ("8. Nästa telefonmöte: söndag 140526 kl. 20:15", "2014-05-04", "2014-05-26", EventKind.MEETING,
     "20:15", None, None),
    ("Nästa sammanträde äger rum den 27 juni klockan 16:00.", "2022-05-17", "2022-06-27", EventKind.MEETING,
     "16:00", None, None),
    # "Nästa möte" alone on its line opens the lines below it.
    ("Nästa möte\n\nTisdag 8 februari kl. 13.00\nPlats: Kommunhuset, sal A", "2022-01-10", "2022-02-08",
     EventKind.MEETING, "13:00", None, "Kommunhuset, sal A"),
    # The place right before the date.
    ("6.3. Inför SK-möte i Malmö 17/5", "2014-05-04", "2014-05-17", EventKind.MEETING, None, None, "Malmö"),
    ("Vi ses på höstkonferensen i Stockholm den 20-21 oktober.", "2022-09-01", "2022-10-20", EventKind.CONFERENCE,
     None, None, "Stockholm"),
    ("Årsmöte den 17 februari på Medlefors. Lasse bokar lokal.", "2017-11-27", "2018-02-17", EventKind.MEETING,
     None, None, "Medlefors"),
    ("Studieresa till Bryssel 12-14 april.", "2022-01-10", "2022-04-12", EventKind.TRIP, None, None, "Bryssel"),
    # A verbless fragment takes its kind from the sentence before it in the same bullet.
    ("- Vårmötet blir en endagsresa med båt. Silja Line 27 maj\n  (med reservdag 26:e maj).", "2004-01-27",
     "2004-05-27", EventKind.MEETING, None, None, None),
    # A title line with a date: time and place from the paragraph below, said together;
    # a season in between ("höstens medlemsträff") does not end the window.
    (("Höstfesten 22 oktober\n\nPå förslag av Ceremonimästaren kommer höstens medlemsträff att börja på "
      "Tekniska Museet kl 16.30. (Sedvanlig kallelse kommer)."), "2008-09-02", "2008-10-22", EventKind.MEETING,
     "16:30", None, "Tekniska Museet"),
    # A place given by reference to an earlier one: the place itself.
    (("Årsmötet 17 februari 2009\n\nPlats: Samma som förra årsmötet, dvs Nordic Forum i Kista.\n"
      "Föredragshållare och ämnen ej fastställda."), "2008-09-02", "2009-02-17", EventKind.MEETING, None, None,
     "Nordic Forum i Kista"),
    ("Jörgen meddelade att deadline för nästa nummer är den 10:de November.", "1995-09-25", "1995-11-10",
     EventKind.DEADLINE, None, None, None),
    ("Rapporten ska vara klar senast den 15 mars.", "2022-01-10", "2022-03-15", EventKind.DEADLINE, None, None, None),
    # A place closing the line of the time below the date.
    ("Nästa möte 5 maj\nkl. 13.00-16.00, Kommunhuset", "2021-03-10", "2021-05-05", EventKind.MEETING,
     "13:00", "16:00", "Kommunhuset"),
    # A lower-case place noun ("i föreningslokalen").
    ("Nästa möte blir måndagen den 12 april kl. 18.30 i föreningslokalen.", "2021-03-10", "2021-04-12",
     EventKind.MEETING, "18:30", None, "föreningslokalen"),
    ("Planeringsdag för styrelsen den 24 april kl. 9-16 på Hotell Kullaberg.", "2021-03-01", "2021-04-24",
     EventKind.WORKSHOP, "09:00", "16:00", "Hotell Kullaberg"),
    # The place after the last date of a list holds for each date.
    ("Erbjudan till en kurs i Centuri den\n23/3 och 27/3 i Stockholm. Anna ska kolla upp det.", "2020-03-12",
     "2020-03-23", EventKind.OTHER, None, None, "Stockholm"),
    ("Ansökan om bidrag ska vara kommunen tillhanda senast 31 mars.", "2021-03-01", "2021-03-31",
     EventKind.DEADLINE, None, None, None),
    ("Ekonomiutskottet sammanträder den 20 april.", "2021-03-01", "2021-04-20", EventKind.MEETING, None, None, None),
    ("Medborgardialog planeras till den 10 maj kl 18 i biblioteket.", "2021-03-10", "2021-05-10", EventKind.OTHER,
     "18:00", None, "biblioteket"),
    ("Styrelsen ska besöka Vindelns kommun den 5 maj.", "2021-03-10", "2021-05-05", EventKind.TRIP, None, None, None),
    # "ledamöter" holds no "möte".
    ("Utbildning för nya ledamöter 20 april kl. 17-20.", "2021-03-10", "2021-04-20", EventKind.OTHER,
     "17:00", "20:00", None),
    # Decisions by other bodies, stated in the present tense of plans.
    ("Budgeten fastställs av fullmäktige i november.", "2021-03-10", "2021-11", EventKind.OTHER, None, None, None),
    # The place closing a time's line, its later parts in lower case (a building, a town).
    ("Nästa möte: fredag den 11 december 2026 kl. 9.00-12.00, Bolmen, regionhuset, Växjö.", "2026-11-06",
     "2026-12-11", EventKind.MEETING, "09:00", "12:00", "Bolmen, regionhuset, Växjö"),
    ("Nästa sammanträde hålls den 3 mars kl. 13-16, Stora salen, stadshuset.", "2021-02-01", "2021-03-03",
     EventKind.MEETING, "13:00", "16:00", "Stora salen, stadshuset"),
]


# The words that led up to the date do not end the event's title.
@pytest.mark.parametrize(("text", "meeting_date", "title"), [
    ("Sista dag för att lämna synpunkter på remissen är den 4 december 2026.", "2026-11-06",
     "Sista dag för att lämna synpunkter på remissen"),
    ("Ansökningar om föreningsbidrag ska vara inne senast den 15 mars.", "2021-02-01",
     "Ansökningar om föreningsbidrag ska vara inne"),
    ("Redovisningen av projektmedlen blir den 20 april.", "2021-02-01", "Redovisningen av projektmedlen"),
])
def test_event_title_without_the_words_leading_to_the_date(text: str, meeting_date: str, title: str) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [e.title for e in events] == [title]


@pytest.mark.parametrize(("text", "meeting_date", "date", "kind", "start", "end", "venue"), KINDS)
def test_event_kind_time_and_venue(text: str, meeting_date: str, date: str, kind: EventKind, start: str | None,
                                   end: str | None, venue: str | None) -> None:
    events, _, _ = _events(text, meeting_date)
    matching = [e for e in events if e.date == date]
    assert len(matching) == 1, events
    event = matching[0]
    assert (event.kind, event.start, event.end) == (kind, start, end)
    if venue is not None:
        assert event.venue == venue
    doc = minutes_from_text(text)
    a, b = event.span
    assert 0 <= a < b <= len(doc.text)


@pytest.mark.parametrize(("text", "meeting_date"), [
    ("Genomgång av slutrapport av projektet brukarmedverkan som startade den 1 oktober 2020.", "2021-10-01"),
    ("Befolkningen beräknas öka med 85 % till år 2055 bland unga 19-25 år.", "2020-03-06"),
    ("Handlingsplaner 2021-2022 ska tas fram under hösten 2020.", "2020-10-02"),
    ("  - Hade varit ok den 6e december", "2021-11-17"),
    ("  - Kanske vänta tills 31st Jan och se, men kanske bäst på distans NU.", "2022-01-20"),
    ("  att styrelsen har möten söndagen som infaller innan den 18 varje månad, klockan 18-20.", "2016-05-15"),
    ("Justeringens plats och tid Kommunhus Nödinge, Ale Torg 7, 2018-10-03 kl. 16:00", "2018-10-02"),
    ("Albin och Tekla var på institutionsråd den 23 september.", "2021-10-11"),
    ("Se https://www.skatteverket.se/nyheter/2021-01-01/samordningsnummer.html", "2020-12-10"),
    ("Sprutbytesmottagning i Växjö. Inleddes i november 2017 i Växjö.", "2018-02-21"),
    ("Vi ses under våren, kanske vecka 12.", "2022-01-20"),
    ("**2021-Q2:** Pilotimplementationer och interoperabilitetstester.", "2021-01-14"),
    ("    - Beställa Fredag/Måndag.", "2021-10-20"),
    ("Fakturor skickas på våren", "2021-10-06"),
    ("Mötet den 1 mars 2022 avslutades 12:50.", "2022-03-01"),
    ("Datum för anslags uppsättande 2018-10-05 Datum för anslags nedtagande 2018-10-27", "2018-10-02"),
    ("Delårsrapport per den 31 oktober med prognos för helår 2014", "2014-09-01"),
    ("Vi kan ev. boka in en föreläsning om EU någon gång under våren.", "2017-11-27"),
    ("Statistiken i december visar en ökning av antalet ärenden.", "2021-11-10"),
    ("Prognosen per december pekar på ett underskott på 3 mkr.", "2021-11-10"),
    ("Bilaga 1: Tjänsteskrivelse daterad 2021-11-12.", "2021-11-10"),
    ("Protokolldatum 2021-11-15", "2021-11-10"),
    ("Handlingsplanen gäller för perioden 2022-01-01--2023-12-31.", "2021-11-10"),
    ("Kampanjen pågår under mars–maj 2022.", "2021-11-10"),
    ("Enligt paragrafen den 31 gäller detta.", "2021-05-01"),
    # Someone's leave is not a planned thing of the body.
    ("Markus har gjort dessa men ej i Word format, han är på semester till 12/5.", "2015-04-27"),
    ("Anna är föräldraledig från den 1 mars.", "2022-01-10"),
    ("Per är tjänstledig till och med 30 juni.", "2022-01-10"),
    # Signature and posting blocks, their labels split from the dates onto lines of their own.
    ("Justeringens\nplats och tid Utbildningsnämndens förvaltningskontor 2006-05-10, kl. 15.00", "2006-05-02"),
    ("Justeringens Barn- och skolnämndens förvaltningskontor\nplats och tid 2004-03-29", "2004-03-22"),
    ("Datum för 2004-03-30 Datum för 2004-04-20\nanslags uppsättande anslags nedtagande", "2004-03-22"),
    ("Anslaget tas ned 2022-02-05", "2022-01-10"),
    ("Protokollet justeras den 14 januari.", "2022-01-10"),
    # Page frames of web copies.
    ("plenum/plenum-2022-04-09.txt · Last modified: 2022/06/25 16:57 by vol", "2022-04-09"),
    ("Publicerat: 3 september 2022 klockan 15.36", "2022-09-01"),
    ("Skriv ut\nSenast uppdaterad: 23 maj 2022 11:37", "2022-05-17"),
    # A yearless day repeating a day written with its year just before is that day again.
    (("4/ Rapporter Rapport från Övervakningskommitténs möte den 27 juni 1997 Margit Viklund rapporterade från "
      "Övervakningskommitténs möte den 27 juni Halvtidsutvärderingen behandlades."), "1997-10-03"),
    # Document dates and statistics.
    ("Tjänsteskrivelse 2021-03-15, Dnr KS 2021/123", "2021-03-10"),
    ("Antalet inskrivna ökade från 120 den 1 januari till 140 den 1 mars.", "2021-03-10"),
    ("Remissvar skulle ha lämnats senast den 1 mars.", "2021-03-10"),
    ("Lag (2019:1203) om ändring i socialtjänstlagen.", "2021-03-10"),
    ("Protokollet ska justeras senast 17 mars.", "2021-03-10"),
    # Habits are no dates.
    ("Föreningens ordinarie Årsmöte sker numera före februari månads utgång.", "2021-01-10"),
    ("Styrelsen har normalt möte 2:a onsdagen varje månad (utom juli).", "2021-01-10"),
    ("Vi hade en träff den 5 februari där vi diskuterade frågan.", "2021-03-01"),
    ("§76 Protokoll från möte med sektionens styrelse 21 oktober 2007\n\nBeslut", "2007-12-01"),
    # A date alone on a line at the top of the minutes is the document's own.
    ("Presidiemöte 2/9\n\nEn liten rapport med bl.a höstfesten\n\n2008-09-06\n\nHöstens första presidiemöte",
     "2008-09-02"),
    # The second day of this very meeting.
    ("Protokoll fört vid Sveriges Filatelistförbunds kongress i Borås 21 22 april 2012", "2012-04-21"),
])
def test_no_event_from_history_statistics_or_vague_periods(text: str, meeting_date: str) -> None:
    events, _, _ = _events(text, meeting_date)
    assert events == []


def test_meeting_list_under_a_year_heading_takes_that_year() -> None:
    text = ("## **12. Möten 2022**\n\n**Beslut:** Ledningsgruppen beslutar följande mötesdatum för 2022:\n\n"
            "4 feb  \n17–18 mars (internat)  \n6 maj  \n7 okt  \n2 dec\n\n## **13. Info från styrgrupper**\n")
    events, next_meeting, _ = _events(text, "2021-10-01", body="Ledningsgruppen")
    assert [(e.date, e.end_date) for e in events] == [
        ("2022-02-04", None), ("2022-03-17", "2022-03-18"), ("2022-05-06", None), ("2022-10-07", None),
        ("2022-12-02", None)]
    assert {e.kind for e in events} == {EventKind.MEETING}
    assert all(e.confidence >= 0.9 for e in events)
    assert next_meeting == "2022-02-04"


def test_sammantradesdagar_list_with_times() -> None:
    text = ("Kommunfullmäktige\n\nSammanträdesdagar 2023\n\n • Måndag 30 januari, klockan 18.30\n"
            " • Måndag 27 mars, klockan 18:30\n • Måndag 24 april, klockan 17.00\n")
    events, next_meeting, _ = _events(text, "2022-12-05")
    assert [(e.date, e.start) for e in events] == [
        ("2023-01-30", "18:30"), ("2023-03-27", "18:30"), ("2023-04-24", "17:00")]
    assert next_meeting == "2023-01-30"


def test_new_meeting_times_without_year_resolve_forward() -> None:
    text = ("3. Nya sammanträdestider för folkhälsorådet\nFörslag på nya sammanträdestider 16 april kl 08.30, "
            "25 september kl 08.30 samt 10 december kl 08.30\nBeslutas att godkänna de nya tiderna.")
    events, next_meeting, _ = _events(text, "2015-01-14", body="Folkhälsorådet")
    assert [(e.date, e.kind, e.start) for e in events] == [
        ("2015-04-16", EventKind.MEETING, "08:30"), ("2015-09-25", EventKind.MEETING, "08:30"),
        ("2015-12-10", EventKind.MEETING, "08:30")]
    assert next_meeting == "2015-04-16"


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    ("Anna Fransson informerar om att nästa möte är den 2 maj 2018.", "2018-02-21", "2018-05-02"),
    ("Då deltagarantalet är kraftigt reducerat flyttas det som går till nästa mötestillfälle i juni månad.",
     "2020-04-03", "2020-06"),
    ("## Nästa möte Torsdag 27 Januari 12:15", "2022-01-20", "2022-01-27"),
    ("* Nästa möte - 2021-01-14, 12:30-14:00 (https://sunet.zoom.us/my/x)", "2020-12-10", "2021-01-14"),
    ("\\subsection{Nästa möte}\n    Nästa möte bestämms i framtiden", "2021-10-11", None),
    (("\\subsubsection{Möte med Divisionsstämman}\n\\subsubsection*{Beslut}\n\\begin{attsatser}\n"
      "    \\item nästa möte bokas 17 november 17.17 i Monaden\n\\end{attsatser}"), "2021-10-11", None),
    (("4. Nästa möte\n Förslag till datum för nästa möte:\n  Lördag 23 apr 16:00\n  Onsdag 11 maj 18:30\n"
      "  Lördag 14 maj 16:00\n Dudle skickas ut till listan."), "2022-04-09", None),
    ("Presentation tills näst-nästa möte den 12 mars.", "2021-01-14", None),
    ("Mötet avslutas. Vi ses igen.", "2021-01-14", None),
    ("Nästa möte den 3 juni ställs in.", "2021-05-01", None),
    ("8. Nästa telefonmöte: söndag 140526 kl. 20:15", "2014-05-04", "2014-05-26"),
    ("5. Nästa styrelsemöte 14 december\nGitta förbereder nästa möte.", "2017-11-07", "2017-12-14"),
    ("Nästa möte är redan bestämt till 2017-12-14.", "2017-11-07", "2017-12-14"),
    (("Kommunfullmäktigesammanträdet den 30 maj ställs in. Nästa sammanträde är planerat till den 27 juni "
      "klockan 16:00."), "2022-05-17", "2022-06-27"),
    ("Nästa möte\n\nTisdag 8 februari kl. 13.00", "2022-01-10", "2022-02-08"),
    # two proposals leave the day open; of one month, the month is settled (gold of 816 and 1018 say so)
    ("Nästa möte: 5 maj eller 12 maj, besked via mejl.", "2021-03-10", "2021-05"),
    ("Nästa möte: 5 maj eller 2 juni, besked via mejl.", "2021-03-10", None),
    ("Nästa möte äger rum 5 maj, om inget annat meddelas.", "2021-03-10", "2021-05-05"),
    # The body's own dates in one sentence are its meeting list.
    ("Styrelsen sammanträder 2022-01-19, 2022-02-16 och 2022-03-16 kl. 17.30 i kommunhuset.", "2021-12-01",
     "2022-01-19"),
])
def test_next_meeting(text: str, meeting_date: str, expected: str | None) -> None:
    _, next_meeting, _ = _events(text, meeting_date)
    assert next_meeting == expected


def test_next_meeting_from_an_item_returning_to_the_body() -> None:
    text = "Ärendet återkommer till ledningsgruppen i november."
    _, next_meeting, _ = _events(text, "2021-10-01", body="Ledningsgrupp")
    assert next_meeting == "2021-11"
    item = Item("7", "Strategi", ItemStatus.RETURNS, Target("2021-12"))
    carry = [Carry("7", "Strategi", CarryReason.RETURNS, "2021-12")]
    _, from_targets, _ = _events("7. Strategi\nInget datum här.", "2021-10-01", items=[item], carry=carry)
    assert from_targets == "2021-12"


def test_explicit_next_meeting_wins_over_an_announced_month() -> None:
    text = ("Presentation görs vid kommunalt forum i mars 2018.\n\n"
            "Anna Fransson informerar om att nästa möte är den 2 maj 2018.")
    _, next_meeting, _ = _events(text, "2018-02-21")
    assert next_meeting == "2018-05-02"


@pytest.mark.parametrize(("text", "meeting_date", "date", "status", "moved_from"), [
    ("Mötet den 3 juni ställs in.", "2021-05-01", "2021-06-03", EventStatus.CANCELLED, None),
    ("(Observera att tidigare inplanerat sammanträde 30 augusti är inställt)", "2022-06-01", "2022-08-30",
     EventStatus.CANCELLED, None),
    ("Mötet flyttas från den 2 maj till den 9 maj.", "2021-04-01", "2021-05-09", EventStatus.MOVED, "2021-05-02"),
    ("Sammanträdet den 3 juni flyttas till den 10 juni.", "2021-04-01", "2021-06-10", EventStatus.MOVED, "2021-06-03"),
    ("Nästa möte flyttas till den 9 maj.", "2021-04-01", "2021-05-09", EventStatus.MOVED, None),
])
def test_cancelled_and_moved(text: str, meeting_date: str, date: str, status: EventStatus,
                             moved_from: str | None) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.status, e.moved_from) for e in events] == [(date, status, moved_from)]


@pytest.mark.parametrize(("text", "meeting_date", "dates"), [
    ("- Lödöl\n  - Tredje Mars preliminärt.", "2022-01-20", ["2022-03-03"]),
    ("  - Någon gång i början av december.\n    - Sjunde eller Fjortonde december.", "2021-10-20",
     ["2021-12-07", "2021-12-14"]),
    ("\\item Preliminärt ha nästa stämma 2024-03-21. Vi ska ha kostymer och peruker.", "2024-02-22", ["2024-03-21"]),
    ("Nästa möte den 14 maj?", "2021-04-01", ["2021-05-14"]),
    ("Nästa möte: 5 maj eller 12 maj, besked via mejl.", "2021-03-10", ["2021-05-05", "2021-05-12"]),
    ("Förslag på nästa möte: 5 maj", "2021-03-10", ["2021-05-05"]),
    ("Nästa möte 5 maj (prel.)", "2021-03-10", ["2021-05-05"]),
    ("Nästa möte blir troligen den 5 maj.", "2021-03-10", ["2021-05-05"]),
])
def test_tentative_events(text: str, meeting_date: str, dates: list[str]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [e.date for e in events] == dates
    assert all(e.tentative for e in events)
    assert all(e.confidence < 0.9 for e in events)


def test_a_date_repeated_for_the_same_thing_is_one_event() -> None:
    text = ("## Övrigt\n* Inför webinariet med Roland den 11/2 bestämde vi att sammanställa frågor.\n\n"
            "## Nästa möte\n* 2021-02-11, 08:30-12:30, Webinar med Roland Hedberg\n")
    events, next_meeting, _ = _events(text, "2021-01-29")
    assert [(e.date, e.kind, e.start) for e in events] == [("2021-02-11", EventKind.MEETING, "08:30")]
    assert next_meeting == "2021-02-11"


def test_two_things_on_one_date_are_two_events() -> None:
    text = "## Övrigt\n- AOC\n  - Donationer görs 27nd Januari.\n\n## Nästa möte Torsdag 27 Januari 12:15\n"
    events, _, _ = _events(text, "2022-01-20")
    assert sorted(e.kind for e in events) == [EventKind.MEETING, EventKind.OTHER]


@pytest.mark.parametrize(("text", "bodies"), [
    ("Ärendet behandlas av kommunstyrelsen 2021-04-12 och kommunfullmäktige 2021-04-26.",
     ["Kommunstyrelsen", "Kommunfullmäktige"]),
    ("Länsstyrelsen har utlyst en träff den 7 juni för alla kommuner.", ["Länsstyrelsen"]),
])
def test_each_date_belongs_to_the_body_named_nearest_before_it(text: str, bodies: list[str]) -> None:
    events, _, _ = _events(text, "2021-03-10", body="Styrelsen")
    assert [e.body for e in events] == bodies


def test_other_body_and_its_meeting() -> None:
    text = "Uppvidinge har valt tillgång. Kommunstyrelsen beslutar om avsiktsförklaringen i mars."
    events, next_meeting, _ = _events(text, "2018-02-21", body="Kommunalt forum")
    assert [(e.date, e.kind, e.body) for e in events] == [("2018-03", EventKind.OTHER, "Kommunstyrelsen")]
    assert next_meeting is None


def test_span_points_at_the_evidence_in_the_original_text() -> None:
    text = "## **8. Övrigt**\n\n**Nästa möte:** den 8 maj kl. 9.00-12.00 i Bolmen.\n"
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(date="2020-03-06"), [], [])
    (event,) = events
    a, b = event.span
    assert "den 8 maj" in doc.text[a:b]
    assert (event.start, event.end, event.venue) == ("09:00", "12:00", "Bolmen")


def test_no_meeting_date_gives_no_events() -> None:
    doc = minutes_from_text("Nästa möte den 8 maj.")
    assert extract_events(doc, Meeting(), [], []) == ([], None, [])


def test_upcoming_meetings_of_several_kinds_and_the_boards_own_next_meeting() -> None:
    text = ("§9 Kommande möten\nMedlemsmöte med pepparkakor och glögg den 11 december. Lasse gör\n"
            "nödvändiga inköp.\nStyrelsemöte den 18 december\nÅrsmöte den 17 februari på Medlefors. Lasse bokar lokal.\n\n"
            "§10 Övriga frågor\nInga övriga frågor behandlades.")
    events, next_meeting, _ = _events(text, "2017-11-27", body="Styrelsen")
    assert [(e.date, e.kind) for e in events] == [
        ("2017-12-11", EventKind.MEETING), ("2017-12-18", EventKind.MEETING), ("2018-02-17", EventKind.MEETING)]
    assert events[2].venue == "Medlefors"
    assert next_meeting == "2017-12-18"


def test_cancelled_annual_meeting_and_its_new_days() -> None:
    text = ("Årsmötet som var planerat till den 17-18 mars 2020 är avlyst på grund av ett stort antal återbud.\n\n"
            "Vi har beslutat att genomföra årsmötet den 4-5 juni. Om möjligt kommer årsmötet att hållas med middag "
            "på kvällen den 4:e. Sista anmälningsdag blir den 27 maj.")
    events, next_meeting, _ = _events(text, "2020-03-10")
    got = [(e.date, e.end_date, e.kind, e.status) for e in events]
    assert got == [
        ("2020-03-17", "2020-03-18", EventKind.MEETING, EventStatus.CANCELLED),
        ("2020-06-04", "2020-06-05", EventKind.MEETING, EventStatus.PLANNED),
        ("2020-05-27", None, EventKind.DEADLINE, EventStatus.PLANNED)]
    assert next_meeting is None  # an annual meeting is not the board's next meeting


def test_two_things_in_one_month_stay_two_events() -> None:
    text = ("- Barnens bästa. Presentation görs vid kommunalt forum i mars 2018.\n\n"
            "Åke Carlsson informerar. Kommunstyrelsen beslutar om avsiktsförklaringen i mars.")
    events, _, _ = _events(text, "2018-02-21", body="Kommunalt forum")
    assert sorted((e.date, e.kind) for e in events) == [("2018-03", EventKind.MEETING), ("2018-03", EventKind.OTHER)]


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    ("Sammanträdet den 14 maj ställs in och ersätts av ett extra sammanträde den 21 maj.", "2021-04-20",
     [("2021-05-14", EventStatus.CANCELLED, None), ("2021-05-21", EventStatus.PLANNED, None)]),
    ("Nästa möte blir den 4 juni (OBS! ändrat datum).", "2021-05-01", [("2021-06-04", EventStatus.MOVED, None)]),
    ("Årsmötet är avlyst. Styrelsemöte den 2 april som vanligt.", "2021-03-01",
     [("2021-04-02", EventStatus.PLANNED, None)]),
])
def test_status_belongs_to_the_date_it_is_said_of(text: str, meeting_date: str,
                                                  expected: list[tuple[str, EventStatus, str | None]]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.status, e.moved_from) for e in events] == expected


def test_dates_on_the_heading_line_of_a_meeting_list() -> None:
    text = "Mötesdatum hösten 2021: 3 september, 1 oktober, 5 november, 3 december"
    events, next_meeting, _ = _events(text, "2021-10-05")
    assert [(e.date, e.kind) for e in events] == [("2021-11-05", EventKind.MEETING), ("2021-12-03", EventKind.MEETING)]
    assert next_meeting == "2021-11-05"


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    ("## Nästa möte\nFredag den 5 juni 2020\nTid: 9.00-12.00\nPlats: Regionhuset, Växjö\n\n## Avslutning", "2020-04-03",
     ("2020-06-05", EventKind.MEETING, "09:00", "12:00", "Regionhuset, Växjö")),
    ("Ansökan ska vara inne den 15 maj. Kick-off för projektet den 1 juni i Kalmar.", "2021-04-03",
     ("2021-05-15", EventKind.DEADLINE, None, None, None)),
    ("Ansökan ska vara inne den 15 maj. Kick-off för projektet den 1 juni i Kalmar.", "2021-04-03",
     ("2021-06-01", EventKind.WORKSHOP, None, None, "Kalmar")),
    ("Vi ses nästa gång den 5 maj kl 13-16 via Teams.", "2021-04-03",
     ("2021-05-05", EventKind.MEETING, "13:00", "16:00", None)),
])
def test_fields_from_the_lines_around_a_date(text: str, meeting_date: str,
                                             expected: tuple[str, EventKind, str | None, str | None, str | None]) -> None:
    events, _, _ = _events(text, meeting_date)
    event = next(e for e in events if e.date == expected[0])
    assert (event.date, event.kind, event.start, event.end, event.venue) == expected


def test_next_meeting_named_far_from_the_date_is_not_that_date() -> None:
    text = "Till nästa möte ska alla ha läst den rapport från Socialstyrelsen som publiceras den 5 maj."
    events, next_meeting, _ = _events(text, "2021-04-03")
    assert [e.date for e in events] == ["2021-05-05"]
    assert next_meeting is None


def test_cancelled_council_meeting_next_meeting_and_the_rest_of_the_year() -> None:
    text = ("Inställt kommunfullmäktige den 1 oktober\n\n"
            "Kommunfullmäktiges sammanträde måndagen den 1 oktober kl. 18.00 är inställt på grund av få ärenden.\n\n"
            "Nästa möte kommer att hållas måndagen den 29 oktober kl. 18.00 och då är det alltså nyvalda "
            "fullmäktige som sammanträder för första gången. Resterande sammanträden för året (5 nov, 26 nov och "
            "10 dec) kvarstår.")
    events, next_meeting, _ = _events(text, "2018-09-26", body="Kommunfullmäktige")
    assert [(e.date, e.kind, e.start, e.status) for e in events] == [
        ("2018-10-01", EventKind.MEETING, "18:00", EventStatus.CANCELLED),
        ("2018-10-29", EventKind.MEETING, "18:00", EventStatus.PLANNED),
        ("2018-11-05", EventKind.MEETING, None, EventStatus.PLANNED),
        ("2018-11-26", EventKind.MEETING, None, EventStatus.PLANNED),
        ("2018-12-10", EventKind.MEETING, None, EventStatus.PLANNED)]
    assert next_meeting == "2018-10-29"


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    ("Mötet den 3 juni utgår.", "2021-05-01", [("2021-06-03", EventStatus.CANCELLED)]),
    ("Ärendet utgår från dagens sammanträde och tas upp den 5 maj.", "2021-04-01",
     [("2021-05-05", EventStatus.PLANNED)]),
    ("Nytt datum för mötet: 19 maj.", "2021-04-01", [("2021-05-19", EventStatus.MOVED)]),
    ("Mötet senareläggs till den 3 juni.", "2021-04-01", [("2021-06-03", EventStatus.MOVED)]),
])
def test_more_ways_to_drop_or_move_a_meeting(text: str, meeting_date: str,
                                             expected: list[tuple[str, EventStatus]]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.status) for e in events] == expected


@pytest.mark.parametrize("text", [
    "**Nästa möte**\n\n5 juni kl 13-15\n\n**Övrigt**\nInget.",
    "Nästa möte:\n5 juni kl 13-15, Regionhuset\n",
    "§ 12 Nästa sammanträde\n\nTisdagen den 5 juni kl. 13.00\n",
    "12) Nästa möte\n2021-06-05 13:00\n",
])
def test_next_meeting_under_a_heading_in_several_layouts(text: str) -> None:
    events, next_meeting, _ = _events(text, "2021-05-01")
    assert next_meeting == "2021-06-05"
    assert [(e.kind, e.start) for e in events] == [(EventKind.MEETING, "13:00")]


def test_dates_listed_under_bare_year_lines() -> None:
    text = ("Styrelsen sammanträder en gång i månaden. Under verksamhetsåret äger styrelsemötena rum följande "
            "datum:\n\n2022\n13 juni\n22 augusti\n28 november\n\n2023\n30 januari\n20 februari\n\n"
            "Styrelsemötena är inte öppna.\n\nNästa föreningsstämma äger rum den 11 maj 2023 kl. 19.00.\n")
    events, next_meeting, _ = _events(text, "2022-05-20", body="Styrelsen")
    assert [(e.date, e.kind) for e in events][:5] == [
        ("2022-06-13", EventKind.MEETING), ("2022-08-22", EventKind.MEETING), ("2022-11-28", EventKind.MEETING),
        ("2023-01-30", EventKind.MEETING), ("2023-02-20", EventKind.MEETING)]
    assert all(e.confidence >= 0.9 for e in events[:5])
    stamma = events[5]
    assert (stamma.date, stamma.start) == ("2023-05-11", "19:00")
    assert next_meeting == "2022-06-13"


def test_a_recurring_rule_beside_a_full_date() -> None:
    text = "Nästa möte är den 5 juni, därefter träffas gruppen varannan vecka."
    events, next_meeting, _ = _events(text, "2021-05-20")
    assert [e.date for e in events] == ["2021-06-05"]
    assert next_meeting == "2021-06-05"


@pytest.mark.parametrize(("text", "meeting_date", "dates"), [
    ("Vi var överens om att nästa möte blir den 5 maj.", "2021-04-20", ["2021-05-05"]),
    ("Nästa möte var planerat till den 5 maj men flyttas till den 12 maj.", "2021-04-20", ["2021-05-12"]),
    ("Vid förra mötet den 5 februari diskuterades budgeten.", "2021-04-20", []),
    ("Projektet startade den 1 mars med en kickoff.", "2021-04-20", []),
])
def test_past_verbs_and_yearless_dates(text: str, meeting_date: str, dates: list[str]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [e.date for e in events] == dates


def test_meeting_plan_as_a_table() -> None:
    text = ("Mötesplan 2023\nDatum\tTid\tPlats\n2023-03-15\t13.00-16.00\tRegionhuset, Växjö\n"
            "2023-04-12\t09.00-12.00\tTeams\n")
    events, next_meeting, _ = _events(text, "2023-02-01")
    assert [(e.date, e.start, e.end, e.venue, e.online) for e in events] == [
        ("2023-03-15", "13:00", "16:00", "Regionhuset, Växjö", None),
        ("2023-04-12", "09:00", "12:00", None, "Teams")]
    assert next_meeting == "2023-03-15"


def test_moved_council_meeting_with_the_new_date_later_in_the_sentence() -> None:
    text = ("Det extra fullmäktige 28 augusti är framflyttat och kommer istället att genomföras den 29 november, "
            "i samband med det ordinarie höstfullmäktige 2014.")
    events, _, _ = _events(text, "2014-08-13")
    assert [(e.date, e.status, e.moved_from) for e in events] == [("2014-11-29", EventStatus.MOVED, "2014-08-28")]


def test_dates_the_council_is_proposed_to_meet() -> None:
    text = ("5 Sammanträdesdagar 2019 och utbildningsdagar\nFullmäktige föreslås sammanträda följande datum under "
            "år 2019: 20 februari, 17 april, 18 juni, 18 september, 23 oktober och 20 november. Utbildningsdagar "
            "2018 för fullmäktiges ledamöter och ersättare: 5 november och 10 december.")
    events, next_meeting, _ = _events(text, "2018-06-19", body="Regionfullmäktige")
    meetings = [e.date for e in events if e.kind is EventKind.MEETING]
    assert meetings == ["2019-02-20", "2019-04-17", "2019-06-18", "2019-09-18", "2019-10-23", "2019-11-20"]
    assert [(e.date, e.kind) for e in events if e.kind is not EventKind.MEETING] == [
        ("2018-11-05", EventKind.WORKSHOP), ("2018-12-10", EventKind.WORKSHOP)]
    assert next_meeting == "2019-02-20"


@pytest.mark.parametrize(("text", "theme"), [
    (("Nästa kommunala forum den 8 maj kommer att vara en workshop med temat ”Att leda välfärd i den digitala "
     "revolutionen”."), "Att leda välfärd i den digitala revolutionen"),
    ("Nästa möte den 8 maj. Tema: Barn och unga", "Barn och unga"),
])
def test_theme(text: str, theme: str) -> None:
    events, _, _ = _events(text, "2020-03-06")
    assert [e.theme for e in events] == [theme]


def test_first_date_under_a_next_meeting_heading() -> None:
    text = ("## 9. Nästa möte\n\nLedningsgruppen träffas torsdagen den 5 juni kl. 13.00-16.00 i Regionhuset, Växjö, "
            "med fokus på psykisk hälsa och missbruk. Därefter ses vi den 4 september.\n\n## 10. Avslutning\n")
    events, next_meeting, _ = _events(text, "2021-05-01")
    assert next_meeting == "2021-06-05"
    assert events[0].venue == "Regionhuset, Växjö"


def test_impossible_date_is_a_warning_naming_file_and_line() -> None:
    doc = minutes_from_text("Protokoll\n\nNästa möte den 31 april kl 13.", name="seeds/x.txt")
    events, _, warnings = extract_events(doc, Meeting(date="2021-03-01"), [], [])
    assert events == []
    assert warnings == ["seeds/x.txt:3: no such date '31 april' (the month has fewer days)"]


def test_a_weekday_range_over_a_day_range_under_a_year_heading() -> None:
    text = "Vårmötet, (vårkryssningen) 2009\n\nSker på tisdag-onsdag den 12-13 maj. (OBS text ändrad)."
    events, _, _ = _events(text, "2008-09-02")
    assert [(e.date, e.end_date) for e in events] == [("2009-05-12", "2009-05-13")]


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    # The closing day said later is the end of the same thing, not an event of its own; what is
    # said between the two days tells what it is.
    (("Grovt tidsschema är att vi samlas vid ca 9.15 på Arlanda den 11 april. Där hämtar en buss och skjutsar "
      "oss till Öregrund. Mötet öppnas vid 11-tiden. Avslutning sedan den 12 april med buss till Arlanda."),
     "2001-11-10", [("2002-04-11", "2002-04-12", EventKind.MEETING)]),
    (("Internatet börjar den 3 maj kl. 10 på Hooks herrgård. Hemresa den 4 maj efter lunch."), "2021-03-01",
     [("2021-05-03", "2021-05-04", EventKind.MEETING)]),
    # A later day without a closing word is a thing of its own.
    ("Workshop den 3 maj. Styrelsemöte den 5 maj.", "2021-03-01",
     [("2021-05-03", None, EventKind.WORKSHOP), ("2021-05-05", None, EventKind.MEETING)]),
])
def test_closing_day_ends_the_event(text: str, meeting_date: str,
                                    expected: list[tuple[str, str | None, EventKind]]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.end_date, e.kind) for e in events] == expected


@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    # The time after the last date of a list, or in the sentence after it, holds for each date.
    (("§ 45 Sammanträdesplan 2016\nBeslut\nNämnden beslutar att fastställa följande sammanträdesdagar för 2016: "
      "27 januari, 24 februari och 30 mars. Sammanträdena börjar kl. 13.00."), "2015-11-25",
     [("2016-01-27", "13:00"), ("2016-02-24", "13:00"), ("2016-03-30", "13:00")]),
    ("Styrelsen sammanträder 2022-01-19, 2022-02-16 och 2022-03-16 kl. 17.30 i kommunhuset.", "2021-12-01",
     [("2022-01-19", "17:30"), ("2022-02-16", "17:30"), ("2022-03-16", "17:30")]),
    # A clock right after a date in a list line is its time, not a section number.
    ("Kommande möten:\n- 2021-09-14 18.00 Styrelsemöte\n- 2021-10-12 18.00 Styrelsemöte\n- 2021-11-20 Årsmöte",
     "2021-06-01", [("2021-09-14", "18:00"), ("2021-10-12", "18:00"), ("2021-11-20", None)]),
])
def test_time_of_a_list_of_dates(text: str, meeting_date: str, expected: list[tuple[str, str | None]]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.start) for e in events] == expected


def test_a_sentence_after_a_year_list_is_not_one_of_its_entries() -> None:
    text = ("Under verksamhetsåret äger styrelsemötena rum följande datum:\n\n2022\n13 juni\n22 augusti\n\n"
            "Nästa föreningsstämma äger rum den 11 maj 2023 kl. 19.00.\n")
    events, next_meeting, _ = _events(text, "2022-05-20", body="Styrelsen")
    assert [(e.date, e.body) for e in events] == [
        ("2022-06-13", "Styrelsen"), ("2022-08-22", "Styrelsen"), ("2023-05-11", "Föreningsstämma")]
    assert next_meeting == "2022-06-13"


# Months named with a scheduling verb or as planned steps, and weekdays that are no dates.
@pytest.mark.parametrize(("text", "meeting_date", "expected"), [
    # A month with "månad" and a year, handed in: the particle "in" after the object.
    ("I mars månad 2016 lämnas RMPG:s årsrapport för föregående år in. Om grupperna hinner tas resultaten med.",
     "2015-09-22", [("2016-03", EventKind.DEADLINE)]),
    ("I juni lämnas verksamhetsberättelsen in till kommunen.", "2021-02-15", [("2021-06", EventKind.DEADLINE)]),
    ("Slutrapporten publiceras i november 2022.", "2022-03-01", [("2022-11", EventKind.OTHER)]),
    # Planned steps: each month is a milestone; a month written after a later one falls in the next year.
    (("    - Lokalinformation - förstudie om boende, möbelaffären i Sollebrunn - planerad byggstart i augusti och "
      "inflytt i januari, utredning Stadsskogen"), "2019-03-25",
     [("2019-08", EventKind.MILESTONE), ("2020-01", EventKind.MILESTONE)]),
    ("Planerad byggstart i oktober och inflytt i april.", "2019-03-25",
     [("2019-10", EventKind.MILESTONE), ("2020-04", EventKind.MILESTONE)]),
    ("Nya förskolan: planerad byggstart i augusti och inflyttning i februari.", "2019-03-25",
     [("2019-08", EventKind.MILESTONE), ("2020-02", EventKind.MILESTONE)]),
    ("Byggstart: augusti 2019. Inflyttning: januari 2020.", "2019-03-25",
     [("2019-08", EventKind.MILESTONE), ("2020-01", EventKind.MILESTONE)]),
    ("    - 1 april tillträder ny förvaltningschef Anita Hedström", "2019-03-25",
     [("2019-04-01", EventKind.MILESTONE)]),
    ("Arbetet startar i november, därefter slutbesiktning i april.", "2019-03-25",
     [("2019-11", EventKind.MILESTONE), ("2020-04", EventKind.MILESTONE)]),
    # Without a word that joins them as steps, each month is read alone.
    ("Budgeten ska beslutas i november, delårsrapporten i augusti.", "2021-03-10",
     [("2021-11", EventKind.OTHER), ("2021-08", EventKind.OTHER)]),
    # Two months of one period are no sequence to move: "mars och april" stay in their year.
    ("Enkäten skickas ut i mars och april 2022.", "2022-01-10",
     [("2022-03", EventKind.OTHER), ("2022-04", EventKind.OTHER)]),
    # A weekday with the hour, or pointed at one week, is that day.
    ("- NCPC continued\n  - Vi som arrangörer borde vara där klockan 09:00 på Lördag.", "2021-10-06",
     [("2021-10-09", EventKind.OTHER)]),
    ("Nästa tisdag träffas arbetsgruppen igen.", "2022-01-20", [("2022-01-25", EventKind.MEETING)]),
    # A weekday alone says a habit or too little.
    ("Ordföranden yrkar att två ärenden, corona-möten på onsdag och munskydd, ska läggas till under övriga frågor.",
     "2020-12-04", []),
    ("Kansliet håller stängt till fredag.", "2021-10-06", []),
    ("Styrelsen ses på onsdagar under hösten.", "2021-10-06", []),
    # What this meeting was told, and past forms of the verbs, schedule nothing.
    ("Information lämnas om utfallet i oktober.", "2021-09-15", []),
    ("Förra året lämnades rapporten in i mars.", "2021-05-10", []),
    ("Planerad byggstart var i augusti men projektet försenades.", "2019-09-10", []),
])
def test_scheduled_months_planned_steps_and_weekdays(text: str, meeting_date: str,
                                                       expected: list[tuple[str, EventKind]]) -> None:
    events, _, _ = _events(text, meeting_date)
    assert [(e.date, e.kind) for e in events] == expected


def test_entries_under_a_done_lead_are_past_and_under_a_coming_lead_are_events() -> None:
    text = (" • Kommande aktiviteter:\n\n  Ledningsgrupp område akut 5/4\n\n  Regionfullmäktige 26/4\n\n"
            "  Utförda aktiviteter:\n\n  Regionfullmäktige 15/2\n\n  Nationella tjänstemannanätverket 23/2\n\n"
            "  Kommunbesök Krokom 22/3\n")
    events, _, _ = _events(text, "2022-03-24")
    assert [e.date for e in events] == ["2022-04-05", "2022-04-26"]


@pytest.mark.parametrize("lead", ["Genomfört sedan förra mötet:", "Gjorda studiebesök:", "Avslutade kurser:"])
def test_yearless_dates_under_a_done_lead_are_past(lead: str) -> None:
    events, _, _ = _events(f"{lead}\n- Besök i Krokom 12/2\n- Kurs i Stockholm 20/2\n", "2022-03-24")
    assert events == []


def test_a_written_year_under_a_done_lead_stays_a_date() -> None:
    # The year written says more than the lead; a later date there is still a later date.
    events, _, _ = _events("Genomförda aktiviteter:\n- Konferens i Umeå 2022-04-20\n", "2022-03-24")
    assert [e.date for e in events] == ["2022-04-20"]
