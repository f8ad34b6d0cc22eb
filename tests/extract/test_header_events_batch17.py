"""Meeting-header and event layouts of the seventeenth and eighteenth fresh batches of real minutes
(tests/data/extra 512-534), read by general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it, not a
copied document: a municipal template's letterhead over the committee's name; a head label, a minutes' code
or a scanner's noise run into the body's name; a document date in a letterhead before the meeting's labelled
day and clock; place labels without a colon or split by a column; lines that are no title (an address block,
a link's text, a table row); a checking date far back on a flattened line; a place's building and town after
its name. Each has look-alikes that must not be read so.
"""

from __future__ import annotations

from typing import Any

import pytest

from planner.extract.events import _venue, checking_label_before
from planner.extract.header import (
    Found,
    body_after_lead_noise,
    body_before_run_on_label,
    extract_meeting,
    first_of_two_meeting_words,
    is_no_title_line,
    leads_into_list,
    organisation_of_general_meeting,
    tidied_venue,
)
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


def _found(value: str) -> Found:
    return Found(value, 0, len(value))


_ITEMS = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"


# A municipal template: the municipality's letterhead and the document word, then the committee's name on
# the line below or further on the same line. The committee is the body, not the municipality.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("KUNGSBACKA KOMMUN        SAMMANTRÄDESPROTOKOLL\nByggnadsnämndens arbetsutskott\nDatum\n2024-02-01",
         "Byggnadsnämndens arbetsutskott"),
        (("11 Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Sammanträdesdatum Miljö- och byggnadsnämnden\n"
          "Datum 2006-01-19"), "Miljö- och byggnadsnämnden"),
        ("Vansbro kommun. Kommunstyrelsen Protokoll Tid och plats Vansbrorummet, tisdagen den 16 september 2014",
         "Kommunstyrelsen"),
        ("Ale kommun\nSocialnämnden\nSammanträdesdatum 2021-03-04", "Socialnämnden"),
        # look-alikes: the line below names no body; a municipality alone stays
        ("KUNGSBACKA KOMMUN        SAMMANTRÄDESPROTOKOLL\nInformation om bygglov\nDatum 2024-02-01",
         "Kungsbacka kommun"),
    ],
)
def test_committee_under_municipal_letterhead(head: str, body: str) -> None:
    assert _meeting(head + "\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS).body == body


# A head label run into the body's name on a flattened line ends the name.
@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("Kommunstyrelsens arbetsutskott Plats och tid Kommunhuset, Henån", "Kommunstyrelsens arbetsutskott"),
        ("Socialnämnden Tid och plats Stadshuset kl 13", "Socialnämnden"),
        ("Byggnadsnämnden Datum 2020-01-02", "Byggnadsnämnden"),
        # look-alikes: the name before the label is no body's; the label has nothing after it
        ("Information Plats och tid Kommunhuset", None),
        ("Styrelsen Plats", None),
    ],
)
def test_body_before_run_on_label(value: str, body: str | None) -> None:
    got = body_before_run_on_label(_found(value))
    assert (got.value if got else None) == body


# A minutes' code or a scanner's noise before the body's name.
@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("Mn 87/2014 Miljönämnden", "Miljönämnden"),
        ("KS 12/2019 Kommunstyrelsen", "Kommunstyrelsen"),
        ("fe?l fl Kommunfullmäktige", "Kommunfullmäktige"),
        ("%ad 4// Kommunstyrelsen", "Kommunstyrelsen"),
        # look-alikes: real words before the body; a code before a name that is no body
        ("Vård och Omsorgsnämnden", None),
        ("Mn 87/2014 Information", None),
        ("Norra Kommunfullmäktige", None),
    ],
)
def test_body_after_lead_noise(value: str, body: str | None) -> None:
    got = body_after_lead_noise(_found(value))
    assert (got.value if got else None) == body


# A general meeting named kind first gives "<organisation>, <kind>"; two meeting words keep the first.
@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("Årsstämma i Långvikens vägsamfällighet för verksamhetsåret 2013", "Långvikens vägsamfällighet, årsstämma"),
        ("Årsmöte med Tönnånger byalag", "Tönnånger byalag, årsmöte"),
        ("Föreningsstämma i Brf Eken förening den 3 maj", "Brf Eken förening, föreningsstämma"),
        # look-alikes: no organisation after the kind; the kind not first
        ("Årsstämma i Almvik för verksamhetsåret 2013", None),
        ("Styrelsemöte i Långvikens vägsamfällighet", None),
    ],
)
def test_organisation_of_general_meeting(value: str, body: str | None) -> None:
    got = organisation_of_general_meeting(_found(value))
    assert (got.value if got else None) == body


