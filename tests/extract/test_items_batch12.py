"""Item, status and carry families from the twelfth and thirteenth batches of held-out minutes
(tests/data/extra/docs/453-476).

A stored copy that lost a table's columns writes all item numbers before all titles ("76 77 78
Förändringar ... Fråga ...", "Sak 01/2007 Sak 02/2007 Sak 03/2007 Mötets öppnande ..."); a contents
list with dot leaders run together on one line; a flattened nested list where items, sub-headings
("- Sekreterare:") and points all open with "- "; a number alone on its line over "Title: its text";
a page's running head in capitals before a letter-coded item ("AU 1 Dnr ..."); a page's running head
repeating the document's title; a site's list of other documents; a news post's title. Status: a matter
moved on to be dealt with at a later meeting (postponed); "Ersättning utgår" (a sum paid out, not a
dropped item); tabling reported from another body's minutes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import _flat_dash_headings, classify, markup_view
from planner.extract.model import ItemStatus
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import CarryRow, ItemRow, item_rows

DAY = dt.date(2020, 3, 4)


def _extract(text: str, day: str | None = "2020-03-04") -> tuple[list[ItemRow], list[CarryRow]]:
    return item_rows(text, day)


def _numbers(text: str) -> list[str | None]:
    return [number for number, *_ in _extract(text)[0]]


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in _extract(text)[0]]


_FILLER = ("Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Sekreterare Anna Berg "
           "Ordförande Per Lind Justerare Eva Holm. ") * 3

# --- all numbers before all titles -----------------------------------------------------------

NUMBER_RUNS = [
    pytest.param("Förteckning över ärenden Informationsärenden 76 77 78 79 Förändringar av kungörelsen "
                 "Fråga till ordföranden om motioner Riktlinjer för biståndshandläggning Valärende kompletteringsval "
                 + _FILLER, ["76", "77", "78", "79"], id="bare-numbers-then-titles"),
    pytest.param("Förslag till saklista Sak 01/2007 Sak 02/2007 Sak 03/2007 Mötets öppnande och godkännande av "
                 "saklistan Protokoll från förra mötet Anmälningsärenden och referat Sak 04/2007 Programkontrakt och "
                 "resultatavtal Sak 05/2007 Söknadsutlysning för 2008 " + _FILLER,
                 ["01/2007", "02/2007", "03/2007", "04/2007", "05/2007"], id="case-numbers-with-year"),
    pytest.param("Ärendelista Ärende 12 Ärende 13 Ärende 14 Budget för 2021 Lokalfrågan Val av revisorer "
                 + _FILLER, ["12", "13", "14"], id="case-word-numbers"),
    # look-alikes that must not fire
    pytest.param("Resultat per kvartal 1 2 3 4 st fler ansökningar än förra året, vilket visar att intresset ökar. "
                 + _FILLER, [], id="a-count-not-numbers-of-titles"),
    pytest.param("Ärendelista 12 14 17 Budget för 2021 Lokalfrågan Val av revisorer " + _FILLER, [],
                 id="numbers-that-do-not-count-up"),
    pytest.param("Resultat från seriespelet Placering 1 2 3 Lag Alfa vann före Lag Beta och Lag Gamma i finalen. "
                 + _FILLER, [], id="a-short-row-of-places"),
]


@pytest.mark.parametrize(("text", "numbers"), NUMBER_RUNS)
def test_item_numbers_written_before_their_titles(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_titles_after_a_run_of_numbers_are_told_apart() -> None:
    text = ("Sak 01/2007 Sak 02/2007 Sak 03/2007 Mötets öppnande och godkännande av saklistan Protokoll från "
            "mötet i Lahtis Anmälningsärenden och referat Sak 04/2007 Nästa möte " + _FILLER)
    assert _titles(text)[:3] == [("01/2007", "Mötets öppnande och godkännande av saklistan"),
                                 ("02/2007", "Protokoll från mötet i Lahtis"),
                                 ("03/2007", "Anmälningsärenden och referat")]


# --- dot-leader contents run together on one line --------------------------------------------

DOT_LEADERS = [
    pytest.param("STYRELSEN Plats och tid: Kansliet Ärenden Öppnande av mötet... 3 Val av sekreterare... 3 "
                 "Ekonomi... 4 Verksamhetsplanen 2016... 7 Nästa styrelsemöte... 10\n",
                 ["Öppnande av mötet", "Val av sekreterare", "Ekonomi", "Verksamhetsplanen 2016",
                  "Nästa styrelsemöte"], id="board-contents-after-label"),
    pytest.param("NÄMNDEN Sammanträdesdatum 2022-03-01 Ärenden: Upprop... 2 Budget 2022... 4 Motion om "
                 "cykelvägar... 6\n", ["Upprop", "Budget 2022", "Motion om cykelvägar"], id="committee-contents"),
    # look-alikes that must not fire
    pytest.param("Vi väntar... 3 dagar till... 4 veckor sedan... 5 månader har gått sedan beslutet.\n", [],
                 id="ellipses-without-contents-label"),
    pytest.param("Ärenden Öppnande av mötet... 3 Val av sekreterare... 3\n", [], id="only-two-entries"),
]


@pytest.mark.parametrize(("text", "titles"), DOT_LEADERS)
def test_dot_leader_contents_run_on_one_line(text: str, titles: list[str]) -> None:
    assert [t for _, t in _titles(text)] == titles


# --- "- " headings of a flattened nested list ------------------------------------------------

FLAT = """Protokoll styrelsemöte
Datum: 22 april 2025
- Mötets öppnande
Mötet öppnades av ordföranden.
- Val av mötesfunktionärer
- Sekreterare:
Johan valdes till sekreterare.
- Justerare:
Anna valdes till justerare.
- Konstituering av styrelsen
- Övriga roller:
- Emil rapporterar för ungdomskommittén.
- Patrik ansvarar för ekonomin.
- Kansliet
Kansliet bemannas som tidigare under sommaren.
"""

SHOPPING = """Protokoll
Datum: 22 april 2025
Inköpslista:
- Kaffe
- Mjölk
- Servetter
- Tepåsar
Beslut: Kassören handlar.
"""


def test_flat_dash_list_headings_are_items() -> None:
    assert [t for _, t in _titles(FLAT)] == ["Mötets öppnande", "Val av mötesfunktionärer",
                                             "Konstituering av styrelsen", "Kansliet"]


def test_a_dash_list_of_short_points_is_no_flattened_heading_list() -> None:
    # A list of short points under a lead-in: no text or sub-heading under each entry.
    assert _flat_dash_headings(markup_view(minutes_from_text(SHOPPING))) == []
    assert [h.title for h in _flat_dash_headings(markup_view(minutes_from_text(FLAT)))] == [
        "Mötets öppnande", "Val av mötesfunktionärer", "Konstituering av styrelsen", "Kansliet"]


# --- a number alone on its line, "Title: its text" on the next ----------------------------

NUMBER_OVER_LABEL = """Protokoll styrelsemöte telefonmöte

