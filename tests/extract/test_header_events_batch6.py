"""Header and event families from the sixth fresh batch of real minutes (tests/data/extra 393-398)
and the header misses of the earlier batches (307, 352, 375).

Flattened municipal front pages set their labels in a column before the values ("Plats och tid
Beslutande SWECO-huset, ..., Luleå Bo Johansson, Älvsbyn, (s, ordförande"), lose the dash between two
whole hours ("kl 11 12") and the tail of a diary number ("Dnr 2016/"), or date the meeting by weekday,
day and month only with the year in a protocol number ("LS 9/2012 ... Tid Tisdagen den 11 december").
Blog copies carry a byline date and a logo's text. Each table holds real-looking phrasings and
look-alikes that must not match: historic dates, statistics, projections ("år 2030").
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events, is_byline
from planner.extract.header import (
    extract_meeting,
    find_time_range,
    letterhead_municipality,
    only_label_words,
    squashed,
    venue_after_dated_title,
    venue_before_names,
)
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def events_of(text: str, meeting_date: str, body: str | None = None) -> tuple[list[tuple[str, str]], str | None]:
    doc = minutes_from_text(text)
    events, next_meeting, _ = extract_events(doc, Meeting(body=body, date=meeting_date), [], [])
    return [(e.date, e.kind) for e in events], next_meeting


# --- whole hours whose dash was lost ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Dag och tid: Torsdag den 2 november 2017 kl 11 12 Plats: GR", "11:00", "12:00"),
        ("Tid: kl 9 13, Kommunhuset", "09:00", "13:00"),
        ("Tisdag 4 maj kl 13 16", "13:00", "16:00"),
        ("kl. 18 21 Lokal: Föreningsgården", "18:00", "21:00"),
        ("klockan 8 12; lunch ingår", "08:00", "12:00"),
    ],
)
def test_hours_lost_dash(text: str, start: str, end: str) -> None:
    found = find_time_range(text)
    assert found is not None
    assert (found[0].value, found[1].value) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "kl 11 12 personer deltog",  # a count after the hours, in lower case
        "kl 12 11 Plats: GR",  # the end before the start
        "kl 18 30 minuter senare",  # minutes of a duration
        "Mötet började kl 9",  # one hour only
        "§ 11 12 Budget",  # no "kl"
    ],
)
def test_no_hours_lost_dash(text: str) -> None:
    assert find_time_range(text) is None


# --- a venue before the attendees of a flattened label column -------------------------------------


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("SWECO-huset, V Varvsgatan 11, Luleå. Sammanträdesrummet 4 ½ tr Bo Johansson, Älvsbyn, (s, ordförande",
         "SWECO-huset, V Varvsgatan 11, Luleå. Sammanträdesrummet 4 ½ tr"),
        ("Oden, Sigfridsområdet, Emil Lindells v 15, Växjö Suzanne Frank (M), ordförande",
         "Oden, Sigfridsområdet, Emil Lindells v 15, Växjö"),
        ("Korrö Hantverksby, Linneryd Marie-Louise Hilmersson, (c) ordförande", "Korrö Hantverksby, Linneryd"),
        ("Net City, Örebro Torsdag den 1 juni :00 12:00 Mårten Blomquist (s), ordförande", "Net City, Örebro"),
        ("Stadshuset, rum Ängen Anna Berg (S) Bo Ek (M)", "Stadshuset, rum Ängen"),
    ],
)
def test_venue_before_names(value: str, venue: str) -> None:
    found = venue_before_names(value)
    assert found is not None
    assert found.value == venue


@pytest.mark.parametrize(
    "value",
    [
        "Suzanne Frank (M), ordförande Lena Karlsson (C)",  # the list opens at once
        "Anna Berg, Bo Ek, Cecilia Ny",  # no party: where the names begin is not told
        "enligt närvarolista Anna Berg (S)",  # no capitalised place
        "Anna Berg, ordförande Bo Ek (M)",  # a person with a role, no place
    ],
)
def test_no_venue_before_names(value: str) -> None:
    assert venue_before_names(value) is None


@pytest.mark.parametrize(
    ("value", "labels"),
    [("ande Ledamöter", True), ("och tid", True), ("", True), ("Beslutande:", True),
     ("Kommunhuset, Luleå", False), ("ande Stadshuset", False)],
)
def test_only_label_words(value: str, labels: bool) -> None:
    assert only_label_words(value) is labels


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (("PROTOKOLL\n\nPlats och tid\nBeslutande SWECO-huset, Luleå Bo Johansson, Älvsbyn, (s, ordförande "
         "Maj-Britt Lindström, Piteå, (s\nÖvriga deltagande Eva Nilsson, Överkalix\n\n1 Delgivningar 2006-02-09\n"),
         "SWECO-huset, Luleå"),
        (("PROTOKOLL 1(18) Landstingsstyrelsen Tid Tisdagen den 11 december 2012, kl\nPlats\n"
         "Närvarande ledamöter Oden, Sigfridsområdet, Växjö Suzanne Frank (M), ordförande Lena Karlsson (C)\n"),
         "Oden, Sigfridsområdet, Växjö"),
    ],
)
def test_flattened_label_column_venue(text: str, venue: str) -> None:
    assert meeting_of(text).venue == venue


# --- a diary number that lost its tail -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Protokoll 2016-06-09\n\nSn 50 Dnr 2016/ Budget och ekonomisk uppföljning\n", None),
        ("Protokoll 2016-06-09\nDnr KS 2016/123\n", "KS 2016/123"),
        ("Protokoll 2016-06-09\nDnr 21RGK153\n", "21RGK153"),
        ("Protokoll 2016-06-09\nDnr 2016- Budget\n", None),
    ],
)
def test_cut_diary_number(text: str, reference: str | None) -> None:
    assert meeting_of(text).reference == reference


# --- a weekday that fixes the year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 11 December was a Tuesday in 2012: the protocol number gives the year
        ("PROTOKOLL 1(18) LS 9/2012 Landstingsstyrelsen Tid Tisdagen den 11 december, kl\n", "2012-12-11"),
        ("Styrelsen 2019/04\nDatum: onsdag 3 april\n", "2019-04-03"),
        # the weekday fits neither year written in the head
        ("PROTOKOLL LS 9/2013 Tid Tisdagen den 11 december, kl\n", None),
        # no year anywhere in the head
        ("PROTOKOLL Tid Tisdagen den 11 december, kl\n", None),
        # two years written; only 2012 fits a Tuesday
        ("Verksamhetsplan 2011-2012\nTid: Tisdagen den 11 december\n", "2012-12-11"),
    ],
)
def test_weekday_fixes_year(text: str, date: str | None) -> None:
    assert meeting_of(text).date == date


# --- bodies --------------------------------------------------------------------------------------


def test_page_title_that_is_the_venue_gives_way_to_the_body_before_a_label() -> None:
    text = ("Oden, Sigfridsområdet, Växjö\n\nPROTOKOLL 1(18) Landstingets kansli LS 9/2012 Landstingsstyrelsen "
            "Tid Tisdagen den 11 december, kl\nPlats\nNärvarande ledamöter Oden, Sigfridsområdet, Växjö "
            "Suzanne Frank (M), ordförande\n")
    assert meeting_of(text).body == "Landstingsstyrelsen"


def test_logo_text_is_no_title() -> None:
    text = "Finnvedens samordningsförbunds logga\n\nStyrelsemötet 210527\n\nStyrelsen beslutade att avvakta.\n"
    body = meeting_of(text).body
    assert body is not None and "logga" not in body


@pytest.mark.parametrize(("a", "b"), [("NetCity, Örebro", "Net City, Örebro"), ("Kårhuset", "kårhuset.")])
def test_squashed(a: str, b: str) -> None:
    assert squashed(a) == squashed(b)


# --- blog bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line_before", "after", "byline"),
    [
        ("By ", ", 2018 No Comments", True),
        ("", " No Comments", True),
        ("Postat den ", " av Anna", True),
        ("", " 3 kommentarer", True),
        ("Nästa möte ", ". Kommentarer på remissen skickas", False),  # a sentence goes on
        ("Remissvar senast ", "", False),
        ("Vi ses ", " kl 18", False),
    ],
)
def test_is_byline(line_before: str, after: str, byline: bool) -> None:
    assert is_byline(line_before, after) is byline


def test_byline_date_is_no_event() -> None:
    text = "Protokoll styrelsemöte\n\nBy 17 augusti, 2018 No Comments\n\nNästa möte 5 september 2018.\n"
    events, next_meeting = events_of(text, "2018-08-09", "Styrelsen")
    assert events == [("2018-09-05", "meeting")]
    assert next_meeting == "2018-09-05"


# --- an extra meeting of the body itself ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "next_meeting"),
    [
        ("Protokoll\n\nStyrelsen beslutade att avvakta med beslutet tills ett extra möte 2021-06-21.\n",
         "Styrelsen", "2021-06-21"),
        ("Protokoll\n\nSocialnämnden beslutade att hålla ett extrainsatt sammanträde den 21 juni 2021.\n",
         "Socialnämnden", "2021-06-21"),
        ("Protokoll\n\nBeslutet fattas vid ett extra möte den 21 juni 2021.\n", "Socialnämnden", "2021-06-21"),
        # another body's extra meeting
        ("Protokoll\n\nFörbundsstyrelsen håller ett extra möte den 21 juni 2021.\n", "Socialnämnden", None),
        ("Protokoll\n\nKommunfullmäktige har ett extra sammanträde den 21 juni 2021.\n", "Socialnämnden", None),
        # the association's general meeting, not the board's
        ("Protokoll\n\nKallelse till extra årsmöte den 21 juni 2021 skickas ut.\n", "Styrelsen", None),
        # "området" ends like "rådet" and names no body
        ("Protokoll\n\nStyrelsen avvaktar med medel i området tills ett extra möte 2021-06-21.\n",
         "Styrelsen", "2021-06-21"),
    ],
)
def test_extra_meeting_is_next(text: str, body: str, next_meeting: str | None) -> None:
    assert events_of(text, "2021-05-27", body)[1] == next_meeting


# --- events and their look-alikes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Förbundsstyrelsen tar beslut den 8 december.\n", [("2017-12-08", "other")]),
        ("Sista dag för ansökan är den 15 december 2017.\n", [("2017-12-15", "deadline")]),
        ("Nästa möte: 12 december 2017 kl 13-16 i Stadshuset.\n", [("2017-12-12", "meeting")]),
        # history, statistics and projections are no events
        ("Föreningen bildades den 3 maj 1998.\n", []),
        ("Statistiken från mars 2017 visar 200 medlemmar.\n", []),
        ("År 2030 ska utsläppen ha halverats enligt planen.\n", []),
        ("Befolkningen beräknas öka till år 2040.\n", []),
        ("Justeringens plats och tid Visborg 25 november 2017.\n", []),
    ],
)
def test_events_and_look_alikes(text: str, events: list[tuple[str, str]]) -> None:
    assert events_of("Protokoll\n\n" + text, "2017-11-02", "Styrelsen för social välfärd")[0] == events


# --- a place closing a dated title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Styrelsemöte 2017-02-26 Mångbyskolan", "Mångbyskolan"),
        ("Protokoll årsmöte 12 mars 2019 kl 18.00 Folkets hus", "Folkets hus"),
        ("Medlemsmöte den 3 maj 2019 Bygdegården", "Bygdegården"),
        ("Styrelsemöte 2017-02-26 Styrelsen", None),  # a body, no place
        ("Styrelsemöte 2017-02-26", None),
        ("Styrelsemöte 2017-02-26 via Zoom", None),
        ("Möte 2017-02-26 Närvarande", None),  # the next label
        ("Styrelsemöte 2017-02-26 Söndag", None),
        ("Styrelsemöte 2017-02-26 Telefonmöte", None),
        ("Årsmöte 2019-03-04 Ordförande Anna Berg", None),  # a role
        ("Styrelsemöte 2017-02-26 kl 18.00 Stockholm", "Stockholm"),
        ("Vi hade ett trevligt möte 2017-02-26 Anna", None),  # no title: the meeting word does not open it
    ],
)
def test_venue_after_dated_title(title: str, venue: str | None) -> None:
    found = venue_after_dated_title(title)
    assert (found.value if found else None) == venue


# --- a dated link below the closing line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (("Närvarande: Anna B, Bo C\n\n1. Mötet öppnat\n2. Ekonomi\n\n11.Mötet avslutat\n\n"
         "Protokoll Styrelsemöte 2023-04-17 17:15 Föreningslokalen\n"), None),
        (("Styrelsemöte 2023-03-20\n\nNärvarande: Anna B, Bo C\n\n1. Mötet öppnat\n11.Mötet avslutat\n\n"
         "Protokoll Styrelsemöte 2023-04-17\n"), "2023-03-20"),
    ],
)
def test_no_date_below_the_closing_line(text: str, date: str | None) -> None:
    assert meeting_of(text).date == date


# --- a stored wiki page's frame ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Från Wikimedia", "Från Wikipedia, den fria encyklopedin", "Hoppa till navigering Hoppa till sök",
     "Jump to navigation Jump to search"],
)
def test_wiki_frame_is_no_body(line: str) -> None:
    body = meeting_of(f"Mötesprotokoll 2016-09-26\n\n{line}\n\nStyrelsemöte\n\nNärvarande: Anna Berg, Bo Ek\n").body
    assert body is None or line.split()[0] not in body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a heading that opens with "Från" and goes on in lower case is no tagline
        ("Från styrelsen 2016-09-26\n\nNärvarande: Anna Berg, Bo Ek\n", "styrelsen"),
    ],
)
def test_from_heading_is_kept(text: str, body: str) -> None:
    got = meeting_of(text).body
    assert got is not None and body in got.casefold()


# --- a bare venue label, and a place beside the platform -----------------------------------------


@pytest.mark.parametrize(
    ("text", "venue", "online"),
    [
        ("Anteckningar Regionalt forum\nDatum 2023-10-19, kl 9.30–15.00\nPlats Scandic Hotell, Karlstad\n",
         "Scandic Hotell, Karlstad", None),
        ("Kommunstyrelsens arbetsutskott\nSammanträdesdatum: 2021-09-14\nPlats: Kommunhuset, Teams\n",
         "Kommunhuset", "Teams"),
        ("Styrgruppen\nDatum: 2021-09-14\nPlats: Stadshuset, sal A, Teams\n", "Stadshuset, sal A", "Teams"),
        ("Styrgruppen\nDatum: 2021-09-14\nPlats: Teams, länk i kallelsen\n", None, "Teams"),
        ("Styrgruppen\nDatum: 2021-09-14\nPlats: Zoom, Meeting ID 123 456\n", None, "Zoom"),
        ("Styrgruppen\nDatum: 2021-09-14\nPlats: Digitalt, Teams\n", None, "Teams"),
        # "Platsen ..." and "Plats för ..." are words of a sentence
        ("Styrgruppen 2021-09-14\nPlatsen Kommunhuset var full.\n", None, None),
        ("Styrgruppen 2021-09-14\nPlats för nästa möte bestäms senare.\n", None, None),
    ],
)
def test_bare_label_and_platform_place(text: str, venue: str | None, online: str | None) -> None:
    got = meeting_of(text)
    assert (got.venue, got.online) == (venue, online)


# --- an event's room after its place ------------------------------------------------------------


def venues_of(text: str) -> list[str | None]:
    doc = minutes_from_text("Protokoll\n\n" + text)
    events, _, _ = extract_events(doc, Meeting(body="Kommunalt forum", date="2023-12-06"), [], [])
    return [e.venue for e in events]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Nästa möte hålls den 14 mars i Regionhuset, sal Bolmen, kl 9.00-12.00.\n", "Regionhuset, sal Bolmen"),
        ("Nästa möte den 14 mars 2024 på Kommunhuset, rum 3.\n", "Kommunhuset, rum 3"),
        ("Nästa möte den 14 mars 2024 i Regionhuset, Växjö.\n", "Regionhuset, Växjö"),
        # a lower-case word after the comma that names no room stays out
        ("Nästa möte den 14 mars 2024 i Regionhuset, samt digitalt.\n", "Regionhuset"),
    ],
)
def test_event_room_after_place(text: str, venue: str) -> None:
    assert venues_of(text) == [venue]


# --- a letterhead municipality in capitals -------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Jan-Owe Dvärby ÅNGE KOMMUN ANSLAG/BEVIS Protokollet är justerat.", "Ånge kommun"),
        ("VILHELMINA KOMMUN PROTOKOLL 1(54)", "Vilhelmina kommun"),
        ("SAMMANTRÄDESPROTOKOLL\nÖVERTORNEÅ KOMMUN\n", "Övertorneå kommun"),
        ("GÖTEBORGS STAD", None),
        ("HÄR ÄR KOMMUN och landsting", None),  # no letterhead: a sentence goes on
        ("STORA KOMMUN DAGEN", None),
    ],
)
def test_letterhead_municipality_in_capitals(head: str, body: str | None) -> None:
    found = letterhead_municipality(head)
    assert (found.value if found else None) == body


# --- a blog category glued to the title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        ("AllmäntProtokoll styrelsemöte", "Styrelsen"),
        ("NyheterProtokoll styrelsemöte", "Styrelsen"),
        ("Protokoll styrelsemöte", "Styrelsen"),
    ],
)
def test_glued_category_is_no_part_of_the_body(first_line: str, body: str) -> None:
    assert meeting_of(f"{first_line}\n\nStyrelsemöte 9 augusti 2018\n\nStyrelsen beslutade att amortera.\n").body == body


def test_camel_case_name_is_kept() -> None:
    # no document word after the capital: a name written in camel case stays whole
    got = meeting_of("ByaNätet styrelsemöte 2018-08-09\n\nNärvarande: Anna Berg, Bo Ek\n").body
    assert got is not None and "ByaNätet" in got