@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("Förbundsstyrelsemöte Styrelsemöte med beslutsrätt", "Förbundsstyrelsemöte"),
        ("Styrelsemöte Extramöte", "Styrelsemöte"),
        # look-alikes: one meeting word; the second word is no meeting word
        ("Förbundsstyrelsemöte med beslutsrätt", None),
        ("Styrelsemöte Falkens scoutkår", None),
    ],
)
def test_first_of_two_meeting_words(value: str, body: str | None) -> None:
    got = first_of_two_meeting_words(_found(value))
    assert (got.value if got else None) == body


# Lines at the top that are no title: a letterhead's address block, a link's text, a row of table cells.
@pytest.mark.parametrize(
    ("line", "no_title"),
    [
        ("Postadress", True),
        ("268 80 Svalöv Besöksadress", True),
        ("212000-0993 Administrativa enheten", True),
        ("Telefon 0418-47 50 00 Bankgiro 663-7367", True),
        ("Länk till signerat pdf-dokument i ny flik. Användbar för utskrift", True),
        ("Bjäkenbacken                                 Nusnäs", True),
        ("Våmhus                                          Selja-Långlet", True),
        # look-alikes: titles; a letterhead row in capitals; a title whose cells name a body
        ("Ungdomsråd, 2018-12-11", False),
        ("Protokoll från styrelsemöte", False),
        ("KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL", False),
        ("Socialnämnden                 Protokoll", False),
        ("Adressändring i medlemsregistret", False),
        ("2018 års möte", False),
    ],
)
def test_no_title_lines(line: str, no_title: bool) -> None:
    assert is_no_title_line(line) is no_title


@pytest.mark.parametrize(
    ("line", "leads"),
    [
        ("Representerade skolor och dagis på mötet var:", True),
        ("Följande personer deltog i mötet:", True),
        # look-alikes: labels; a dated line
        ("Närvarande ledamöter:", False),
        ("Plats och tid:", False),
        ("Protokoll från mötet den 3 maj 2019 med följande:", False),
    ],
)
def test_sentence_leading_into_a_list(line: str, leads: bool) -> None:
    assert leads_into_list(line) is leads


def test_list_below_prose_gives_no_body() -> None:
    text = ("Protokoll från möte den 991025\n\nMötet öppnades med att vi hälsade välkomna.\n\n"
            "Representerade skolor och dagis på mötet var:\n\nBjäkenbacken                 Nusnäs\n\nStranden\n")
    assert _meeting(text).body is None


# The letterhead's document date comes first ("Datum" / "2018-12-18"); the meeting's labelled day with its
# clock comes later and is the meeting's date. A checking date with its clock is not.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("MINNESANTECKNINGAR\nDatum\n2018-12-18\n\nUngdomsråd\n\nPlats Kommunhuset Datum 2018-12-11, kl. 9.00 – 11.00",
         "2018-12-11"),
        ("Protokoll Miljönämnden\nDatum: 2014-11-11 Klockan: 09:00-12:10\n\nTid: Tisdagen den 18 november 2014, kl. 08:30",
         "2014-11-11"),
        # look-alikes: the timed date is the later one; a checking date with a clock; far before
        ("Protokoll Styrelsen\nDatum 2018-12-11\n\nDatum 2018-12-18, kl. 9.00", "2018-12-11"),
        ("Protokoll Styrelsen\nDatum\n2018-12-18\n\nJusteringsdatum 2018-12-11, kl. 9.00", "2018-12-18"),
        ("MINNESANTECKNINGAR\nDatum\n2018-12-18\n\nStyrelsen\n\nVi har Datum för utskick 2018-12-11, kl. 9.00", "2018-12-18"),
    ],
)
def test_timed_labelled_date_before_document_date(text: str, day: str) -> None:
    assert _meeting(text + "\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS).date == day


# A place label without a colon (or with a comma) on a line that also gives the date or clock; the label
# "Plats och tid för sammanträde" split by a column, its last word on the next line.
@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Plats Kommunhuset, Fullmäktigesalen Datum 2018-12-11, kl. 9.00 – 11.00", "Kommunhuset, Fullmäktigesalen"),
        ("Plats, Lainio kapell 230501 kl 14.00", "Lainio kapell"),
        ("Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09.06–12.45\nsammanträde",
         "Kungsbackarummet, Storgatan 37"),
        # look-alikes: prose about a place; the split label without its last word below; no date or clock
        ("Plats för nästa möte bestäms senare, kl 10 eller 11", None),
        ("Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09.06–12.45\nAnna Ek", None),
        ("Platsen Kommunhuset, kl 10", None),
    ],
)
def test_venue_on_uncoloned_label(line: str, venue: str | None) -> None:
    text = f"Protokoll Styrelsen 2018-12-11\n\n{line}\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS
    assert _meeting(text).venue == venue