1.

Mötet öppnas: Ordföranden öppnar mötet.

2.

Val av justerare: Krister justerar protokollet

3.

Domarkonferens: Protokollet från konferensen har inte kommit tillbaka.

4.

Nästa möte: Mötet är bestämt till den 13 januari
"""


def test_number_alone_then_title_and_colon() -> None:
    assert _titles(NUMBER_OVER_LABEL) == [("1", "Mötet öppnas"), ("2", "Val av justerare"),
                                          ("3", "Domarkonferens"), ("4", "Nästa möte")]


# --- a site's list of other documents; a news post's title -----------------------------------

RELATED = """Protokoll från styrgruppens möte den 4 februari 2015
Relevanta dokument
Protokoll från möte med styrgruppen i maj
Riktlinjer för arbetsgrupper. Fastställd av styrgruppen
Kommunikationsstrategi för programmet
Minnesanteckningar från styrgruppsmöte den 25 juni 2008
"""


def test_titles_in_a_list_of_other_documents_are_no_items() -> None:
    assert _titles(RELATED) == []


NEWS = """Aktuellt startsida

Fullmäktigesammanträde den 26 juni

Torsdagen den 26 juni höll förbundets fullmäktige sammanträde i Skövde med ett fyrtiotal ledamöter.

Ordföranden konstaterade att det var förbundets sjunde verksamhetsår och tackade alla för arbetet.
"""


def test_a_news_posts_title_and_navigation_are_no_items() -> None:
    assert _titles(NEWS) == []


# --- status -----------------------------------------------------------------------------------

STATUS = [
    pytest.param("Punkten flyttas för behandling vid kommande direktionssammanträde under året.",
                 ItemStatus.POSTPONED, None, id="moved-for-handling-at-a-coming-session"),
    pytest.param("Ärendet flyttades för beslut vid nästa styrelsemöte.", ItemStatus.POSTPONED, "next",
                 id="moved-for-decision-at-next-board-meeting"),
    pytest.param("Frågan flyttas till kommande möte.", ItemStatus.POSTPONED, "next", id="moved-to-coming-meeting"),
    pytest.param("Punkt 5: Utgår.", ItemStatus.POSTPONED, None, id="point-dropped"),
    # look-alikes that must not fire
    pytest.param("Kontoret flyttas till kommande år.", None, None, id="office-moves-next-year"),
    pytest.param("Personalen flyttas för behandling av patienter.", None, None, id="staff-moved-to-treat-patients"),
    pytest.param("Ersättning utgår.", None, None, id="compensation-is-paid"),
    pytest.param("Ingen reseersättning utgår för mötet.", None, None, id="no-travel-allowance-paid"),
    pytest.param("Arvode utgår enligt taxan.", None, None, id="fee-paid-by-the-rate"),
]


@pytest.mark.parametrize(("text", "status", "when"), STATUS)
def test_moved_on_matters_and_sums_paid_out(text: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(text, DAY)
    if status is None:
        assert found is None or found.status is not ItemStatus.POSTPONED
    else:
        assert found is not None
        assert (found.status, found.when) == (status, when)


REPORTED = [
    pytest.param("3 Anmälan av protokoll från kommunfullmäktige\n\nAnmäles protokoll från fullmäktige. "
                 "Begäran om avsägelse godkändes.\n\nVal av ny ersättare (kd) bordlades.\n\n"
                 "4 Budget\n\nBudgeten godkändes.\n", "handled", id="tabling-reported-from-the-council"),
    pytest.param("3 Anmälan av delegationsbeslut\n\nPunkten bordlades.\n\n4 Budget\n\nBudgeten godkändes.\n",
                 "postponed", id="the-reporting-item-itself-tabled"),
    pytest.param("3 Val av ny ersättare\n\nVal av ny ersättare (kd) bordlades.\n\n"
                 "4 Budget\n\nBudgeten godkändes.\n", "postponed", id="an-ordinary-item-tabled"),
]


@pytest.mark.parametrize(("text", "status"), REPORTED)
def test_tabling_reported_from_another_bodys_minutes(text: str, status: str) -> None:
    items, _ = _extract("Protokoll nämnden\n\n1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n" + text)
    assert items[1][2] == status


# --- a stored copy's pages: a running head in capitals, a running head repeating the title ------

_STORED = """{title}

