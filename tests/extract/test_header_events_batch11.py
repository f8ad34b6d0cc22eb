"""Meeting-header and event layouts of the eleventh fresh batch of real minutes (tests/data/extra 441-452), read by
general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it, not a copied
document: a report posted for members ("Mötesreferat för styrelsens möte 18/2021", "Rapport från styrelsemötet"), a
board meeting "med" its association, the association on a line of its own under a generic title, a letterhead run
into the title, a municipal page head with the minutes' number, a time whose digits were lost before "i <place>", a
place and a platform joined by "&", someone taking part "via Teams", a yearless meeting day under a title giving the
year, a bullet before an agenda item's number ("• 9 Nästa möte") and a date set by "fastställdes till"; with
look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.events import _heading, extract_events
from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text
from tests.extract.event_dates import event_dates


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


_HEAD = "\n\nDatum: 2021-05-19\n\nNärvarande: Anna Ek, Per Bo\n\n1. Mötets öppnande\n\nMötet öppnades.\n"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a report or summary of a meeting posted for members, perhaps with the meeting's number in its year
        ("Mötesreferat för styrelsens möte 18/2021", "Styrelsen"),
        ("Mötesreferat från styrelsemötet", "Styrelsen"),
        ("Rapport från styrelsemötet 2021-05-19", "Styrelsen"),
        ("Referat för styrelsens sammanträde", "Styrelsen"),
        ("Protokoll från styrelsemöte 3/2021", "Styrelsen"),
        # a board meeting held "med" an organisation: the organisation
        ("Protokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen den 16 maj",
         "Fryksås Fäbodlag Samfällighetsförening"),
        ("Styrelsemöte med Tällbergs Byalag", "Tällbergs Byalag"),
        # a flattened letterhead before "<document word> för|från <body>"
        ("o Österåker Minnesanteckningar för Integrationsrådet Tid Plats Närvarande", "Integrationsrådet"),
        ("Sala kommun Protokoll från Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        # a municipal page head: letterhead, document word, the minutes' number, the body, the page count
        ("MELLERUDS KOMMUN SAMMANTRÄDESPROTOKOLL Nr 10. Byggnadsnämnden (39)", "Byggnadsnämnden"),
        ("ALE KOMMUN PROTOKOLL Nr 3 Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
        ("Rapport från arbetsgruppen för trafik", "Arbetsgruppen för trafik"),
        # look-alikes: a meeting "med" a body that is no organisation is not read as one; a page count
        # in the middle of a title stays
        ("Styrelsemöte med Kulturrådet", "Styrelsemöte med Kulturrådet"),
        ("Protokoll från styrelsemöte 2021", "Styrelsen"),
    ],
)
def test_body_of_report_and_letterhead_titles(title: str, body: str) -> None:
    assert _meeting(title + _HEAD).body == body


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # the association on a line of its own under a generic title
        (("Protokoll från Styrelsemöte 2007-01-08\n\n63:ans samfällighetsförening i Storvreta\n\n"
          "Protokoll fört vid sammanträde med styrelsen"), "63:ans samfällighetsförening i Storvreta"),
        ("Styrelsemöte 2007-01-08\n\nTallbackens hyresgästförening", "Tallbackens hyresgästförening"),
        # look-alikes: the bare word, a sentence about the association
        ("Styrelsemöte 2007-01-08\n\nFöreningen", "Styrelsen"),
        ("Styrelsemöte 2007-01-08\n\nVi i föreningen hälsar alla nya medlemmar välkomna.", "Styrelsen"),
    ],
)
def test_organisation_line_under_generic_title(head: str, body: str) -> None:
    assert _meeting(head + "\n\nPlats: Kvartersgården\n\nNärvarande: Anna Ek, Per Bo\n").body == body


@pytest.mark.parametrize(
    ("line", "venue", "online"),
    [
        # the time's digits lost, the place after "i"
        ("Tid och plats: onsdagen den 24 oktober 2018, klockan , i Bolstadsrummet", "Bolstadsrummet", None),
        ("Tid och plats: tisdagen den 6 mars 2018, kl. på Stadshuset", "Stadshuset", None),
        # a place and a platform joined by "&"
        ("Plats: SEB- Sanduddsgatan 7A, våning 2 & Microsoft Teams", "SEB- Sanduddsgatan 7A, våning 2", "Teams"),
        ("Plats: Kommunhuset & Zoom", "Kommunhuset", "Zoom"),
        # look-alikes: "&" inside a place's name; "hos" stays with the place
        ("Plats: Ek & Björk konferens", "Ek & Björk konferens", None),
        ("Plats: hos Anna Ek", "hos Anna Ek", None),
    ],
)
def test_venue_after_lost_time_and_ampersand(line: str, venue: str | None, online: str | None) -> None:
    m = _meeting("Styrelsemöte\n\nDatum: 2018-10-24\n\n" + line + "\n\nNärvarande: Anna Ek, Per Bo\n")
    assert (m.venue, m.online) == (venue, online)


@pytest.mark.parametrize(
    ("lists", "online"),
    [
        ("Närvarande: Anna Ek, Per Bo (deltog på plats). Kjell Holm (deltog via Teams).", "Teams"),
        ("Närvarande: Anna Ek, Per Bo\nPer Bo deltar via Zoom", "Zoom"),
        ("Närvarande: Anna Ek, Per Bo (närvarade via Skype)", "Skype"),
        # look-alikes: a platform named for something else; taking part on site
        ("Närvarande: Anna Ek, Per Bo (deltog på plats)", None),
        ("Närvarande: Anna Ek, Per Bo (deltog via telefon)", None),
    ],
)
def test_online_from_someone_attending_via_a_platform(lists: str, online: str | None) -> None:
    assert _meeting("Styrelsemöte\n\nDatum: 2022-03-20\n\nPlats: Klubbstugan\n\n" + lists + "\n").online == online


@pytest.mark.parametrize(
    ("text", "meeting_date", "start"),
    [
        # a title dated YYMMDD, the day with its weekday and no year, then the time
        (("Styrelsemöte 220320\n\nProtokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening "
          "söndagen den 20 mars kl 16.00\n\nNärvarande: Anna Ek, Per Bo\n"), "2022-03-20", "16:00"),
        ("Styrelsemöte 2022-03-20\n\nMöte i klubbstugan söndagen den 20 mars kl 18.30\n\nNärvarande: Anna Ek\n",
         "2022-03-20", "18:30"),
        # look-alike: another day's time (the next meeting's) is not this meeting's start
        ("Styrelsemöte 2022-03-20\n\nNästa möte söndagen den 17 april kl 16.00\n\nNärvarande: Anna Ek\n",
         "2022-03-20", None),
    ],
)
def test_start_after_yearless_weekday_day(text: str, meeting_date: str, start: str | None) -> None:
    m = _meeting(text)
    assert (m.date, m.start) == (meeting_date, start)


@pytest.mark.parametrize(
    ("text", "meeting_date"),
    [
        ("Protokoll från Årliga mötet 2014\n\nHär är protokollet från årliga mötet 23/1 då organisationerna samlades.",
         "2014-01-23"),
        ("Minnesanteckningar Vårmötet 2019\n\nVi samlades på mötet den 4 mars i Lund och valde en ny styrelse.",
         "2019-03-04"),
        ("Höstträffen 2016\n\nTack till alla som kom till träffen den 12 oktober!", "2016-10-12"),
        # look-alikes: no year in the title; the day too far below it; a day that is no meeting's
        ("Protokoll från årliga mötet\n\nHär är protokollet från årliga mötet 23/1 då organisationerna samlades.",
         None),
        ("Protokoll från Årliga mötet 2014\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nDetta skedde på mötet 23/1.", None),
        ("Protokoll från Årliga mötet 2014\n\nAnmälan senast 23/1 till kansliet.", None),
    ],
)
def test_yearless_meeting_day_under_year_title(text: str, meeting_date: str | None) -> None:
    assert _meeting(text).date == meeting_date


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("  • 9 Nästa möte ", "Nästa möte"),
        ("• 3 Ordförande informerar", "Ordförande informerar"),
        ("· 12 Kommande möten", "Kommande möten"),
        # look-alikes: a count in a bullet list, a bullet with no number, a dash before a number
        ("• 3 st stolar köptes in", None),
        ("• Nästa möte blir i maj.", None),
        ("- 3 Ledamöter saknades vid mötet och beslut kunde därför inte fattas i frågan om budget.", None),
    ],
)
def test_bullet_before_item_number_opens_a_section(raw: str, title: str | None) -> None:
    assert _heading(raw, raw) == title


_events = event_dates


_BOARD = "Styrelsemöte 2007-01-08\n\n63:ans samfällighetsförening\n\nDatum: 2007-01-08\n\nNärvarande: Anna Ek, Per Bo\n\n"


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("1. Inför årsstämman\n\nTidpunkt för årsstämman fastställdes till den 19 mars, klockan 19.00.\n",
         ["2007-03-19"]),
        ("1. Övriga frågor\n\nDatum för vårfesten bestämdes till den 21 april.\n", ["2007-04-21"]),
        ("1. Övriga frågor\n\nStädagen flyttades till den 5 maj.\n", ["2007-05-05"]),
        # look-alikes: a past verb at the date without "till"
        ("1. Övriga frågor\n\nBudgeten fastställdes den 19 mars av stämman.\n", []),
        ("1. Övriga frågor\n\nFesten hölls den 21 april med många gäster.\n", []),
    ],
)
def test_date_set_by_a_decision_is_ahead(sentence: str, dates: list[str]) -> None:
    assert _events(_BOARD + sentence, "2007-01-08")[0] == dates


def test_bulleted_next_meeting_heading_gives_the_next_meeting() -> None:
    text = ("Styrelsemöte 220320\n\nProtokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening "
            "söndagen den 20 mars kl 16.00\n\nNärvarande: Anna Ek, Per Bo\n\n  • 1 Mötet öppnas\n\nOrdföranden "
            "öppnar mötet.\n\n  • 9 Nästa möte \n\nKonstituerande möte 17/4 samt styrelsemöte den 15/5 kl 15.00\n\n"
            "  • 10 Ordförande avslutar mötet.\n")
    dates, next_meeting = _events(text, "2022-03-20")
    assert next_meeting == "2022-04-17"
    assert "2022-05-15" in dates
    assert date.fromisoformat(next_meeting) > date(2022, 3, 20)


def _day_events(text: str) -> list[tuple[str, str | None, str]]:
    doc = minutes_from_text(text)
    meeting, _ = extract_meeting(doc)
    events, _, _ = extract_events(doc, meeting, [], [])
    return sorted((e.date, e.start, str(e.kind)) for e in events)


_COMMITTEE = "Utskottssammanträde\n\nDatum: 2010-04-08\n\nNärvarande: Anna Ek, Per Bo\n\n§ 3 Övrigt\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "samma dag" after a day: a second thing that day, each with the time written at it
        (("Debatten har flyttats fram till kl. 13.00 den 15 april och utskottet beslutade ändra tidpunkt för sitt "
          "sammanträde till kl. 10.00 samma dag.\n"),
         [("2010-04-15", "10:00", "meeting"), ("2010-04-15", "13:00", "other")]),
        ("Seminariet hålls den 20 april kl. 9.00 och styrelsen sammanträder kl. 14.00 samma dag.\n",
         [("2010-04-20", "09:00", "meeting"), ("2010-04-20", "14:00", "meeting")]),
        # in capitals or with a capital inside: the same reading
        ("Seminariet hålls den 20 april kl. 9.00 och styrelsen sammanträder kl. 14.00 SAMMA DAG.\n",
         [("2010-04-20", "09:00", "meeting"), ("2010-04-20", "14:00", "meeting")]),
        ("Seminariet hålls den 20 april kl. 9.00 och styrelsen sammanträder kl. 14.00 samma Dag.\n",
         [("2010-04-20", "09:00", "meeting"), ("2010-04-20", "14:00", "meeting")]),
        # look-alikes: "samma dag" with no day before it in its paragraph; a day said twice is one event
        ("Beslutet expedieras samma dag som protokollet justeras.\n", []),
        ("Utskottet sammanträder den 22 april kl. 10.00.\n\nProtokollet justeras samma dag.\n",
         [("2010-04-22", "10:00", "meeting")]),
    ],
)
def test_same_day_names_a_second_event(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _day_events(_COMMITTEE + sentence) == expected


_ASSOCIATION = "Styrelsemöte 2022-03-20\n\nNärvarande: Anna Ek, Per Bo\n\n1. Övriga frågor\n\n"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the new board's constituent meeting on the annual meeting's day is a thing of its own
        ("Styrelsen planerar inför årsmötet den 17/4.\n\n2. Nästa möte\n\nKonstituerande möte 17/4.\n", 2),
        ("Årsstämman hålls den 24 april.\n\nStyrelsen konstituerar sig direkt efter; konstituerande möte 24 april.\n",
         2),
        # look-alikes: the annual meeting said twice; the constituent meeting said twice
        ("Styrelsen planerar inför årsmötet den 17/4.\n\n2. Kallelse\n\nKallelse till årsmötet 17/4 skickas ut.\n", 1),
        ("Konstituerande möte 17/4.\n\n2. Nästa möte\n\nNästa möte är det konstituerande mötet den 17/4.\n", 1),
    ],
)
def test_constituent_meeting_beside_annual_meeting(text: str, count: int) -> None:
    assert len(_day_events(_ASSOCIATION + text)) == count