# What a flattened head ran into the venue, and values that are no place.
@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Drottninggården Valjeviken Protokoll nr 1 2018", "Drottninggården Valjeviken"),
        ("KC:A Närvaro: Bifogat som Röstlängd", "KC:A"),
        ("Beslutande Messingen, Industivägen 20 b, rum Nielsen", "Messingen, Industivägen 20 b, rum Nielsen"),
        ("löpnummer:", None),
        ("Referat", None),
        ("Kommunhuset, Fullmäktigesalen Datum", "Kommunhuset, Fullmäktigesalen"),
        # look-alikes: a place with a colon inside a name; a list label before a name without a comma
        ("Rum 3, Stadshuset", "Rum 3, Stadshuset"),
        ("S:t Mikaelsskolan", "S:t Mikaelsskolan"),
        ("Beslutande Anna Ek", "Beslutande Anna Ek"),
    ],
)
def test_tidied_venue(value: str, venue: str | None) -> None:
    got = tidied_venue(_found(value))
    assert (got.value if got else None) == venue


def test_undated_held_with_title_gives_body_and_place() -> None:
    text = ("Protokoll fört vid sammanträde med förbundsstyrelsen för Ungdomens Nykterhetsförbund på Lovisagården, "
            "Västerås.\n\nNärvarande ledamöter: Anna Ek, Per Bo" + _ITEMS)
    m = _meeting(text)
    assert (m.body, m.venue) == ("Förbundsstyrelsen för Ungdomens Nykterhetsförbund", "Lovisagården, Västerås")


# A checking label far back on its flattened line, names and a place between it and the day.
@pytest.mark.parametrize(
    ("line", "checking"),
    [
        ("Justeringens plats och tid Ingrid Cassel och Hans Pernervik Kommunstyrelseförvaltningen, Henån måndag ",
         True),
        ("Protokollet justeras av Anna Ek och Per Bo på kansliet den ", True),
        # look-alikes: a year between the label and the day (another date is the label's value); no label
        ("Justering 2011-03-04 Kommunkontoret. Nästa sammanträde måndag ", False),
        ("Nästa möte hålls i Kommunstyrelseförvaltningen, Henån måndag ", False),
    ],
)
def test_checking_label_before(line: str, checking: bool) -> None:
    assert checking_label_before(line, 0, len(line)) is checking


# A place named after "i" keeps a lower-case building and the town that end its sentence.
@pytest.mark.parametrize(
    ("window", "venue"),
    [
        ("Nästa möte hålls den 3 december 2026 kl. 09.00-12.00 i Bolmen, regionhuset, Växjö.",
         "Bolmen, regionhuset, Växjö"),
        ("Mötet hålls i Oden, kommunhuset, Ljungby", "Oden, kommunhuset, Ljungby"),
        ("möte i Bolmen, Växjö.", "Bolmen, Växjö"),
        # look-alikes: no town after the building; a clause after the comma; the clock after the comma
        ("möte i Bolmen, regionhuset.", "Bolmen"),
        ("möte i Bolmen, därefter lunch.", "Bolmen"),
        ("möte i Växjö, kl 10.", "Växjö"),
        ("möte i Bolmen, regionhuset, Växjö och sedan lunch", "Bolmen"),
    ],
)
def test_event_place_keeps_building_and_town(window: str, venue: str) -> None:
    assert _venue(window) == venue


# The clock on one of the head's first lines that gives the date: the meeting's start, also written "kl 1800".
@pytest.mark.parametrize(
    ("head", "start"),
    [
        ("Protokoll Årsstämman 2023 Vägföreningen\n\nPlats, Lainio kapell 230501 kl 14.00", "14:00"),
        ("Referat 2006-08-31\n\nFöreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos Minc i Malmö.", "18:00"),
        ("Styrelsemöte\n\n3 maj 2019 kl 19", "19:00"),
        # look-alikes: a posting line; a line without a date; no clock in four digits past 23:59
        ("Styrelsemöte 2019-05-03\n\nAnslaget sätts upp 2019-05-10 kl 1000", None),
        ("Styrelsemöte 2019-05-03\n\nVi ses kl 1800 i lokalen", None),
        ("Styrelsemöte 2019-05-03 kl 2575", None),
    ],
)
def test_clock_on_dated_head_line(head: str, start: str | None) -> None:
    assert _meeting(head + "\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS).start == start


# A deadline written short ("sista anm dag") is a deadline.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Tävling om miljörelaterade uppfinningar, sista anm dag 15 oktober 2019.", "deadline"),
        ("Kursen i Linköping, sista anm. dag 15 oktober 2019.", "deadline"),
        # look-alike: a course day, no deadline
        ("Kursen i Linköping hålls den 15 oktober 2019.", None),
    ],
)
def test_abbreviated_deadline(sentence: str, kind: str | None) -> None:
    text = f"Protokoll Styrelsen 2019-05-03\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Information\n\n{sentence}\n"
    kinds = [e.kind.value for e in extract_events_of(text)]
    assert (kind in kinds) if kind else ("deadline" not in kinds)