Storlek: px
Starta visningen från sidan:

Download "{title} {day}"

Transkript

{pages}
"""

CODED_PAGE = [
    pytest.param("KOMMUN SAMMANTRÄDESPROTOKOLL", "2 KOMMUN SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr Förbundets anhållan om "
                 "förslag på ledamot i styrelsen Förbundet anhåller om förslag. Utskottet beslutar att föreslå Anna Berg.",
                 [("1", "Förbundets anhållan om förslag på ledamot i styrelsen")], id="au-item-diary-number-lost"),
    pytest.param("REGION PROTOKOLL", "2 REGION PROTOKOLL 2 RS 14 Budget för regionstyrelsen Styrelsen beslutar att "
                 "fastställa budgeten enligt förslaget.", [("14", "Budget för regionstyrelsen")],
                 id="rs-item-without-diary-number"),
    # look-alike: a page whose head is followed by no coded item
    pytest.param("KOMMUN SAMMANTRÄDESPROTOKOLL", "2 KOMMUN SAMMANTRÄDESPROTOKOLL 2 Plats och tid Stadshuset "
                 "Beslutande Anna Berg, s, ordförande Per Lind, m.", [], id="front-page-no-item"),
]


@pytest.mark.parametrize(("head", "page", "items"), CODED_PAGE)
def test_a_pages_capital_running_head_then_a_coded_item(head: str, page: str,
                                                          items: list[tuple[str, str]]) -> None:
    front = f"1 {head} 1 (12) Plats och tid Stadshuset Beslutande Anna Berg Per Lind Paragrafer 1-3"
    text = _STORED.format(title=head + " 1 (12) Kommunstyrelsens arbetsutskott", day="2000-01-17",
                          pages=front + "\n\n" + page)
    assert [(n, t) for n, t, *_ in _extract(text, "2000-01-17")[0]] == items


def test_a_pages_running_head_repeating_the_title_is_no_item() -> None:
    page = ("1 1 Nämnden för arkiv PROTOKOLL Dnr /3887 Sammanträdesdatum Tid: kl Plats: styrelserummet Närvarande: "
            "Anna Berg (ordförande) Per Lind Eva Holm 1 Sammanträdet öppnas Ordföranden öppnade sammanträdet. "
            "2 Val av justeringsmän Att justera protokollet utsågs Per Lind. 3 Godkännande av föredragningslista "
            "Föredragningslistan godkändes.")
    text = _STORED.format(title="Nämnden för arkiv PROTOKOLL Dnr 12/3887 Sammanträdesdatum", day="2009-01-28",
                          pages=page)
    assert _titles(text) == [("1", "Sammanträdet öppnas"), ("2", "Val av justeringsmän"),
                             ("3", "Godkännande av föredragningslista")]


# --- a portal's paragraphs as "• § N" bullets over their text, titles lost -------------------

PORTAL = """Möte 2018-01-30
Regionala nämnden
09:00 - 15:00 Sammanträdesrummet
  • § 3

    Enligt reglementet har preliminär föredragningslista utsänts till ledamöter och ersättare.

  • § 11

    I diskussioner mellan regionerna har det framkommit att en gemensam skrivelse bör skickas.
