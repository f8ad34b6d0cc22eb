"""Header and event families from the fourth fresh batch of real minutes (tests/data/extra 363-368).

Each table holds several real-looking phrasings of one family and phrasings that must not match:
spaced short dates ("18 09 26"), comma minutes after "kl", titles that only say how a meeting was
held ("Skypemöte"), a day/month title with a two-digit year, opening hours in prose, a place right
after the date or told in the past, a "Plats:" below running prose, the date of a past meeting whose
minutes are referred to, "Mötet beslutade ..." in an event's sentence, and a copy without its head.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting, find_dates, find_time_range, has_date
from planner.extract.model import EventKind, Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def events_of(text: str, meeting_date: str | None, body: str | None = None) -> list[tuple[str, str]]:
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(body=body, date=meeting_date), [], [])
    return [(e.date, e.kind) for e in events]


# --- spaced short dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("18 09 26", "2018-09-26"),
        ("Protokoll fört vid Skypemöte 18 09 26 kl. 10-10,45", "2018-09-26"),
        ("Grästorp 18 05 02", "2018-05-02"),
        ("Styrelsemöte 21 11 30", "2021-11-30"),
    ],
)
def test_spaced_short_date(phrase: str, iso: str) -> None:
    assert [f.value for f in find_dates(phrase, compact=True)] == [iso]


@pytest.mark.parametrize(
    "phrase",
    [
        "Tel 08-466 24 96",  # a phone number's pairs
        "Ring 070 12 34 56",  # four pairs
        "Mobil 08 12 34 56",
        "Poängen blev 12 13 14",  # no month 13
        "Koden 12 05 31 40",  # followed by another pair
    ],
)
def test_not_a_spaced_short_date(phrase: str) -> None:
    assert find_dates(phrase, compact=True) == []


def test_spaced_short_date_dates_minutes_without_any_other_date() -> None:
    text = "18 09 26\n\nProtokoll fört vid Skypemöte 18 09 26 kl. 10-10,45\n\nNärvarande\nAnna Ek och Per Bo\n"
    assert has_date(text)
    assert meeting_of(text).date == "2018-09-26"


# --- times with comma minutes and times in prose ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("Skypemöte kl. 10-10,45", "10:00", "10:45"),
        ("Telefonmöte kl 9,30-11", "09:30", "11:00"),
        ("Möte klockan 18,15 - 20,00", "18:15", "20:00"),
        ("Tid: kl. 13.15-15.00", "13:15", "15:00"),
    ],
)
def test_time_range_with_comma_minutes(phrase: str, start: str, end: str) -> None:
    found = find_time_range(phrase)
    assert found is not None
    assert (found[0].value, found[1].value) == (start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "Budgeten ökar med 2,5-3,5 procent",  # numbers, no "kl"
        "Punkterna 10-10,45 i listan",
        "Resultatet blev 1,20-2,40",
    ],
)
def test_no_time_range_from_decimal_numbers(phrase: str) -> None:
    assert find_time_range(phrase) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Opening hours of an activity in a paragraph of prose are not the meeting's time.
        (("Protokoll 8/9-2016\n\nNärvarande: Clara, Eva och Malin\n\n* Fritidsgården:\nOm allt går som vi "
          "tänkt blir det tisdagar för de små barnen klockan 17.00-19.00 och onsdagar klockan 18.00-20.00. "
          "Caroline kollar vilka som kan vara vakter.\n"), None, None),
        (("Styrelsemöte 2016-09-08\n\nVi gick igenom schemat och bestämde att caféet håller öppet "
          "lördagar kl 10.00-14.00 hela hösten fram till jul.\n"), None, None),
        # Prose about the meeting itself keeps its range; so does a short header line with "kl".
        (("Styrelsemöte 2022-03-15\n\nMötet hölls kl 18.00-20.00 i föreningslokalen och var välbesökt av "
          "många glada medlemmar.\n\n1. Öppnande\n"), "18:00", "20:00"),
        ("Styrelsemöte 2016-09-08\nkl 18.00-20.00\nNärvarande: Clara, Eva\n", "18:00", "20:00"),
    ],
)
def test_time_range_in_prose_is_no_meeting_time(text: str, start: str | None, end: str | None) -> None:
    m = meeting_of(text)
    assert (m.start, m.end) == (start, end)


# --- body: titles that name no body ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Protokoll fört vid Skypemöte 2018-09-26 kl. 10-11\n\nNärvarande\nAnna Ek, Per Bo och Eva Ny\n", None),
        ("Telefonmöte 2021-04-21\n\nDeltagare: Anna Ek\n", None),
        ("Protokoll 8/9-2016\n\nProtokoll från möte den 8/9-16\n\nNärvarande: Clara, Eva\n", None),
        ("Digitalt möte 2021-02-03\n\nNärvarande: Anna Ek\n", None),
        # A body's meeting keeps its body.
        ("Protokoll från styrelsemöte 2018-09-26\n\nNärvarande: Anna Ek\n", "Styrelsen"),
        ("Styrelsemöte den 8/9-16\n\nNärvarande: Anna Ek, Per Bo\n2016-09-08\n", "Styrelsen"),
    ],
)
def test_title_of_a_meeting_form_names_no_body(text: str, body: str | None) -> None:
    assert meeting_of(text).body == body


# --- venue ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (("Minnesanteckning\n\nKommittén för jubileet\n\nNärvarande 2013-05-29 på Järnvägsrestaurangen Östra "
          "station\n\nBosse Tengblad\n"), "Järnvägsrestaurangen Östra station"),
        ("Styrelsemöte den 4 maj 2015 i Folkets hus\n\nNärvarande: Anna Ek\n", "Folkets hus"),
        (("Presidiemöte 2/9\n\n2008-09-06\n\nSom vanligt höll vi till i gamla Barkarbyfabriken, på restaurant "
          "Prince Pallas.\n"), "gamla Barkarbyfabriken, på restaurant Prince Pallas"),
        ("Möte 2019-03-02\n\nVi träffades hos Anna Ek i Bjärred.\n", "Anna Ek i Bjärred"),
        # "i samband med" is no place; a later event's "Plats:" below running prose is not this meeting's.
        ("Styrelsemöte 2015-05-04 i samband med årsmötet\n\nNärvarande: Anna Ek\n", None),
        (("Presidiemöte 2008-09-02\n\nHöstfesten 22 oktober\n\nPå förslag av ordföranden kommer höstens träff att "
          "börja på museet och sedan fortsätta med middag i tornet för alla som vill!\n\nÅrsmötet 17 februari "
          "2009\n\nPlats: Nordic Forum i Kista.\n"), None),
    ],
)
def test_venue_after_the_date_or_told_in_the_past(text: str, venue: str | None) -> None:
    assert meeting_of(text).venue == venue


# --- events ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meeting_date", "expected"),
    [
        # The date of a past meeting whose minutes are referred to is no event.
        (("5. Anmälan av protokoll\n\nProtokoll från styrelsemötet 21 april samt AU-mötet 17 maj tidigare "
          "utsänt. Inget att erinra.\n\n13. Nästa styrelsemöte den 25 augusti 2021\n"), "2021-01-01",
         [("2021-08-25", EventKind.MEETING)]),
        (("Anteckningarna från mötet den 3 mars godkändes. Nästa möte blir den 14 april 2022.\n"), "2022-01-01",
         [("2022-04-14", EventKind.MEETING)]),
        # A deadline for such minutes stays an event.
        ("Protokollet från årsmötet ska skickas ut senast 15 maj.\n", "2022-04-20",
         [("2022-05-15", EventKind.DEADLINE)]),
    ],
)
def test_minutes_of_a_past_meeting_date_no_event(text: str, meeting_date: str,
                                                  expected: list[tuple[str, EventKind]]) -> None:
    assert events_of(text, meeting_date) == expected


@pytest.mark.parametrize(
    ("text", "meeting_date", "expected"),
    [
        (("§ 11 Verksamhet\n\nMötet beslutade att både årets loppis och byfest ska hållas lördagen den 27 juli, "
          "byloppisen mellan 10-15 och byfesten på kvällen.\n"), "2019-04-27", [("2019-07-27", EventKind.OTHER)]),
        ("Årsmötet bestämde att vi ska ordna ett knytkalas den 4 augusti.\n", "2019-04-27",
         [("2019-08-04", EventKind.OTHER)]),
        # A later meeting named in the same sentence is still a meeting.
        ("Mötet beslutade att nästa möte hålls den 12 maj.\n", "2019-04-27", [("2019-05-12", EventKind.MEETING)]),
        ("Styrelsen beslutade att årsmötet hålls den 20 oktober.\n", "2016-09-08",
         [("2016-10-20", EventKind.MEETING)]),
    ],
)
def test_this_meeting_deciding_is_no_meeting_kind(text: str, meeting_date: str,
                                                  expected: list[tuple[str, EventKind]]) -> None:
    assert events_of(text, meeting_date) == expected


def test_copy_without_its_head_is_dated_by_its_written_year() -> None:
    """A stored page that lost its title keeps its events: the written year resolves the yearless day."""
    text = ("Tid: 10.00-11.15\nPlats: Telefonmöte\n\n11. Träff\n\nGemensam lunch tisdag 1 juni kl.16.00 på Tuna "
            "Kök o Bar.\n\n13. Nästa styrelsemöte den 25 augusti 2021\n")
    doc = minutes_from_text(text)
    meeting = extract_meeting(doc)[0]
    assert meeting.date is None
    events, next_meeting, _ = extract_events(doc, meeting, [], [])
    assert next_meeting == "2021-08-25"
    assert {e.date for e in events} == {"2021-06-01", "2021-08-25"}


def test_copy_without_any_written_year_has_no_events() -> None:
    text = "Tid: 10.00-11.15\nPlats: Telefonmöte\n\n13. Nästa styrelsemöte den 25 augusti\n"
    doc = minutes_from_text(text)
    events, next_meeting, _ = extract_events(doc, extract_meeting(doc)[0], [], [])
    assert (events, next_meeting) == ([], None)


# --- online and home venues ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue", "online"),
    [
        ("Protokoll\nDatum: 2022-03-15\nPlats: Discord\n\n1. Öppnande\n", None, "Discord"),
        ("Protokoll\nDatum: 2022-03-15\nPlats: Discord och Kårhuset\n\n1. Öppnande\n", "Kårhuset", "Discord"),
        ("Protokoll styrelsemöte 2022-01-12 kl 19.00 hos Anna Ek\n\n1. Mötets öppnande\n", "hos Anna Ek", None),
        # A topic word is no platform.
        ("Protokoll\nDatum: 2022-03-15\nPlats: Stadshuset, Digitaliseringsrummet\n\n1. Öppnande\n",
         "Stadshuset, Digitaliseringsrummet", None),
    ],
)
def test_header_platform_and_home_venue(text: str, venue: str | None, online: str | None) -> None:
    m = meeting_of(text)
    assert (m.venue, m.online) == (venue, online)


@pytest.mark.parametrize(
    ("text", "venue", "online"),
    [
        ("Vi ses nästa gång den 21 april kl 19 hos Per.\n", "hos Per", None),
        ("Nästa möte blir digitalt den 3 mars kl. 18.\n", None, "digital"),
        ("Nästa möte den 3 mars kl. 18 på Discord.\n", None, "Discord"),
        # "digitalisering" is the topic, not the form.
        ("Seminariet om digitalisering äger rum den 22 november kl. 13.00–16.00 på Stadsbiblioteket.\n",
         "Stadsbiblioteket", None),
        ("Konferensen om onlinehandel hålls den 5 maj i Göteborg.\n", "Göteborg", None),
    ],
)
def test_event_platform_and_home_venue(text: str, venue: str | None, online: str | None) -> None:
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(body="Styrelsen", date="2021-11-20"), [], [])
    assert [(e.venue, e.online) for e in events] == [(venue, online)]


@pytest.mark.parametrize(
    ("text", "venue", "online"),
    [
        ("Protokoll styrelsemöte\nDatum: 2023-01-10\nPlats: Hybridmöte – Kommunhuset och Teams\n\n1. Öppnande\n",
         "Kommunhuset", "Teams"),
        ("Protokoll styrelsemöte\nDatum: 2023-01-10\nPlats: Hybrid: Kårhuset och Zoom\n\n1. Öppnande\n",
         "Kårhuset", "Zoom"),
        ("Protokoll nr 4/2022\nStyrelsen\n15 mars 2022 kl. 18.30–21.00\nDigitalt möte\n\n§ 1 Öppnande\n",
         None, "digital"),
        ("Protokoll\nStyrelsen\n15 mars 2022\nDistansmöte\n\n§ 1 Öppnande\n", None, "digital"),
        (("Minnesanteckningar\nRegional samverkansgrupp\n2022-03-15\nKl. 13.15–15.00, Stora salen, Kommunhuset"
          "\n\n1. Inledning\n"), "Stora salen, Kommunhuset", None),
        # A line about digital matters is no meeting form; "Hybridfordon" is no hybrid meeting.
        ("Protokoll\nStyrelsen\n15 mars 2022\nDigitalt möte om skolans datorer planeras\n\n§ 1 Öppnande\n",
         None, None),
        ("Protokoll styrelsemöte\nDatum: 2023-01-10\nPlats: Hybridfordonshallen\n\n1. Öppnande\n",
         "Hybridfordonshallen", None),
    ],
)
def test_hybrid_and_remote_form_lines(text: str, venue: str | None, online: str | None) -> None:
    m = meeting_of(text)
    assert (m.venue, m.online) == (venue, online)


@pytest.mark.parametrize(
    ("text", "kind", "venue"),
    [
        ("Motionsstopp för årsmötet är den 15 januari.\n", EventKind.DEADLINE, None),
        ("Sista ansökningsdag är 1 februari.\n", EventKind.DEADLINE, None),
        ("Anmälningsstopp till kursen den 10 december.\n", EventKind.DEADLINE, None),
        ("Julbord den 10 december kl 18.00 på restaurang Tornet.\n", EventKind.OTHER, "restaurang Tornet"),
        ("Styrelsen har internat 4–5 februari på hotell Lysekil.\n", EventKind.MEETING, "hotell Lysekil"),
        # A lower-case word after "på" that is no kind of place gives no venue.
        ("Julbord den 10 december kl 18.00 på kvällen.\n", EventKind.OTHER, None),
    ],
)
def test_association_deadlines_and_kinds_of_place(text: str, kind: EventKind, venue: str | None) -> None:
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(body="Styrelsen", date="2021-11-20"), [], [])
    assert [(e.kind, e.venue) for e in events] == [(kind, venue)]


@pytest.mark.parametrize(
    ("value", "venue", "online"),
    [
        ("Zoom, https://zoom.us/j/123456", None, "Zoom"),
        ("https://zoom.us/j/123456", None, "Zoom"),
        ("Teams (länk: https://teams.microsoft.com/l/meetup-join/19abc)", None, "Teams"),
        ("Kårhuset och Zoom https://liu-se.zoom.us/j/6612", "Kårhuset", "Zoom"),
        ("Kårhuset, se www.karen.se", "Kårhuset", None),
        # No link: the value as written.
        ("Kårhuset, sal 3", "Kårhuset, sal 3", None),
    ],
)
def test_meeting_link_in_the_venue_value(value: str, venue: str | None, online: str | None) -> None:
    m = meeting_of(f"Protokoll styrelsemöte 2022-03-15\nPlats: {value}\n\n1. Öppnande\n")
    assert (m.venue, m.online) == (venue, online)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll från styrelsemöte i Föreningen Solsidan", "Styrelsen i Föreningen Solsidan"),
        ("Protokoll från styrelsemöte i Brf Ekbacken", "Styrelsen i Brf Ekbacken"),
        ("Styrelsemöte i Renålandets byförening", "Styrelsen i Renålandets byförening"),
        # A place after "i" makes no "Styrelsen i ..." body: the title stays as written.
        ("Protokoll från styrelsemöte i Stadshuset", "Styrelsemöte i Stadshuset"),
    ],
)
def test_meeting_of_an_organisation_named_first(title: str, body: str) -> None:
    assert meeting_of(f"{title}\n\nDatum: 2022-03-15\n\n1. Öppnande\n").body == body


@pytest.mark.parametrize(
    ("text", "next_meeting"),
    [
        ("13. Övrigt\nStyrelsen träffas igen den 4 april.\n", "2022-04-04"),
        ("13. Övrigt\nVi ses igen 3/5 kl 18.\n", "2022-05-03"),
        ("13. Avslutning\nGruppen möts nästa gång den 12 april i Kårhuset.\n", "2022-04-12"),
        # Meeting someone else is no next meeting of the body.
        ("13. Övrigt\nVi träffar kommunen den 4 april om bidraget.\n", None),
        ("13. Övrigt\nAnna och Per ses den 4 april för att gå igenom kassan.\n", None),
    ],
)
def test_the_body_meeting_again(text: str, next_meeting: str | None) -> None:
    doc = minutes_from_text(text)
    _, found, _ = extract_events(doc, Meeting(body="Styrelsen", date="2022-02-20"), [], [])
    assert found == next_meeting


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Styrelsemöte\nDatum: 2022.03.15\n\n1. Öppnande\n", "2022-03-15"),
        ("Protokoll styrelsemöte 15/3-22\n\n1. Öppnande\n", "2022-03-15"),
        ("Protokoll 8/9-2016\n\nNärvarande: Clara, Eva\n", "2016-09-08"),
        ("Protokoll från möte den 8/9-16\n\nNärvarande: Clara, Eva\n", "2016-09-08"),
        ("Styrelsemöte\nDatum: 5/3/2022\n\n1. Öppnande\n", "2022-03-05"),
        ("Styrelsemöte\nDatum: 15-03-2022\n\n1. Öppnande\n", "2022-03-15"),
        ("Styrelsemöte\nDatum: 15.03.22\n\n1. Öppnande\n", "2022-03-15"),
        ("Styrelsemöte\nDatum: 2022 03 15\n\n1. Öppnande\n", "2022-03-15"),
        # A range of days is no short year; a version number is no date.
        ("Protokoll styrelsemöte\nPeriod 1/3-15/3\nDatum: 2022-03-20\n\n1. Öppnande\n", "2022-03-20"),
        ("Styrelsemöte 2022-03-20\nProgramversion 2.03.15\n\n1. Öppnande\n", "2022-03-20"),
    ],
)
def test_dotted_iso_and_short_year_dates(text: str, date: str) -> None:
    assert meeting_of(text).date == date


@pytest.mark.parametrize(
    ("text", "venue", "online"),
    [
        ("# Styrelsemöte\n**Datum:** 2022-03-15 **Tid:** 17:15 **Plats:** Discord\n\n## 1. Öppnande\n", None,
         "Discord"),
        ("Protokoll\nStyrelsemöte 2022-03-15\nPlats: Kårhuset (och via Zoom)\n\n1. Öppnande\n", "Kårhuset", "Zoom"),
        ("Protokoll\nStyrelsemöte 2022-03-15\nPlats: Kårhuset, även Teams\n\n1. Öppnande\n", "Kårhuset", "Teams"),
        ("Protokoll\nStyrelsemöte 2022-03-15\nPlats: Zoom (länk i kallelsen)\n\n1. Öppnande\n", None, "Zoom"),
        ("Protokoll\nStyrelsemöte 2022-03-15\nPlats: Stadshuset (sal B)\n\n1. Öppnande\n", "Stadshuset (sal B)", None),
    ],
)
def test_place_and_platform_side_by_side(text: str, venue: str | None, online: str | None) -> None:
    m = meeting_of(text)
    assert (m.venue, m.online) == (venue, online)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("9. Rapporter\nRapport från mötet med kommunen 10 mars: inget nytt.\n", []),
        ("12. Info\nBeslutet från den 28 februari gäller.\n", []),
        ("10. Rapporter\nÅterrapport från nätverksträffen 3 mars ges av Anna.\n", []),
        # A report to be given at a later date is an event.
        ("9. Rapporter\nRapporten om lokalerna lämnas senast 10 mars.\n", ["2022-03-10"]),
        ("9. Rapporter\nKommunen rapporterar vid mötet 10 mars.\n", ["2022-03-10"]),
    ],
)
def test_report_or_decision_of_a_held_meeting_dates_no_event(text: str, dates: list[str]) -> None:
    assert [d for d, _ in events_of(text, "2022-02-20")] == dates


def test_report_from_an_organisation_to_come_stays_an_event() -> None:
    text = "Styrelsen ska läsa rapport från Socialstyrelsen som publiceras den 5 maj.\n"
    assert events_of(text, "2022-02-20") == [("2022-05-05", EventKind.OTHER)]


@pytest.mark.parametrize(
    "phrase",
    [
        "Budgeten är 15.03.22 tkr",  # no date label: read only where compact dates are
        "Tel 0171-12 34 56",
        "Kostnaden blev 1,15.03",
    ],
)
def test_no_short_year_date_in_running_text(phrase: str) -> None:
    assert find_dates(phrase) == []


_INTRO = ("Hej alla medlemmar!\n\nHär kommer protokollet från vårt senaste möte som hölls med många glada deltagare "
          "och god fika.\n\n")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # A blog's greeting above the head does not hide the head's place.
        (_INTRO + "Datum: 2022-03-15\nPlats: Föreningslokalen\n\n1. Öppnande\n", "Föreningslokalen"),
        (_INTRO + "Styrelsemöte 15 mars 2022\nPlats: Föreningslokalen\n\n1. Öppnande\n", "Föreningslokalen"),
        # Below running text, under another occasion's dated heading, the place is that occasion's.
        (("Styrelsemöte 2022-03-15\n\nVi gick igenom planeringen inför våren och alla var överens om att "
          "det blir en bra säsong!\n\nÅrsmötet 17 februari 2023\n\nPlats: Nordic Forum i Kista.\n"), None),
    ],
)
def test_place_label_below_prose(text: str, venue: str | None) -> None:
    assert meeting_of(text).venue == venue


def test_headless_copy_is_dated_by_the_year_written_most() -> None:
    """Past the head (its first 1500 characters hold no full date), the year the full dates are
    written in most wins over one told once in a long sentence of history."""
    report = "Kassören redovisade läget för medlemsavgifterna och påminnelserna till föreningarna. " * 20
    text = ("Tid: 10.00-11.15\nPlats: Telefonmöte\n\n6. Ekonomi\n" + report + "\n\n7. Historik\nOrdföranden "
            "påminde om att föreningen bildades den 15 mars 2020 av ett tiotal eldsjälar i kvarteret.\n\n11. Träff"
            "\n\nGemensam lunch tisdag 1 juni kl.16.00 på Tuna Kök o Bar.\n\n12. Kalender\nHöstmötet hålls den "
            "14 oktober 2021 i stora salen för alla medlemmar.\n\n13. Nästa styrelsemöte den 25 augusti 2021\n")
    doc = minutes_from_text(text)
    meeting = extract_meeting(doc)[0]
    assert meeting.date is None
    events, next_meeting, _ = extract_events(doc, meeting, [], [])
    assert next_meeting == "2021-08-25"
    assert {e.date for e in events} == {"2021-06-01", "2021-08-25", "2021-10-14"}


@pytest.mark.parametrize(
    ("text", "date", "start", "end", "venue"),
    [
        ("Styrelsemöte\nDatum: 2022-03-15\nStarttid: 18:00\nSluttid: 20:00\n\n1. Öppnande\n",
         "2022-03-15", "18:00", "20:00", None),
        ("Styrelsemöte\nDatum: 2022-03-15\nTid: 18:00\nSluttid: 20.15\n\n1. Öppnande\n",
         "2022-03-15", "18:00", "20:15", None),
        ("Styrelsemöte\nNär: 2022-03-15 kl 18\nVar: Kårhuset\n\n1. Öppnande\n", "2022-03-15", "18:00", None, "Kårhuset"),
        ("Styrelsemöte\nNär: Tisdag 15 mars 2022, 18.00-20.00\nVar: Kårhuset\n\n1. Öppnande\n",
         "2022-03-15", "18:00", "20:00", "Kårhuset"),
        # "När" in running text is no label.
        ("Styrelsemöte 2022-03-15\n\n1. Öppnande\nNär alla hade kommit öppnades mötet.\n", "2022-03-15", None, None,
         None),
    ],
)
def test_when_where_and_end_time_labels(text: str, date: str, start: str | None, end: str | None,
                                        venue: str | None) -> None:
    m = meeting_of(text)
    assert (m.date, m.start, m.end, m.venue) == (date, start, end, venue)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Beträffande lokalen ska den vara klar den 5 maj.\n", EventKind.MILESTONE),
        ("Vi ska bestämma datum för städdagen den 5 maj.\n", EventKind.OTHER),
        ("Om inget oväntat inträffar blir invigningen den 5 maj.\n", EventKind.OTHER),
        # Compounds of a meeting noun are meetings.
        ("Medlemsträff den 5 maj kl 18.\n", EventKind.MEETING),
        ("Föreningsstämman hålls den 5 maj.\n", EventKind.MEETING),
    ],
)
def test_words_that_only_hold_a_meeting_noun(text: str, kind: EventKind) -> None:
    assert events_of(text, "2022-03-01") == [("2022-05-05", kind)]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Nästa möte: 15-04-2022 kl 18.", "2022-04-15"),
        ("Nästa möte: 15.04.2022 kl 18.", "2022-04-15"),
        ("Nästa möte: 2022-04-15", "2022-04-15"),
        # Mixed separators are no date; a day range stays a day range.
        ("Nästa möte: 15-04.2022 kl 18.", None),
    ],
)
def test_day_month_year_with_dashes(line: str, date: str | None) -> None:
    doc = minutes_from_text(f"9. Nästa möte\n{line}\n")
    _, next_meeting, _ = extract_events(doc, Meeting(body="Styrelsen", date="2022-03-01"), [], [])
    assert next_meeting == date


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Nästa möte hålls hos Eva den 3 maj kl 19.", "hos Eva"),
        ("Nästa möte i Kårhuset den 3 maj.", "Kårhuset"),
        ("Inför SK-möte i Malmö 17/5 ska vi förbereda.", "Malmö"),
        ("Nästa möte i samband med den 3 maj.", None),
    ],
)
def test_place_written_before_the_date(line: str, venue: str | None) -> None:
    doc = minutes_from_text(f"9. Nästa möte\n{line}\n")
    events, _, _ = extract_events(doc, Meeting(body="Styrelsen", date="2022-03-01"), [], [])
    assert [e.venue for e in events] == [venue]
