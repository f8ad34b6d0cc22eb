"""Item families from batches b17 and b18 of held-out minutes (tests/data/extra/docs/512-534).

A scan that read "§" as "$"; points numbered within the meeting ("9:1", "9:2"); paragraphs under
"Ärenden som behandlats:", each a matter; a paragraph left empty ("§ 9" / "§ 10"); a table of
contents whose numbers follow the titles (the items' own, or page numbers); a scanned page's running
head before the item's bare number; the document's title in capitals run into point 1; a news
post's title under its dateline, a site's menu bar and a letterhead, none of them items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import misread_sign_view
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows, transcript


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2018-01-18")[0]]


# --- "$1 Mötets öppnande": a scan's "§" read as "$" ------------------------------------------

_MEMBERS = "Protokoll fört vid månadsmöte med föreningen torsdagen den 18 januari 2018.\n\nNärvarande: 40 medlemmar\n"

MISREAD_SIGNS = [
    pytest.param(_MEMBERS + "$1 Mötets öppnande\nOrdföranden hälsade välkommen.\n$2 Inkomna skrivelser\n"
                 "Inga inkomna skrivelser.\n$3 KPR\nBo informerade om KPR.\n$4 Avslutning\nMötet avslutades.\n",
                 [("1", "Mötets öppnande"), ("2", "Inkomna skrivelser"), ("3", "KPR"), ("4", "Avslutning")],
                 id="dollar-for-paragraph-sign"),
    pytest.param(_MEMBERS + "$ 1 Mötets öppnande\nOrdföranden hälsade välkommen.\n\n$ 2 Val av justerare\n"
                 "Till justerare valdes Eva.\n\n$ 3 Övriga frågor\nInga övriga frågor.\n",
                 [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Övriga frågor")],
                 id="dollar-and-a-space"),
]


@pytest.mark.parametrize(("text", "titles"), MISREAD_SIGNS)
def test_paragraph_sign_misread_as_dollar(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


MISREAD_LOOK_ALIKES = [
    pytest.param("Rapport\n\n$5 Million raised in the campaign\n$20 Million pledged by donors\n", id="amounts-out-of-turn"),
    pytest.param("Rapport\n\n$1 Dollar kostade 9 kronor.\n\nText om annat.\n", id="one-line-alone"),
    pytest.param("Protokoll\n\n§ 1 Mötets öppnande\nText.\n$2 Inkomna skrivelser\n$3 Övrigt\n", id="text-with-a-real-sign"),
    pytest.param("Protokoll\n\nBeloppet $1 Mötets\n$2 Inkomna\n", id="dollar-inside-the-line"),
]


@pytest.mark.parametrize("text", MISREAD_LOOK_ALIKES)
def test_dollar_that_is_no_paragraph_sign(text: str) -> None:
    doc = minutes_from_text(text)
    assert misread_sign_view(doc) is doc


# --- "9:1 Öppnande 9:2 ...": points numbered within the meeting -------------------------------

MEETING_POINTS = [
    pytest.param(transcript(
        "UNF FS Protokoll nr 9 Närvarande ledamöter: Vidar Aronsson Linda Engström Paragrafer: 9:1 9:10 Bilagor: "
        "9:1-9:39 9:1 Öppnande Linda Engström förklarade mötet öppnat. 9:2 Bilaga 9:1 fastställa Fastställande av "
        "föredragningslista Styrelsen beslutade fastställa listan. 9:3 Val av justerare Mårten Malm föreslog Eric "
        "Tegnander som justerare. 9:4 Föregående protokoll Linda Adolfsson berättade om protokollet och styrelsen "
        "beslutade att lägga det till handlingarna efter en kort diskussion om uppdragen."),
        ["9:1", "9:2", "9:3", "9:4"], id="run-in-on-page-lines"),
    pytest.param("Protokoll styrelsemöte 4\n\n4:1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n4:2 Val av justerare\n"
                 "Eva valdes.\n\n4:3 Ekonomi\nKassören rapporterade.\n",
                 ["4:1", "4:2", "4:3"], id="on-lines-of-their-own"),
]


@pytest.mark.parametrize(("text", "numbers"), MEETING_POINTS)
def test_points_numbered_within_the_meeting(text: str, numbers: list[str]) -> None:
    assert [n for n, _ in _titles(text)] == numbers


MEETING_POINT_LOOK_ALIKES = [
    pytest.param("Program\n\n18:00 Middag serveras i matsalen.\n\n19:30 Föredrag om föreningen.\n\n21:00 Avslutning\n",
                 id="times-of-a-programme"),
    pytest.param("Protokoll\n\nEnligt bilaga (9:3) Föreningsförändringar och (9:4) Representation samt (9:5) Sociala "
                 "frågor som styrelsen tog upp.\n", id="references-in-parentheses"),
    pytest.param("Protokoll\n\n9:1 Öppnande\nText.\n\n7:4 Budget\nText.\n\n3:2 Val\nText.\n", id="no-run"),
]


@pytest.mark.parametrize("text", MEETING_POINT_LOOK_ALIKES)
def test_colon_numbers_that_are_no_points(text: str) -> None:
    assert not any(n and ":" in n for n, _ in _titles(text))


# --- "Ärenden som behandlats:" over one short paragraph per matter ---------------------------

_DEALT = ("Protokoll Årsstämman 2023 Vägföreningen\n\nPlats, Lainio kapell 230501 kl 14.00\n\n"
          "Ordförande Ulf Henricson, Sekreterare Lars Karlsson.\n\n")

LISTED_PARAGRAPHS = [
    pytest.param(_DEALT + "Ärenden som behandlats:\n\nFastställande av Dagordning. Godkänd\n\n"
                 "Val av ordförande och sekreterare blev Ulf Henricson och Lars Karlsson.\n\n"
                 "Ansvarsfrihet för styrelsen beviljades.\n\nInkomna motioner\n\nInga inkomna motioner\n\n"
                 "Motioner från styrelsen.\n\nSläntröjning av vägarna får ett överstiga 30 000 kr, styrelsen väntar på "
                 "prisförslag från leverantören. Beviljades\n\nFörstärkning av befintliga färjbåtar, ca 5000 kr "
                 "Beviljades\n\nDiskussionsstund.\n\nMötet avslutades 15.00\n",
                 ["Fastställande av Dagordning. Godkänd",
                  "Val av ordförande och sekreterare blev Ulf Henricson och Lars Karlsson",
                  "Ansvarsfrihet för styrelsen beviljades", "Inkomna motioner", "Motioner från styrelsen",
                  "Diskussionsstund"], id="matters-dealt-with"),
    pytest.param("Styrelsemöte 2021-04-03\n\nBehandlade ärenden:\n\nDagordningen godkändes.\n\n"
                 "Kassören redovisade ekonomin.\n\nNästa möte bestämdes till maj.\n\nVid protokollet\n\nEva Ek\n",
                 ["Dagordningen godkändes", "Kassören redovisade ekonomin", "Nästa möte bestämdes till maj"],
                 id="dealt-with-before-the-signature"),
]


@pytest.mark.parametrize(("text", "titles"), LISTED_PARAGRAPHS)
def test_paragraphs_under_matters_dealt_with(text: str, titles: list[str]) -> None:
    assert [t for n, t in _titles(text) if n is None] == titles


LISTED_LOOK_ALIKES = [
    pytest.param(_DEALT + "Ärenden som behandlats:\n\nDagordningen godkändes.\n\nKassören redovisade ekonomin och "
                 "styrelsen diskuterade länge hur vägen ska underhållas under de kommande åren med tanke på "
                 "kostnaderna.\n\n", id="fewer-than-three-short-paragraphs"),
    pytest.param(_DEALT + "Följande noterades om vägen och ekonomin under mötet i kapellet:\n\nDagordningen godkändes.\n\n"
                 "Kassören redovisade.\n\nStyrelsen valdes.\n\n", id="a-long-lead-in"),
]


@pytest.mark.parametrize("text", LISTED_LOOK_ALIKES)
def test_no_matters_without_the_lead(text: str) -> None:
    assert len([t for n, t in _titles(text) if n is None]) < 3


# --- "§ 9" / "§ 10": a paragraph left empty ------------------------------------------------

_SCOUTS = "Kårstyrelseprotokoll - 2008-09-14\n\n§ 1 Mötet öppnades av Bernt.\n\n§ 2 Dagordningen godkändes.\n\n"

EMPTY_PARAGRAPHS = [
    pytest.param(_SCOUTS + "§ 3 Post\nInget att rapportera.\n\n§ 4\n\n§ 5\n\n§ 6 Övrigt\nInget.\n",
                 [("3", "Post"), ("4", ""), ("5", ""), ("6", "Övrigt")], id="two-empty-paragraphs"),
    pytest.param(_SCOUTS + "§ 3\n\n§ 4 Mötet avslutas\n", [("3", ""), ("4", "Mötet avslutas")], id="empty-before-the-last"),
    # look-alikes: a sign over its title, the next sign out of turn
    pytest.param(_SCOUTS + "§ 3\n\nEkonomi\nKassören rapporterade om läget.\n\n§ 4 Mötet avslutas\n",
                 [("3", "Ekonomi"), ("4", "Mötet avslutas")], id="sign-over-its-title"),
    pytest.param(_SCOUTS + "§ 3\n\n§ 7 Övrigt\nInget.\n", [("7", "Övrigt")], id="next-sign-out-of-turn"),
]


@pytest.mark.parametrize(("text", "rows"), EMPTY_PARAGRAPHS)
def test_paragraph_left_empty(text: str, rows: list[tuple[str, str]]) -> None:
    assert _titles(text)[2:] == rows


# --- a contents list with each number after its title ----------------------------------------

_OPENING = ("SAMMANTRÄDESPROTOKOLL Miljönämnden 2014-09-04 Plats och tid Kinna kl Beslutande M Bengt Ferm C Ragnar "
            "Nilsson Övriga deltagande Svante Brandin kommunbiolog Utses att justera Paragrafer Underskrifter")

NUMBERS_AFTER_TITLES = [
    pytest.param(transcript(_OPENING, "SAMMANTRÄDESPROTOKOLL Sida 3(14) Innehållsförteckning Information 35 "
                            "Delårsrapport 36 Miljöbalkstaxan 37 Samrådsremiss angående ny översiktsplan. 38 "
                            "Meddelanden 39 Redovisning av delegationsbeslut 40"),
                 [("35", "Information"), ("36", "Delårsrapport"), ("37", "Miljöbalkstaxan"),
                  ("38", "Samrådsremiss angående ny översiktsplan"), ("39", "Meddelanden"),
                  ("40", "Redovisning av delegationsbeslut")], id="items-own-numbers"),
    pytest.param(transcript(_OPENING, "ANSLAG/BEVIS Protokollet är justerat och anslaget på kommunens anslagstavla",
                            "2017, Vansbro 3 Innehåll Justering av dagordning 5 Uppföljning av energiarbetet 7 "
                            "Nordanåker 28:4, strandskyddsdispens 10 Uppsälje 25:24, strandskyddsdispens 12 Motion, "
                            "förskola och"),
                 [(None, "Justering av dagordning"), (None, "Uppföljning av energiarbetet"),
                  (None, "Nordanåker 28:4, strandskyddsdispens"), (None, "Uppsälje 25:24, strandskyddsdispens"),
                  (None, "Motion, förskola och")], id="page-numbers-and-a-cut"),
]


@pytest.mark.parametrize(("text", "titles"), NUMBERS_AFTER_TITLES)
def test_contents_numbers_after_titles(text: str, titles: list[tuple[str | None, str]]) -> None:
    assert _titles(text) == titles


NUMBERS_AFTER_LOOK_ALIKES = [
    pytest.param(transcript(_OPENING, "Innehåll Ekonomi 2019 Budget 2020 Plan 2021 och vidare framåt i tiden "
                            "enligt förslaget från kansliet som styrelsen tog ställning till."), id="years-not-numbers"),
    pytest.param(transcript(_OPENING, "Styrelsen gick igenom Budget 35 Plan 36 Mål 37 utan att ta upp något "
                            "innehåll av betydelse för medlemmarna under året."), id="no-contents-label"),
]


@pytest.mark.parametrize("text", NUMBERS_AFTER_LOOK_ALIKES)
def test_no_contents_numbers_after_titles(text: str) -> None:
    rows = _titles(text)
    assert ("35", "Budget") not in rows and ("36", "Plan") not in rows
    assert not any(t.startswith("Ekonomi") for _, t in rows)


# --- a scanned page's running head, then the item's bare number ------------------------------

RUNNING_HEADS = [
    pytest.param("fe?l fl Kommunfullmäktige 2017-10-23 1 Plats och tid Ungärde skola, Lima, kl. 18:30-20:30 "
                 "Beslutande Enligt bilagd förteckning. " + "Övriga deltagande Erik Hansson, sekreterare " * 5 + "\n"
                 "^> fl Kommunfullmäktige 2017-10-23 2 132 Återredovisningar av bolagen Beskrivning av ärendet Bolagen "
                 "ska enligt arbetsordningen lämna redovisning till kommunfullmäktige minst en gång per år och gör så "
                 "vid dagens sammanträde.\n"
                 "O Kommunfullmäktige 2017-10-23 3 133 Delårsrapport 2017 (KS/2017:499) Kommunfullmäktiges beslut "
                 "Delårsrapporten godkänns. Beskrivning av ärendet Delårsbokslut är upprättat per 31 juli 2017 och "
                 "visar ett positivt resultat.\n",
                 [("132", "Återredovisningar av bolagen"), ("133", "Delårsrapport 2017")], id="scanned-running-heads"),
]


@pytest.mark.parametrize(("text", "titles"), RUNNING_HEADS)
def test_item_after_a_running_head(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


def test_running_head_with_a_count_of_pages_is_no_item() -> None:
    text = ("Kommunfullmäktige 2017-10-23 2 1 Val av justerare Till justerare valdes Eva Ek och Bo Berg, som "
            "justerar protokollet på kommunkontoret den 27 oktober klockan tio enligt ordförandens förslag.\n"
            "Kommunfullmäktige 2017-10-23 3 2 Budget Fullmäktige antog budgeten för nästa år efter en lång debatt "
            "om skolans och omsorgens kostnader och om hur skattesatsen ska hållas oförändrad.\n")
    assert ("1", "Val av justerare") not in _titles(text)


# --- "PROTOKOLL 1. Ordförande hälsade ...": the title run into point 1 ------------------------

def test_title_in_capitals_run_into_the_first_point() -> None:
    text = ("Föreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos Minc i Malmö.\n\n"
            "PROTOKOLL 1. Ordförande hälsade medlemmarna välkomna och alla gjorde en kort presentation av sig.\n"
            "2. Thorild gjorde en återblick på vårens föredrag och nämnde speciellt ett av dem.\n"
            "3. Inkomna skrivelser lästes upp av sekreteraren och lades till handlingarna.\n")
    assert [n for n, _ in _titles(text)] == ["1", "2", "3"]


def test_capitals_that_are_no_title_before_point_one() -> None:
    text = ("Föreningsmöte den 31 augusti 2006.\n\n"
            "KASSAN 1. Kassören redovisade läget och alla fick en kort presentation av kostnaderna.\n"
            "2. Thorild gjorde en återblick på vårens föredrag och nämnde speciellt ett av dem.\n"
            "3. Inkomna skrivelser lästes upp av sekreteraren och lades till handlingarna.\n")
    assert "1" not in [n for n, _ in _titles(text)]


# --- lines that are no items: a post's title, a menu, a letterhead, a title run into a field ----

NO_ITEMS = [
    pytest.param("18 februari 2025\nÅrsmöte\nVälbesökt årsmöte.\nOrdförande Rolf Svensson välkomnade 41 medlemmar "
                 "till årsmötet och mötet inleddes med parentation.\n\n18 februari 2025\nTillsammans för ett bättre liv\n"
                 "I PRO ser vi tillsammans till att livet som pensionär blir bättre och roligare för alla medlemmar.\n",
                 id="news-post-titles-under-datelines"),
    pytest.param("Header\n\nHEM PROTOKOLL KONSTSKATTER | FILMSKATTER | KRÅKTEATERN\n\nDet som hänt i samfälligheten de "
                 "senaste 25 åren kan du enkelt hitta med länkarna nedan, år för år och möte för möte.\n",
                 id="menu-bar"),
    pytest.param("Start » Föreningen » Protokoll\n\nProtokollen från våra möten finns samlade här sedan föreningen "
                 "bildades, och de nyaste ligger överst i listan nedan.\n", id="breadcrumb-trail"),
    pytest.param("Miljönämnden. Protokoll Mn 87/2014. Datum: Klockan: 09:00-12:10 Plats: Sessionssalen\n\n"
                 "Protokoll Mn 87/2014 Miljönämnden. Datum: 2014-11-11 Klockan: 09:00-12:10 Plats: Sessionssalen\n",
                 id="title-run-into-a-header-field"),
]


@pytest.mark.parametrize("text", NO_ITEMS)
def test_lines_that_are_no_items(text: str) -> None:
    assert _titles(text) == []


ITEMS_KEPT = [
    pytest.param("Styrelsemöte 2021-03-04\n\nEkonomi\nKassören rapporterade att ekonomin är god och att bidraget kommit.\n\n"
                 "Lokalen\nHyran höjs från nästa år enligt det nya avtalet med kommunen.\n",
                 ["Ekonomi", "Lokalen"], id="headings-below-a-title-line"),
    pytest.param("Styrelsemöte\n\n2021-03-04\n\nMötets öppnande\nOrdföranden öppnade mötet och hälsade alla välkomna.\n\n"
                 "Lokalen\nHyran höjs från nästa år enligt det nya avtalet med kommunen.\n",
                 ["Mötets öppnande", "Lokalen"], id="heading-under-a-date-not-first"),
    pytest.param("2021-03-04\n\nMötets öppnande\nOrdföranden öppnade mötet och hälsade alla välkomna till mötet.\n\n"
                 "Ekonomi\nKassören rapporterade om ekonomin och budgeten för året.\n",
                 ["Mötets öppnande", "Ekonomi"], id="first-item-under-the-minutes-date"),
    pytest.param("Protokoll styrelsen\n\n4 mars 2021\n\nMötets öppnande\nOrdföranden öppnade mötet och hälsade "
                 "alla välkomna.\n\n4 mars 2021\n\nEkonomi\nKassören rapporterade om ekonomin och budgeten för året.\n",
                 ["Mötets öppnande", "Ekonomi"], id="date-repeated-but-not-the-first-line"),
    pytest.param("Styrelsemöte 2021-03-04\n\nEkonomi | Budget\nKassören rapporterade att ekonomin är god och att "
                 "bidraget kommit.\n\nLokalen\nHyran höjs från nästa år enligt det nya avtalet med kommunen.\n",
                 ["Ekonomi | Budget", "Lokalen"], id="one-bar-in-a-heading"),
]


@pytest.mark.parametrize(("text", "titles"), ITEMS_KEPT)
def test_headings_that_stay_items(text: str, titles: list[str]) -> None:
    assert [t for _, t in _titles(text)] == titles


LETTERHEADS = [
    pytest.param(transcript("11 Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Plats och tid Kommunhuset, Hultsfred "
                            "Beslutande Johan Svensson (m) Konny Bogren (s) Övriga deltagande Anders Helgée"),
                 id="municipal-letterhead"),
]


@pytest.mark.parametrize("text", LETTERHEADS)
def test_letterhead_is_no_item(text: str) -> None:
    assert not any("kommun" in t for _, t in _titles(text))


# --- "1. Presentationsrunda": the one point of a copy cut off after it ------------------------

def test_first_point_of_a_cut_copy_over_header_lines() -> None:
    text = ("Svalövs kommun Hemsida www.svalov.se\n\nPostadress\n\n268 80 Svalöv Besöksadress\n\n"
            "Herrevadsgatan 10 Telefon 0418-47 50 00\n\nUngdomsråd, 2018-12-11\n\n"
            "Plats Kommunhuset, Fullmäktigesalen Datum 2018-12-11, kl. 9.00 – 11.00\n\n"
            "Deltagare Fredrik Jönsson, ordförande Agnes Holm, Parkskolan\n\nHeleneborgsskolan\n\n"
            "Melwin Walldén, Heleneborgsskolan Anton Rosdahl, Linåkerskolan Amanda Lagerqvist, Linåkerskolan och "
            "fler elever från skolorna i kommunen.\n\n1. Presentationsrunda\n\nFredrik Jönsson hälsade samtliga "
            "deltagare välkomna. Efter detta följde en presentationsrunda.\n")
    assert _titles(text) == [("1", "Presentationsrunda")]


def test_a_later_point_alone_is_not_read_so() -> None:
    text = ("Styrelsemöte 2021-03-04\n\nEkonomi\nKassören rapporterade att ekonomin är god och att bidraget kommit.\n\n"
            "2. Lokalen\n\nHyran höjs från nästa år enligt det nya avtalet med kommunen.\n")
    assert ("2", "Lokalen") not in _titles(text) or len(_titles(text)) > 1


def test_every_lead_holds_a_stem_the_search_starts_from() -> None:
    """`_listed_paragraph_lead_line` finds a lead from where one of `_LEAD_STEMS` stands."""
    from planner.extract import words
    from planner.extract.items import _LEAD_STEMS

    for label in (*words.MATTERS_DEALT_WITH_LABELS, *words.LIST_OF_MATTERS):
        assert any(stem in label for stem in _LEAD_STEMS), label


# --- "§ 1/ Mötet öppnas.": a slash parts the number from the title ----------------------------

SLASHED = [
    pytest.param("Protokoll 2009-06-30\n\nNärvarande: Inga, Jonny och Stig.\n\n§ 1/ Mötet öppnas.\n\n"
                 "§ 2/ Till justerare valdes Henry\n\n§ 3/ Föredragningslistan godkändes\n",
                 [("1", "Mötet öppnas"), ("2", "Till justerare valdes Henry"), ("3", "Föredragningslistan godkändes")],
                 id="slash-after-the-sign"),
    # look-alikes: a paragraph numbered within its year, a slash without a space
    pytest.param("Protokoll 2020-11-03\n\n§ 63/20 Budget\nText.\n\n§ 64/20 Val\nText.\n",
                 [("63", "Budget"), ("64", "Val")], id="number-within-its-year"),
]


@pytest.mark.parametrize(("text", "titles"), SLASHED)
def test_slash_after_the_paragraph_number(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


# --- "24 Tillgänglighetspriset 2018... 3 25 Utbildning.... 4": entries with leaders, run together ----

_COUNCIL = ("Plats och tid Koppargården, 13:15-16:00 Beslutande: Övriga deltagande Marie-Louise Hellström (LB), "
            "ordförande Elin Jonsson, Demensföreningen Jörgen Brink, FUB\n")

LEADER_RUNS = [
    pytest.param(_COUNCIL + "24 Tillgänglighetspriset 2018... 3 25 Utbildning i mänskliga rättigheter.... 4 26 Dialog "
                 "med språkcaféer... 5 27 Övriga frågor... 6 Justerare Utdragsbestyrkande 2\n",
                 ["24", "25", "26", "27"], id="entries-with-dot-leaders"),
    # look-alikes: leaders whose numbers do not count up, two entries only
    pytest.param(_COUNCIL + "24 Tillgänglighetspriset 2018... 3 31 Utbildning i mänskliga rättigheter.... 4 12 Dialog "
                 "med språkcaféer... 5\n", [], id="numbers-out-of-turn"),
    pytest.param(_COUNCIL + "24 Tillgänglighetspriset 2018... 3 25 Utbildning i mänskliga rättigheter.... 4\n", [],
                 id="two-entries"),
]


@pytest.mark.parametrize(("text", "numbers"), LEADER_RUNS)
def test_contents_entries_with_leaders_run_together(text: str, numbers: list[str]) -> None:
    assert [n for n, _ in _titles(text) if n in ("12", "24", "25", "26", "27", "31")] == numbers


def test_page_numbers_after_leaders_of_unnumbered_entries() -> None:
    text = ("STYRELSEN Plats och tid: m/s Viking Mariella den 11 september 2015 kl. 16:30-19:00 Ärenden Öppnade av "
            "möte... 3 Val av sekreterare... 3 Val av protokolljusterare... 3 Studiedagar och höstmöte... 4 "
            "Verksamhetsplanen 2016... 5 Övriga frågor... 6\n")
    assert not any(n in ("3", "4", "5") for n, _ in _titles(text))


# --- "1 Justerare Eva Borg utses ... 2 Reflektion från ...": points run on in one long line -------

_RUN_ON = ("1 Justerare Eva Borg utses att tillsammans med ordföranden justera protokollet. 2 Reflektion från mötet "
           "med socialcheferna Styrgruppen anser att det var positivt att träffa socialcheferna och att det var bra "
           "presentationer som tillförde mycket. 3 Verksamhetsplan år 2018 Ett förslag till verksamhetsplan har "
           "skickats ut inför mötet och styrgruppen ställer sig bakom förslaget som underlag till beslut. "
           "4 Hälso- och sjukvårdsfrågor Linda Macke informerar om aktuella frågor inför förbundsstyrelsens möte.")


def test_points_run_on_in_one_long_line() -> None:
    text = "Minnesanteckningar styrgruppen 2017-11-02\n" + _RUN_ON + "\n"
    assert [n for n, _ in _titles(text)] == ["1", "2", "3", "4"]


RUN_ON_LOOK_ALIKES = [
    pytest.param(_RUN_ON.replace(". 2 Reflektion", ", 2 Reflektion").replace(". 3 Verk", " och 3 Verk")
                 .replace(". 4 Hälso", " 4 Hälso"), id="numbers-inside-sentences"),
    pytest.param(_RUN_ON.replace("1 Justerare", "Justerare").replace(". 2 Reflektion", ". 7 Reflektion"),
                 id="no-point-one"),
]


@pytest.mark.parametrize("line", RUN_ON_LOOK_ALIKES)
def test_long_line_that_runs_on_no_points(line: str) -> None:
    assert [n for n, _ in _titles("Minnesanteckningar styrgruppen 2017-11-02\n" + line + "\n")] != ["1", "2", "3", "4"]