"""

PORTAL_FALLING = PORTAL.replace("§ 11", "§ 2")


def test_paragraph_bullets_over_their_text_are_items() -> None:
    assert _numbers(PORTAL) == ["3", "11"]


def test_paragraph_bullets_out_of_order_are_not_read_so() -> None:
    assert _numbers(PORTAL_FALLING) != ["3", "2"]


# --- lead-in lines ending with a colon over their bullets ------------------------------------

COUNCIL_NOTES = """Minnesanteckningar föräldraråd 14/3-12

Närvarande:
 Anna Berg
 Per Lind

Verksamheten i förskolan styrs av:
• skollagen
• läroplanen för förskolan
I skollagen står det att vi ska skapa forum för föräldrar att vara delaktiga i verksamheten.

Hur vill ni att föräldraråden ska utformas?
• Diskutera tankar kring förskolans framtid
• Få information om verksamheten

Synpunkter som kom upp:
• Tekniken är eftersatt, vad kan man göra åt det?
• Staketet runt gården är lågt.
"""

LEAD_INTO_ITEMS = """Presidiemöte

Dagens möte handlade främst om årsplanering.

Beslut togs i bl.a. följande ärenden:

- Vårmötet blir en endagsresa med båt

- Kontakt tas med projektledaren
  Magnus Johansson om ev. medverkan (föredrag)
  på vårmötet.

- Höstmöte 16 september
"""


def test_lead_in_lines_with_a_colon_head_their_bullets() -> None:
    assert [t for _, t in _titles(COUNCIL_NOTES)] == [
        "Verksamheten i förskolan styrs av", "Hur vill ni att föräldraråden ska utformas?", "Synpunkter som kom upp"]


def test_a_lead_into_the_matters_and_a_wrapped_bullet_line_head_nothing() -> None:
    titles = [t for _, t in _titles(LEAD_INTO_ITEMS)]
    assert "Beslut togs i bl.a. följande ärenden" not in titles
    assert "Magnus Johansson om ev. medverkan (föredrag)" not in titles