def extract_events_of(text: str) -> list[Any]:
    from planner.extract import extract_text
    return list(extract_text(minutes_from_text(text)).events)


# A date right after a term's or deadline's words in running text is no meeting day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("Många medlemmar kom\n\nDen nya styrelsen tillträder senare. Gamla styrelsen sitter alltså kvar till dess, "
          "dock längst till 1 augusti 2019.\n"), None),
        ("Årsmötet hölls i salen\n\nMotioner kan lämnas in till styrelsen, dock senast den 3 maj 2019 som vanligt.\n",
         None),
        # look-alikes: the meeting's own dated title; a date after "till" that is no term's edge
        ("Protokoll från styrelsemöte 2019-05-03\n\nGamla styrelsen sitter kvar längst till 1 augusti 2019.\n",
         "2019-05-03"),
        ("Årsmöte\n\nVi samlades till mötet 3 maj 2019 i salen och valde en ny styrelse.\n", "2019-05-03"),
    ],
)
def test_term_edge_is_no_meeting_day(text: str, day: str | None) -> None:
    assert _meeting(text).date == day


# A post changing hands from a date is a milestone.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Efter den första januari 2020 kommer det att vara en ny ordförande för nämnden.", "milestone"),
        ("Från den 1 mars 2020 har förvaltningen en ny förvaltningschef.", "milestone"),
        # look-alike: a meeting that elects a new chair stays a meeting
        ("Nästa möte den 1 mars 2020 väljer ny ordförande.", "meeting"),
    ],
)
def test_new_post_holder_is_milestone(sentence: str, kind: str) -> None:
    text = f"Protokoll Styrelsen 2019-05-03\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Information\n\n{sentence}\n"
    assert [e.kind.value for e in extract_events_of(text)] == [kind]


# A record's kind over a dated title sentence that opens with the meeting's kind: the kind is the body.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Referat 2006-08-31\n\nFöreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos Minc i Malmö.", "Föreningsmöte"),
        ("Referat 2019-03-04\n\nMedlemsmöte, måndag den 4 mars 2019 kl 18.00 i klubbstugan.", "Medlemsmöte"),
        # look-alikes: a sentence that only mentions a meeting; the record's kind alone names no body
        ("Referat 2019-03-04\n\nVi hade ett trevligt medlemsmöte den 4 mars 2019 i klubbstugan med fika.", None),
        ("Referat 2019-03-04", None),
    ],
)
def test_meeting_word_title_under_record_kind(head: str, body: str | None) -> None:
    assert _meeting(head + "\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS).body == body


# A stored page's title run together from a front page's sentences: the posting block's organ is the body.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Stora sessionssalen, Kommunhuset. se nästa sida. Bengt Rask Miljö- och byggförvaltningen",
         "Miljö- och byggnadsnämnden"),
        # look-alike: a title that is a body's name keeps it
        ("Byggnadsnämndens arbetsutskott", "Byggnadsnämndens arbetsutskott"),
    ],
)
def test_posting_organ_for_run_together_title(title: str, body: str) -> None:
    text = (f"{title}\n\nSammanträdesdatum 2013-02-26\n\nNärvarande: Anna Ek, Per Bo\n\n"
            "ANSLAG/BEVIS\n\nOrgan: Miljö- och byggnadsnämnden\n\nSammanträdesdatum 2013-02-26"
            + _ITEMS)
    assert _meeting(text).body == body


# A template's date label whose value a flattened copy lost, with the committee's name after it.
@pytest.mark.parametrize(("name", "body"), [
    ("Sammanträdesdatum Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden"),
    ("Mötesdatum: Socialnämnden", "Socialnämnden"),
    ("Datum Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
    # look-alikes: the date is there, no body's ending, the label alone
    ("Datum 2006-01-19 Kommunstyrelsen", None),
    ("Sammanträdesdatum Information om bygglov", None),
    ("Sammanträdesdatum", None),
    ("Miljö- och byggnadsnämnden", None),
])
def test_body_after_an_empty_date_label(name: str, body: str | None) -> None:
    from planner.extract.header import _body_after_empty_date_label
    assert _body_after_empty_date_label(name) == body
