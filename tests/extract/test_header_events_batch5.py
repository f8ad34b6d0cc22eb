"""Header families from the fifth fresh batch of real minutes (tests/data/extra 377-380) and the
body misses of the fourth (351-368).

A body is left null when the text does not give one: a title that only names a kind of meeting
("Arbetsmöte", "Sprint planning"), a line of when and how ("v 19-22 | 26 mars", "Zoom"), a letter's
place and date ("Vänersborg 2016-01-20") and a row of people ("Göran Jarhult Monica Sjöblom ...")
name no body. Each table holds several real-looking phrasings and phrasings that must not match.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import (
    body_of_title,
    extract_meeting,
    is_activity_title,
    is_dateline,
    is_filler_title,
    is_name_run,
    letterhead_municipality,
    venue_in_title,
)
from planner.extract.model import EventKind, Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def events_of(text: str, meeting_date: str | None, body: str | None = None) -> list[tuple[str, str]]:
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(body=body, date=meeting_date), [], [])
    return [(e.date, e.kind) for e in events]


# --- titles that only name a kind of meeting ---------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Arbetsmöte",
        "Sprint planning",
        "Sprint 4 Planering v 19-22 | 26 mars",
        "Planeringsmöte v. 12",
        "Avstämningsmöte",
        "Sprint review och retrospektiv",
        "Uppstartsmöte",
        "Veckomöte vecka 14",
        "Arbetsmöte i Stadshuset",  # a place after it
    ],
)
def test_activity_title(title: str) -> None:
    assert is_activity_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Styrelsemöte",  # a meeting of the board: "Styrelsen"
        "Presidiemöte",
        "Arbetsmöte i styrgruppen",  # names the group
        "Arbetsmöte i Renålandets byförening",
        "Projektgruppen Sprint planning",
        "Kommunala pensionärsrådet",
        "Regionrådsmöte Umeåregionen",
        "Årsmöte med KommITS",
        "v 19-22",  # no activity word: a filler line, not a title
    ],
)
def test_not_activity_title(title: str) -> None:
    assert not is_activity_title(title)


@pytest.mark.parametrize("line", ["v 19-22 | 26 mars", "Zoom", "vecka 48", "Teams", "maj"])
def test_filler_title(line: str) -> None:
    assert is_filler_title(line)


@pytest.mark.parametrize("line", ["Styrelsen", "Zoom-gruppen", "Folkhälsorådet maj", "Sprint planning"])
def test_not_filler_title(line: str) -> None:
    assert not is_filler_title(line)


@pytest.mark.parametrize(
    "text",
    [
        "# Sprint planning 2024-11-25\n\n## Närvarande\n\n- Magnus\n- Kim\n\n## Planering\n\n- Vi borde ...\n",
        ("Anteckningar från arbetsmöte\n============================\n\n2020-03-13 Zoom\\\n"
        "Vid protokollet: Tomas Snäckerström\\\n\nPer inledde mötet.\n"),
        ("# Sprint 4 Planering\nv 19-22 | 26 mars - 13 april 2024\n**Utställningsdag:** 24 maj (hela dagen)\n"
        "\n## Närvarande\n* Milo Bengtsson (protokoll)\n"),
        "Planeringsmöte 2023-02-01\n\nNärvarande: Anna, Per, Eva\n\n1. Mötets öppnande\n",
        "Publicerad 2019-11-02\nMinnesanteckningar 2019-10-28\n\nDeltagare: Anna Berg\n",  # a posting line
    ],
)
def test_kind_of_meeting_title_gives_no_body(text: str) -> None:
    assert meeting_of(text).body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Styrelsemöte 2016-05-15\n1. Mötets öppnande 18:08\n", "Styrelsen"),
        ("Protokoll från Socialutskottets sammanträde 2011-10-12\n\nNärvarande: Anna Ek\n", "Socialutskottet"),
        ("Folkhälsorådet 2013-10-16\n\nNärvarande: Anna Ek, Per Bo\n", "Folkhälsorådet"),
        ("Arbetsmöte 2023-02-01\nStyrgruppen för Energiintelligent Dalarna\n\nNärvarande: Anna Ek\n",
         "Styrgruppen för Energiintelligent Dalarna"),  # the body on the line below the kind of meeting
    ],
)
def test_body_titles_still_give_a_body(text: str, body: str) -> None:
    assert meeting_of(text).body == body


# --- lines of people and datelines are no title --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Göran Jarhult Monica Sjöblom Viktoria Svensson",
        "Catrine Yngbro Cissi Meltzer",
        "Kansli Vårdsamverkan Fyrbodal Sandra Sundblad, samordnare Barn och Unga Amira Donlagic, kanslichef",
        "Anna Berg, ordförande Per Holm, sekreterare",
    ],
)
def test_name_run(line: str) -> None:
    assert is_name_run(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommunala Handikapprådet Kungajaktmuseet",
        "Föreningen Norden",
        "Anna Lindhs Minnesfond",  # one given name only
        "Region Jämtland Härjedalen",
        "Sveriges Kommuner och Regioner",
        "Lars Nilsson, ordförande",  # one person: the first line of a list, left to the list rules
    ],
)
def test_not_name_run(line: str) -> None:
    assert not is_name_run(line)


@pytest.mark.parametrize("line", ["Vänersborg 2016-01-20", "Umeå den 3 maj 2019", "Grästorp, 2018-05-02"])
def test_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Styrelsemöte 2016-05-15",
        "Folkhälsorådet 2013-10-16",
        "Protokoll 2012-04-03",
        "Direktionen 2015-01-30",
        "Vänersborg 2016-01-20 Närvarande Region NU-sjukvården",  # more than a dateline
        "Kultur- och fritidsnämnden 2019-03-25",
        "Kallelse 2019-03-25",
        "Uppdaterad 2019-03-25",
        "Tisdag 2019-03-25",
        "Tisdagen den 25 mars 2019",
    ],
)
def test_not_dateline(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "text",
    [
        ("söndag 13 maj 2012\n\nProtokoll 2012-04-03\n\nNärvarande:\nGöran Jarhult Monica Sjöblom Viktoria Svensson\n"
        "Catrine Yngbro Cissi Meltzer\nMikael Sili (på plats från och med §5)\n\n§1. Mötet öppnades.\n"),
        ("Kansli Vårdsamverkan Fyrbodal Sandra Sundblad, samordnare Barn och Unga Amira Donlagic, kanslichef\n\n"
        "Relevanta dokument\n\nVänersborg 2016-01-20 Närvarande Region NU-sjukvården Majvor Martinsson, "
        "områdeschef område 3, Trollhättan. Per Lundgren, chefläkare Trollhättan. Kommun Anders Asklund, Socialchef, "
        "Mellerud Kent Javette, Förvaltningschef barn och utbildning, Vänersborg Ej närvarande Maria Reinholdsson, "
        "Socialchef, Strömstad Lars Bennersten, Sotenäs\nDAGORDNING 1. Godkännande av dagordning.\n"),
    ],
)
def test_people_and_datelines_give_no_body(text: str) -> None:
    assert meeting_of(text).body is None


# --- labels whose values a flattened copy lost ---------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        ("SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen Sammanträdesdatum (23)", "Förbundsstyrelsen"),
        ("PROTOKOLL Kommunstyrelsen Sammanträdesdatum 1 (12)", "Kommunstyrelsen"),
        ("Kommunchefsgrupp Dag Tid", "Kommunchefsgrupp"),
        ("Protokoll Socialnämnden Mötesdatum", "Socialnämnden"),
    ],
)
def test_title_without_its_trailing_labels(first_line: str, body: str) -> None:
    text = f"{first_line}\n\nTid Onsdagen den 16 december 2009 kl 13.00\nPlats Kommunhuset\n"
    assert meeting_of(text).body == body


# --- a body named after a preposition or as a short name ---------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("möte inom MRO i Mariefred", "MRO"),
        ("Möte med styrgruppen", "Styrgruppen"),
        ("Sammanträde med Kommunala pensionärsrådet", "Kommunala pensionärsrådet"),
        ("Årsmöte med KommITS", "KommITS, årsmöte"),
        ("Möte med styrelsen i Renålandets byförening", "Styrelsen i Renålandets byförening"),
        ("VU-sammanträde", "VU"),
        ("AU-möte", "AU"),
        ("KS-protokoll", "KS"),
        ("Arbetsmöte med Kulturrådet", "Kulturrådet"),
        ("Planeringsmöte i styrgruppen", "Styrgruppen"),
    ],
)
def test_body_of_title_after_preposition_or_short_name(title: str, body: str) -> None:
    assert body_of_title(title) == body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Möte med anledning av", "Möte med anledning av"),  # no name after the preposition
        ("Styrelsemöte", "Styrelsen"),
        ("Re-möte", "Re-möte"),  # not a short name in capitals
        ("Arbetsmöte i Stadshuset", "Arbetsmöte i Stadshuset"),  # a place after "i" (the title names no body)
        ("Styrgruppsmöte för Energiintelligent Dalarna", "Styrgruppen för Energiintelligent Dalarna"),
    ],
)
def test_body_of_title_unchanged(title: str, body: str) -> None:
    assert body_of_title(title) == body


# --- places in titles, venues running on, times on wrapped lines -------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("VU-sammanträde På Stocklycke vandrarhem, Omberg", "Stocklycke vandrarhem, Omberg"),
        ("Styrelsemöte på Stadshuset 2020-01-14", "Stadshuset"),
        ("Protokoll från sammanträdet på Folkets hus, Ale", "Folkets hus, Ale"),
    ],
)
def test_venue_in_title(line: str, place: str) -> None:
    found = venue_in_title(line)
    assert found is not None and found.value == place and line[found.start: found.end] == place


@pytest.mark.parametrize(
    "line",
    [
        "Vi möttes på Stadshuset",  # no meeting word before "på"
        "Mötet på Teams",  # a platform
        "Beslut på mötet",
    ],
)
def test_no_venue_in_title(line: str) -> None:
    assert venue_in_title(line) is None


def test_title_with_place_gives_body_and_venue() -> None:
    m = meeting_of("VU-sammanträde På Stocklycke vandrarhem, Omberg\n\nNärvarande: Kjell Aldsten, Niclas Bäckman\n"
                   "Datum: 2004-06-03\n17. Mötets öppnande\n")
    assert (m.body, m.venue, m.date) == ("VU", "Stocklycke vandrarhem, Omberg", "2004-06-03")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        # a flattened head (150 characters or more) running on into the agenda
        (("Protokoll Årsmöte Dag: Onsdagen den 6 maj 2015 Tid: Kl. 17:00 17:30 Plats: Post Hotel Göteborg 1 Mötets "
         "öppnande Årsmötet förklarades öppnat av föreningens ordförande Torbjörn Larsson, Falkenbergs kommun. 2 Val "
         "av ordförande och sekreterare för årsmötet"), "Post Hotel Göteborg"),
        (("Protokoll Datum: 2015-05-06 Plats: Stadshuset, sal B § 1 Val av justerare Till justerare valdes Anna Berg "
         "och Per Holm, som jämte ordföranden ska justera dagens protokoll. § 2 Godkännande av dagordning"),
         "Stadshuset, sal B"),
        ("Datum: 2015-05-06\nPlats: Konferensrum 1, Krondikesvägen 60\n", "Konferensrum 1, Krondikesvägen 60"),
        ("Datum: 2015-05-06\nPlats: Rådshussalen\nMötet börjar: Kl 11.55\nNärvarande:\nAnna Berg\n", "Rådshussalen"),
    ],
)
def test_venue_stops_at_agenda_or_next_label(head: str, venue: str) -> None:
    assert meeting_of(head + "\n").venue == venue


def test_start_and_end_told_in_sentences_wrapped() -> None:
    m = meeting_of("Protokoll 2002-03-16\nPlats: Rådshussalen\nMötet börjar: Kl 11.55\nNärvarande:\nAnna Berg\n"
                   "§1: Mötets öppnande:\nVL förklarade därefter mötet avslutat och tackade\n"
                   "de närvarande för visat intresse. Mötet avslutades\nkl 12.10.\n")
    assert (m.start, m.end) == ("11:55", "12:10")


@pytest.mark.parametrize("value", ["Telefonmöte", "telefonmöte", "Skypemöte"])
def test_remote_form_is_no_venue(value: str) -> None:
    m = meeting_of(f"Styrelsemöte 2021-05-26\nTid: 10.00-11.15\nPlats: {value}\n")
    assert m.venue is None
    assert m.online == ("Skype" if value == "Skypemöte" else None)


# --- dates of checking and posting; a document word's dated line -------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # posting and checking dates are not the meeting's: no other date, no meeting date
        (("1 (21) Plats och tid Frykensalen, biblioteket i Sunne, kl 19:00-21:45 Paragrafer Beslutande Se sid 2 71-85 "
         "Justeringens plats och tid Kommunkansliet, Sunne, 2011-04-04, kl 08:00 Underskrifter Sekreterare "
         "Ordförande ANSLAG/BEVIS Protokollet är justerat. Datum för anslags uppsättande 2011-04-04 Datum för "
         "anslags nedtagande 2011-04-26 Förvaringsplats för protokoll Kommunkansliet\n"), None),
        ("Protokoll\nJusteras 2020-03-12\nAnslag uppsatt 2020-03-13\nPlats: Kommunhuset\n", None),
        # the meeting's own label after a checking word
        ("Protokollet är justerat. Sammanträdesdatum 2020-03-06 Plats: Kommunhuset\n", "2020-03-06"),
        ("Datum: 2020-03-06\nJusteringens plats och tid: Kommunhuset 2020-03-10\n", "2020-03-06"),
        # a dated document-word line before a blog post's date above it
        ("söndag 13 maj 2012\n\nProtokoll 2012-04-03\n\nNärvarande:\nGöran Jarhult Monica Sjöblom\n", "2012-04-03"),
        ("Publicerad 2019-11-02\nMinnesanteckningar 2019-10-28\n\nDeltagare: Anna Berg\n", "2019-10-28"),
    ],
)
def test_meeting_date_not_checking_or_posting(text: str, iso: str | None) -> None:
    assert meeting_of(text).date == iso


# --- another day's hours are not the meeting's ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (("Anteckningar från arbetsmöte\n\n2020-03-13 Zoom\n\nPer kommer att visa detta med delad skärm på Zoom "
         "2020-03-16 kl 12-14 Mötesinbjudan skickad.\n"), (None, None)),
        ("Protokoll 2021-02-01\n\nUtbildningen hålls 2021-02-10 kl 9-12 i Kårhuset.\n", (None, None)),
        # the meeting's own day: its hours
        ("Protokoll 2021-02-01\n\nStyrelsemöte 2021-02-01 kl 18-20 i Kårhuset\n", ("18:00", "20:00")),
        ("Minnesanteckningar\n\nMöte 2021-02-01 kl 13.00-15.00\nNärvarande: Anna Berg\n", ("13:00", "15:00")),
    ],
)
def test_other_days_hours_are_not_the_meetings(text: str, times: tuple[str | None, str | None]) -> None:
    m = meeting_of(text)
    assert (m.start, m.end) == times


# --- a kind of meeting held by a named body; a dateline's place -------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Datorföreningen Stackens extra medlemsmöte", "Datorföreningen Stacken, extra medlemsmöte"),
        ("Klostergårdens byalags årsmöte", "Klostergårdens byalag, årsmöte"),
        ("Kommunfullmäktiges sammanträde", "Kommunfullmäktige"),  # no kind: the body alone
        ("Sektionens styrelsemöte", "Sektionens styrelse"),
    ],
)
def test_kind_of_meeting_of_a_named_body(title: str, body: str) -> None:
    assert body_of_title(title) == body


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Vänersborg 2016-01-20\nNärvarande: Anna Berg, Per Holm\n1. Godkännande av dagordning\n", "Vänersborg"),
        ("Minnesanteckningar\nUmeå den 3 maj 2019\nDeltagare: Anna Berg\n", "Umeå"),
        # a place named otherwise wins; a title with a date is no dateline
        ("Vänersborg 2016-01-20\nPlats: Kommunhuset, rum 3\nNärvarande: Anna Berg\n", "Kommunhuset, rum 3"),
        ("Styrelsemöte 2016-01-20\nNärvarande: Anna Berg, Per Holm\n", None),
    ],
)
def test_dateline_place_is_the_last_venue(text: str, venue: str | None) -> None:
    assert meeting_of(text).venue == venue


# --- events: the next occasion under its own name; get-togethers --------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("= Slutformalia\n\n== Nästa Pull Request\n\n6 Jul 2026 (6/7) strax innan mottagningen\n", "2026-07-06"),
        ("= Slutformalia\n\n== Nästa pull request\n\n2026-11-13\n", "2026-11-13"),
        ("## Nästa sittning\n\nTorsdag 14 maj 2026 i Kårhuset\n", "2026-05-14"),
        ("13. Nästa träff\n\nDen 3 juni 2026 kl 18.00 hos Anna.\n", "2026-06-03"),
    ],
)
def test_next_occasion_heading_gives_a_meeting(text: str, iso: str) -> None:
    assert (iso, EventKind.MEETING) in events_of(text, "2026-04-28", "init")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("## Nästa steg\n\nAnna skickar ut enkäten senast 2026-05-15.\n", "2026-05-15"),
        ("## Nästa vecka\n\nKansliet är stängt 2026-05-04.\n", "2026-05-04"),
        ("## Nästa konferens\n\nSKR:s konferens 2026-09-10 i Stockholm.\n", "2026-09-10"),
    ],
)
def test_other_next_headings_give_no_meeting(text: str, iso: str) -> None:
    assert (iso, EventKind.MEETING) not in events_of(text, "2026-04-28", "Styrelsen")


@pytest.mark.parametrize(
    ("text", "iso", "kind"),
    [
        ("11. Träff\n\nGemensam träff för vårlunch/middag tisdag 1 juni 2021 kl.16.00 på Tuna Kök o Bar.\n",
         "2021-06-01", EventKind.OTHER),
        ("1. Årskursträffen 21 augusti 2021\n\nVi gick igenom detaljplaneringen.\n", "2021-08-21", EventKind.OTHER),
        # the body meeting, said with a verb or a meeting word, stays a meeting
        (("Nästa möte med planeringskommittén\n\nVi träffas förslagsvis tisdagen den 17 augusti 2021 för planering av "
         "jubileet.\n"), "2021-08-17", EventKind.MEETING),
        ("Medlemsmöte med lunch den 12 juni 2021 kl 12.00.\n", "2021-06-12", EventKind.MEETING),
    ],
)
def test_get_together_is_no_meeting(text: str, iso: str, kind: EventKind) -> None:
    assert (iso, kind) in events_of(text, "2021-05-26", "Styrelsen")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Koloniområdet har besökare den 13/5 2023\n", EventKind.OTHER),
        ("Skolan tar emot besökarna den 20 maj 2023.\n", EventKind.OTHER),
        ("Styrelsen ska besöka Koloniområdet den 13/5 2023.\n", EventKind.TRIP),
        ("Studiebesök hos Region Örebro den 20 maj 2023, besökare från kommunen följer med.\n", EventKind.TRIP),
    ],
)
def test_visitors_are_no_trip(text: str, kind: EventKind) -> None:
    assert [k for _, k in events_of(text, "2023-03-20", "Styrelsen")] == [kind]


# --- a municipality in a letterhead or footer, when nothing else names the body -----------------


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Postadress Besöksadress / E-post Telefon / Fax Sunne kommun Kvarngatan 4 0565 160 00", "Sunne kommun"),
        ("Karlsborgs kommun\nProtokoll\n", "Karlsborgs kommun"),
        ("Organisationsnummer 212000-1234 Telefon 0500-49 70 00 Fax: Ale kommun Box 1", "Ale kommun"),
    ],
)
def test_letterhead_municipality(head: str, name: str) -> None:
    found = letterhead_municipality(head)
    assert found is not None and found.value == name and head[found.start: found.end] == name


@pytest.mark.parametrize(
    "head",
    [
        "Närvarande: Anna Ek, Ale kommun, Per Bo, Lerums kommun",  # attendees' organisations
        "Beslutet skickas till Sunne kommun för kännedom.",
        "Kommunstyrelsen i Sunne kommun",  # mid-sentence: a title rule's business
        "Region Värmland",
    ],
)
def test_no_letterhead_municipality(head: str) -> None:
    assert letterhead_municipality(head) is None


def test_municipality_is_the_body_of_last_resort() -> None:
    text = ("1 (21) Plats och tid Frykensalen, biblioteket i Sunne, kl 19:00-21:45 Paragrafer Beslutande Se sid 2 "
            "Övriga närvarande Olle Edgren, kommunchef Justeringens plats och tid Kommunkansliet, Sunne, 2011-04-04, "
            "kl 08:00 Underskrifter Sekreterare ANSLAG/BEVIS Protokollet är justerat. Förvaringsplats för protokoll "
            "Kommunkansliet Postadress Besöksadress / E-post Telefon / Fax Sunne kommun Kvarngatan 4\n")
    assert meeting_of(text).body == "Sunne kommun"


# --- "Vi träffas ..." names the body's next meeting ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "kind"),
    [
        ("Vi träffas förslagvis tisdagen den 17 september 2013 för planering av jubileet.\n", "2013-09-17",
         EventKind.MEETING),
        ("Vi möts igen hos Anna den 3 oktober 2013.\n", "2013-10-03", EventKind.MEETING),
        ("Vi samlas den 2 oktober 2013 kl 18 i föreningslokalen.\n", "2013-10-02", EventKind.MEETING),
        ("Vi träffas på höstkonferensen i Stockholm den 20 oktober 2013.\n", "2013-10-20", EventKind.CONFERENCE),
    ],
)
def test_we_meet_names_the_next_meeting(text: str, iso: str, kind: EventKind) -> None:
    doc = minutes_from_text(text)
    events, next_meeting, _ = extract_events(doc, Meeting(body="Styrelsen", date="2013-05-29"), [], [])
    assert [(e.date, e.kind) for e in events] == [(iso, kind)]
    assert next_meeting == (iso if kind is EventKind.MEETING else None)
