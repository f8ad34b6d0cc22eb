"""Meeting-header layouts of the eighth fresh batch of real minutes (tests/data/extra 409-419), read by general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it, not a
copied document: a stored page's own fields above the minutes ("Titel:", an upload date, a category archive),
a blog post's date above the sentence that dates the meeting, "via Zoom kunde vi mötas", someone who left
("avvek kl 12.00"), a title written as one long sentence, and an organisation named before the meeting's kind;
with look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import is_page_frame
from planner.extract.events import extract_events
from planner.extract.header import body_before_place, extract_meeting, find_clock
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# A stored page's own line: a head no letter follows.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Titel:2019-01-30 Protokoll  Nämnd", True),
        ("Titel", True),
        ("tarix08.04.2018", True),
        ("ölçüsü31,8 Kb.", True),
        ("Arkiv för kategori: Protokoll", True),
        ("Kategorier: Juneborg", True),
        ("BEVIS OM ANSLAGSDAG s protokoll är justerat", True),
        ("Uppladdad 2019-02-01", True),
        # look-alikes: the head is the start of a longer word, or not at the line's start
        ("Titeln på projektet ändras", False),
        ("Kategorisering av ärenden", False),
        ("Tarixa Berg", False),
        ("Protokoll Titel: Styrelsemöte", False),
        ("Styrelsemöte 2019-01-30", False),
        ("", False),
    ],
)
def test_page_frame(line: str, expected: bool) -> None:
    assert is_page_frame(line) is expected


_TITLED_PAGE = (
    "Nämnd:Omvårdnadsnämnden\n"
    "Titel:2019-01-30 Protokoll  Nämnd\n\n"
    "Protokoll\n\n"
    "Kulturnämnden\n\n"
    "Datum: 2019-01-30\n"
    "Tid: 13.15-15.20\n"
    "Plats: Kulturhuset\n"
)
_UPLOADED_PAGE = (
    "tarix08.04.2018\n"
    "ölçüsü31,8 Kb.\n\n"
    "Protokoll fört vid sammanträde med\n\n"
    "Kyrkorådet, i Dalby församling\n\n"
    "Torsdag 27 april 2017 kl. 19.00–21.30 Eginogården.\n"
    "Närvarande: Anna Ek, Per Bo\n\n"
    "§ 1\nMötets öppnande\n"
)


def test_page_fields_name_no_body_and_date_no_meeting() -> None:
    m = _meeting(_TITLED_PAGE)
    assert (m.body, m.date) == ("Kulturnämnden", "2019-01-30")
    m = _meeting(_UPLOADED_PAGE)
    assert (m.body, m.date, m.start, m.end) == ("Kyrkorådet", "2017-04-27", "19:00", "21:30")


def test_upload_date_is_no_event() -> None:
    doc = minutes_from_text(_UPLOADED_PAGE.replace("tarix08.04.2018", "tarix08.04.2018\nTitel:2018-05-01"))
    meeting = extract_meeting(doc)[0]
    assert [e.date for e in extract_events(doc, meeting, [], [])[0]] == []


# A one-word body, then a comma and its place: the body is the word.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kyrkorådet, i Dalby församling", "Kyrkorådet"),
        ("Styrelsen, på Ekgården", "Styrelsen"),
        # look-alikes: no comma, a place that is no body, a word after the comma that is no preposition
        ("Kyrkorådet i Dalby församling", "Kyrkorådet i Dalby församling"),
        ("Ekgården, i Dalby", "Ekgården, i Dalby"),
        ("Kyrkorådet, protokoll", "Kyrkorådet, protokoll"),
    ],
)
def test_body_before_comma_and_place(title: str, expected: str) -> None:
    assert body_before_place(title) == expected


# A blog post's first sentence dates the meeting; the post's date above it dates the writing.
_POST = (
    "Virtuellt vintermöte\n\n"
    "februari 26th, 2021\n\n"
    "Lördagen den 23 januari hölls ett virtuellt vintermöte. via Zoom kunde vi mötas och samtala.\n"
    "Vi samtalade om hur vi ska organisera ett sommarmöte i år.\n"
)


def test_post_sentence_dates_the_meeting() -> None:
    doc = minutes_from_text(_POST)
    m = extract_meeting(doc)[0]
    assert (m.date, m.online) == ("2021-01-23", "Zoom")
    assert [e.date for e in extract_events(doc, m, [], [])[0]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday does not fall on that day in the head's year: the post's date stands
        ("Möte\n\nfebruari 26th, 2021\n\nTisdagen den 23 januari hölls ett möte.\n", "2021-02-26"),
        # no verb of a meeting held: "Lördagen den 23 januari" is something else's day
        ("Möte\n\nfebruari 26th, 2021\n\nLördagen den 23 januari fyller Anna år.\n", "2021-02-26"),
    ],
)
def test_post_sentence_look_alikes(text: str, expected: str) -> None:
    assert _meeting(text).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("via Zoom kunde vi mötas och samtala om dåtid och framtid", "Zoom"),
        ("Vi träffades via Teams och gick igenom budgeten", "Teams"),
        ("Vi möttes i år på Skype", "Skype"),
        # look-alikes: a later meeting, or a platform named for something else
        ("Nästa gång träffas vi på Zoom", None),
        ("Anna visade hur Zoom fungerar för gruppen", None),
    ],
)
def test_met_via_platform(sentence: str, expected: str | None) -> None:
    # a sentence of prose (more than twelve words): a short head line naming a platform is another rule's
    text = f"Styrelsemöte\n\nDatum: 2021-01-23\n\n{sentence}, så att alla som bor långt bort kunde vara med.\n"
    assert _meeting(text).online == expected


# A person's leaving or coming just before a time is no start of the meeting.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Ek (S), vice ordförande (avvek kl 12.00)", None),
        ("Per Bo lämnade mötet kl 20.15", None),
        ("Cia Holm anlände kl. 18.30", None),
        ("Per Bo (avvek kl 12.00), mötet öppnades kl 13.00", "13:00"),
        # look-alikes: the meeting's own times
        ("Mötet öppnades kl 18.00", "18:00"),
        ("Tid: kl. 13.15", "13:15"),
        ("Ordföranden gick igenom protokollet. Kl 19.00 åt vi", "19:00"),
    ],
)
def test_clock_after_leaving(text: str, expected: str | None) -> None:
    found = find_clock(text)
    assert (found.value if found else None) == expected


def test_leaving_in_list_is_no_start() -> None:
    text = ("Omvårdnadsnämnd\n\nTid 27 maj 2015, Kl , Närvarande Se sidan 2\n"
            "Ledamöter Anna Ek (S) Ordförande, del av 91 (avvek kl 12.00)\n\n§ 70 Val av justerare\n")
    assert _meeting(text).start is None


# A dated title written as one long sentence: the body is what the meeting was held with.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Protokoll fört vid sammanträde med församlingsrådet i Sibbo svenska församling onsdagen den "
          "30.10.2019 kl. 18.02–19.38 i Kyrkoby församlingshem."), "Församlingsrådet i Sibbo svenska församling"),
        ("Protokoll fört vid möte med styrelsen för Ekby byalag den 3 maj 2018 hos Anna Ek i Ekby.",
         "Styrelsen för Ekby byalag"),
    ],
)
def test_long_dated_title(line: str, expected: str) -> None:
    m = _meeting(f"PROTOKOLL\n\n{line}\nOrdförande: Anna Ek.\nSekreterare: Per Bo.\n\n1 §\nÖPPNANDE\n")
    assert m.body is not None and m.body.casefold() == expected.casefold()


def test_long_sentence_without_held_with_is_no_title() -> None:
    line = ("Protokoll fört vid sammanträde med krYüklə 31,8 Kb. och mycket annat som står på sidan i dag "
            "enligt uppgift.")
    m = _meeting(f"{line}\n\nStyrelsen\n\nDatum: 2019-04-02\n")
    assert m.body == "Styrelsen"


# An organisation named before the meeting's kind on a head line gives a generic body its name.
def test_organisation_before_meeting_kind() -> None:
    text = ("Styrelsemöte nr 6, 2020-10-14\n"
            "Skeldervikens Byalag Styrelsemöte nr 6, 14 oktober 2020 Närvarande; Anna Ek, ordf.\n")
    assert _meeting(text).body == "Skeldervikens Byalag"
    # look-alike: a place before the meeting's kind names no organisation
    text = "Styrelsemöte nr 6, 2020-10-14\nI Kulturhuset Styrelsemöte nr 6, 14 oktober 2020\n"
    assert _meeting(text).body == "Styrelsen"


def test_no_date_after_meeting_start() -> None:
    # "februari 26th, 2021" low in a document is no post's date line: it may be an event
    doc = minutes_from_text("Styrelsemöte\n\nDatum: 2021-01-23\n\n" + "Text.\n" * 6 + "Nästa möte 26 februari 2021.\n")
    meeting = extract_meeting(doc)[0]
    assert date(2021, 2, 26).isoformat() in [e.date for e in extract_events(doc, meeting, [], [])[0]]


# A front page's cells in a column: the body's cell stands between "Plats och tid" and the place with its
# hours; "Justeringens" / "plats och tid" is when the minutes are checked.
_COLUMN_PAGE = (
    "  Sammanträdesdatum\n\n"
    "  Plats och tid\n"
    "  Omvårdnadsnämnden\n\n"
    "  2019-01-30\n\n"
    "  Faxepark, konferenslokal Europa, kl. 13:15 – 15:20\n"
    "  Utses att justera\n"
    "  Lennart Gard\n"
    "  Justeringens\n"
    "  plats och tid\n"
    "  Omvårdnadsförvaltningen, 2019-02-06, kl. 09:00\n"
    "  Paragrafer\n"
    "  1 - 22\n"
)


def test_body_cell_before_timed_place() -> None:
    m = _meeting(_COLUMN_PAGE)
    assert (m.body, m.date, m.start, m.end, m.venue) == (
        "Omvårdnadsnämnden", "2019-01-30", "13:15", "15:20", "Faxepark, konferenslokal Europa")


def test_place_cell_is_kept() -> None:
    # look-alike: the cell below "Plats och tid" is a place (no body's name): it stays the venue
    m = _meeting(_COLUMN_PAGE.replace("  Omvårdnadsnämnden\n", "  Stadshuset, sal B\n"))
    assert m.venue == "Stadshuset, sal B"


# "Sammanträdesrum" inside a flattened front page's line is a venue label like "Sammanträdesplats".
_FLAT_FRONT = (
    "Transkript\n\n"
    "1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sida 1(14) Sammanträdesrum Norrtäljesalen, kommunhuset Ankaret kl "
    "Beslutande enligt bifogad närvarolista Övriga deltagande Tomas Sjöberg, sekreterare Utses att justera "
    "Anders Lönnberg, (S) Paragrafer Justeringens plats och tid Sammanträdesdatum 2014-08-28\n"
)


def test_inline_meeting_room_label() -> None:
    assert _meeting(_FLAT_FRONT).venue == "Norrtäljesalen, kommunhuset Ankaret"
    # look-alike: the word in lower case inside a sentence is no label, what follows it no place
    text = _FLAT_FRONT.replace("Sammanträdesrum Norrtäljesalen, kommunhuset Ankaret kl", "inget sammanträdesrum Bokat")
    assert not (_meeting(text).venue or "").startswith("Bokat")


# A get-together that starts is no milestone: "Grillkvällar startar den 28 juni".
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("§ 63 Grillkvällar startar den 28 juni.", "other"),
        ("Pubkvällarna startar den 28 juni.", "other"),
        # look-alikes: a project or a service that starts is a milestone
        ("§ 63 Projektet startar den 28 juni.", "milestone"),
        ("Nya hemsidan lanseras den 28 juni.", "milestone"),
    ],
)
def test_gathering_that_starts(line: str, expected: str) -> None:
    doc = minutes_from_text(f"Styrelsemöte\n\nDatum: 2018-06-07\n\n{line}\n")
    events = extract_events(doc, extract_meeting(doc)[0], [], [])[0]
    assert [(e.date, str(e.kind)) for e in events] == [("2018-06-28", expected)]


def test_dated_title_before_weekday_sentence() -> None:
    # look-alike: a dated title dates the meeting; a weekday sentence below tells of another day
    text = ("Styrelsemöte 2021-01-30\n\n"
            "Lördagen den 23 januari hölls ett möte med kommunen om bryggan.\n")
    assert _meeting(text).date == "2021-01-30"
