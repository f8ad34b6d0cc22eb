"""Item layouts of the tenth fresh batch of real minutes (tests/data/extra 429-440), read by general rules.

Mostly stored-page transcripts of regional and county bodies: contents lists run on in one line
whose numbers a copy lost or a scan broke ("l 10 Nästa möte"), registers numbered with the council's
letters ("Register RS 99 ... RS 100 ..."), paragraphs headed "KF § 266" with the title below,
agendas whose entries follow the diary number of the entry before ("SN 2018/46 4 Budget"), a
second printed page number on every page line, and a committee's list of matters it prepares for
another body. Each case is a short passage written the way real minutes put it, with look-alikes
that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.items import (
    _inline_title,
    _loose_marks,
    _loose_run,
    _title_starts,
    extract_items,
    find_headings,
)
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _pages(*pages: str) -> str:
    """A stored web copy: "Transkript", then each page as one line opening with its number."""
    return "SAMMANTRÄDESPROTOKOLL\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


_FILLER = " ".join(["Ordföranden hälsade alla välkomna och förklarade sammanträdet öppnat."] * 8)


# A contents list run on after its label, where a copy lost some numbers: as many titles start there
# (a capitalised word after a lower-case one) as numbers are missing, each an entry without a number.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Förteckning över arbetsutskottets ärenden 238 Fastställande av dagordning 239 Ekonomisk rapport "
          "Fördelningsprinciper avseende statliga bidrag Kronobergs läns budgetframställan Tillämpningsanvisningar "
          "för fritidspolitiker 243 Upphandling av tryckeritjänster 244 Internkontrollplan för nämnden"),
         [("238", "Fastställande av dagordning"), ("239", "Ekonomisk rapport"),
          (None, "Fördelningsprinciper avseende statliga bidrag"), (None, "Kronobergs läns budgetframställan"),
          (None, "Tillämpningsanvisningar för fritidspolitiker"), ("243", "Upphandling av tryckeritjänster"),
          ("244", "Internkontrollplan för nämnden")]),
        (("Innehållsförteckning 31 Godkännande av dagordningen 32 Internkontrollplan för nämnden Attestreglemente "
          "och attestanter 34 Nästa möte 35 Övriga frågor"),
         [("31", "Godkännande av dagordningen"), ("32", "Internkontrollplan för nämnden"),
          (None, "Attestreglemente och attestanter"), ("34", "Nästa möte"), ("35", "Övriga frågor")]),
        # one number lost and no second title to tell apart: the entry before keeps the text
        (("Ärendelista 12 Val av justerare 13 Budget för verksamheten 15 Nästa möte 16 Övriga frågor"),
         [("12", "Val av justerare"), ("13", "Budget för verksamheten"), ("15", "Nästa möte"),
          ("16", "Övriga frågor")]),
        # look-alike: a wide gap without as many titles is no lost entries ("40 Personer" is a count)
        (("Innehållsförteckning 5 Mötets öppnande 6 Val av justerare 7 Rapport från projektet med "
          "12 Deltagare 8 Nästa möte"),
         [("5", "Mötets öppnande"), ("6", "Val av justerare"), ("7", "Rapport från projektet med"),
          ("8", "Nästa möte")]),
    ],
)
def test_contents_run_on_with_lost_numbers(line: str, expected: list[tuple[str | None, str]]) -> None:
    assert _headings(_pages(line + " " + _FILLER)) == expected


# Title starts in a run of titles: a name after a preposition goes on with its title, an acronym starts none.
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Ekonomisk rapport Fördelningsprinciper avseende bidrag Kronobergs läns budget", ["Fördelningsprinciper",
                                                                                       "Kronobergs"]),
        ("Länstransportplan åtgärdsplan Digital agenda IT i människans tjänst", ["Digital"]),
        ("Skrivelse från Växjö kommuns samverkansråd", []),
        ("Avtal med Region Kronoberg", []),
    ],
)
def test_title_starts(text: str, starts: list[str]) -> None:
    assert [text[at:].split()[0] for at in _title_starts(text, 0, len(text))] == starts


# Entry numbers a scan broke: "l" or "I" for a one, a space between the digits; taken only where they count on.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Innehållsförteckning sid 107 Polisens plan 108 Kommuncheferna informerar 109 Ekonomisk rapport "
          "l 10 Nästa möte l I l Övriga frågor"),
         ["107", "108", "109", "110", "111"]),
        ("Innehållsförteckning 8 Mötets öppnande 9 Val av justerare l 0 Budget 1 l Nästa möte",
         ["8", "9", "10", "11"]),
        # look-alikes: a broken number that does not count on, and "I" alone (a word)
        (("Innehållsförteckning 107 Polisens plan 108 Kommuncheferna informerar 109 Ekonomisk rapport "
          "l 5 Nästa möte I Övriga frågor"),
         ["107", "108", "109"]),
    ],
)
def test_contents_numbers_broken_by_scanning(line: str, expected: list[str]) -> None:
    assert [n for n, _ in _headings(_pages(line + " " + _FILLER))] == expected


# A register numbered with the council's letters: two entries after its label make the list.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("RS 2021/69 Register RS 99 Förändrad styrning av Filmfond AB 6 RS 100 Uppföljning av budget",
         [("99", "Förändrad styrning av Filmfond AB"), ("100", "Uppföljning av budget")]),
        ("Innehållsförteckning: KS 14 Delårsrapport 3 KS 15 Taxor och avgifter 2022 4",
         [("14", "Delårsrapport"), ("15", "Taxor och avgifter 2022")]),
        # look-alike: two such marks without a label are no list
        ("Ärendet bereddes av RS 99 Gotland och vidare till KS 100 Ledamöter", []),
    ],
)
def test_register_with_council_letters(line: str, expected: list[tuple[str, str]]) -> None:
    got = _headings(_pages(_FILLER, line + " " + _FILLER))
    assert got == expected


# A paragraph headed with the council's letters and the sign, its title on a line below (a long one too).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("KF § 266\n\nVal av justeringsmän och tillkännagivande om justering\n\nTill justerare utses A och B.\n\n"
          "KF § 267 Dnr KS 02-820 107\n\nBildning av kommunal bolagskoncern för de helägda bolagen samt "
          "fastställande av bolagspolicy för kommunen\n\nFullmäktige beslutar enligt förslaget.\n"),
         [("266", "Val av justeringsmän och tillkännagivande om justering"),
          ("267", ("Bildning av kommunal bolagskoncern för de helägda bolagen samt fastställande av bolagspolicy "
                   "för kommunen"))]),
        (("KS § 12\nBudget 2022\nKommunstyrelsen beslutar att godkänna budgeten.\n\n"
          "KS § 13\nTaxor och avgifter\nKommunstyrelsen beslutar att anta taxorna.\n"),
         [("12", "Budget 2022"), ("13", "Taxor och avgifter")]),
        # look-alike: lower-case words before the sign are no council's letters
        ("enligt § 12\nBudget 2022\n\nenligt § 13\nTaxor och avgifter\n", []),
    ],
)
def test_paragraph_with_council_letters_and_title_below(text: str, expected: list[tuple[str, str]]) -> None:
    assert _headings(text) == expected


# An agenda's entry number may follow the diary number that ends the entry before it; the diary number
# is no part of the title.
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Detaljbudget 2019 SN 2018/46 4 Budget", ["4"]),
        ("Pågående projekt SN 2017/212, SN 2019/16 8 Pågående projekt", ["8"]),
        ("Taxor KS 2020/1234 5 Nästa möte", ["5"]),
        # look-alikes: a date with a slash, a sum, a year alone
        ("mötet den 12/3 4 Nya", []),
        ("kostnaden 2019 4 Budget", []),
        ("den 12/3 2019 4 Budget", []),
    ],
)
def test_loose_number_after_a_diary_number(text: str, numbers: list[str]) -> None:
    assert [m.group(1) for m in _loose_marks(text)] == numbers


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        ("Detaljbudget 2019 SN 2018/46 4 Budget", "Detaljbudget 2019"),
        ("Budget SN 2019/71 5 Budgetuppföljning", "Budget"),
        ("Taxor för bygglov Dnr 2021/112 Nämnden beslutar", "Taxor för bygglov"),
        # look-alike: capitals and a number that are no diary number stay
        ("Budget 2019 KS beslutade", "Budget 2019 KS beslutade"),
    ],
)
def test_run_in_title_without_diary_number(rest: str, title: str) -> None:
    assert _inline_title(rest) == title


# Numbers that stand twice on a line after names are paragraphs the named attended, not items.
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Övriga deltagare Åsa Berg 44 Wang Zhi 44 Charlotte Ek 45 Kim Forss 46 Lars Dahl 46 Utses", []),
        ("Per Ek sekreterare 31 Karin Lund 31 Eva Holm 32 Utses", []),
        # look-alike: an agenda run on, each number once
        ("justera dagens protokoll 15 Dagordning och övriga frågor godkändes 16 Planeringsprocessen", ["15", "16"]),
    ],
)
def test_numbers_after_names_are_no_run(text: str, numbers: list[str]) -> None:
    assert [m.group(1) for m in _loose_run(text)] == numbers


# A second printed page number (the whole agenda's) counting on over the page lines is no item.
def test_second_page_number_counting_on() -> None:
    text = _pages(
        "22 Organ Plats och tid Regionförbundets styrelse Torsdagen den 4 mars 2010 " + _FILLER,
        "23 Kerstin Johansson Per-Ola Hallberg Christina Torstensson " + _FILLER,
        "24 28 Dagordning Styrelsen beslutar att godkänna dagordningen. 29 Aktuella frågor " + _FILLER,
    )
    assert [n for n, _ in _headings(text)] == ["28", "29"]


def test_second_page_number_look_alike_items_counting_on() -> None:
    # look-alike: page lines opening with items counting on are items (no second number anywhere)
    text = _pages("4 Mötets öppnande " + _FILLER, "5 Val av justerare " + _FILLER, "6 Budget " + _FILLER)
    assert [n for n, _ in _headings(text)] == ["4", "5", "6"]


# A number run in on another page line fills the one gap of the sequence it stands in.
@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (("Ledamöter Anna Berg (S) Pia Andersen 15 Justering Ordföranden och Per Ek justerar protokollet. "
          + _FILLER, "Utskottet diskuterade frågan länge. 17 Kunskapsinhämtning om hälsa " + _FILLER,
          "Gruppen redovisade sitt arbete. 18 Medborgardialog " + _FILLER),
         ["15", "17", "18"]),
        (("Sammanträdet öppnades. 287 Inledning " + _FILLER, "Protokollet justeras. 288 Kungörelse " + _FILLER,
          "Anmälningsärenden 289 Anmälan av länsstyrelsens beslut " + _FILLER),
         ["287", "288", "289"]),
        # look-alike: a loose number that fills no gap stays out
        (("Ledamöter Anna Berg (S) Pia Andersen 12 Ledamöter deltog i mötet. " + _FILLER,
          "Utskottet diskuterade frågan länge. 17 Kunskapsinhämtning om hälsa " + _FILLER,
          "Gruppen redovisade sitt arbete. 18 Medborgardialog " + _FILLER),
         ["17", "18"]),
    ],
)
def test_loose_number_fills_a_gap_across_pages(pages: tuple[str, ...], expected: list[str]) -> None:
    assert [n for n, _ in _headings(_pages(*pages))] == expected


def test_number_right_before_the_one_run_in_mark() -> None:
    text = _pages("Plats: Konserthuset i Växjö 37 Landstingsfullmäktiges öppnande Enligt kungörelsen sammanträder "
                  "fullmäktige i dag. Ordföranden förklarade sammanträdet öppnat. 38 Upprop Upprop genomfördes. "
                  + _FILLER)
    assert [n for n, _ in _headings(text)] == ["37", "38"]


# Matters run on with dashes, each with who presents it; under "Beredning inför <body>" they are referred there.
@pytest.mark.parametrize(
    ("line", "titles", "body"),
    [
        (("Föredragningar Beredning inför regionstyrelsen - Delårsrapport per den 30 april 2018 Föredras av Anna "
          "Berg - Upphandling av Öresundståg 2020 Föredras av Jakob Ek - Remissvar; Nationell havsplan Föredras av "
          "Mats Roos"),
         ["Delårsrapport per den 30 april 2018", "Upphandling av Öresundståg 2020", "Remissvar; Nationell havsplan"],
         "Regionstyrelsen"),
        (("Ärenden för beredning till kommunstyrelsen: - Taxor 2022 Föredragande: Per Ek - Bredbandsstrategi "
          "Föredragande: Eva Lund"),
         ["Taxor 2022", "Bredbandsstrategi"], "Kommunstyrelsen"),
        # look-alike: the same list without such a heading is handled here
        (("Föredragningar - Delårsrapport per den 30 april 2018 Föredras av Anna Berg - Upphandling av "
          "Öresundståg 2020 Föredras av Jakob Ek"),
         ["Delårsrapport per den 30 april 2018", "Upphandling av Öresundståg 2020"], None),
    ],
)
def test_presented_matters_prepared_for_another_body(line: str, titles: list[str], body: str | None) -> None:
    doc = minutes_from_text(_pages("Region Blekinge Regionstyrelsens arbetsutskott Onsdagen den 30 maj 2018 "
                                   + _FILLER, line + " " + _FILLER))
    items, carry, _ = extract_items(doc, Meeting(body=None, date="2018-05-30"))
    assert [i.title for i in items] == titles
    expected = ItemStatus.REFERRED if body else ItemStatus.HANDLED
    assert [(i.status, i.target.body) for i in items] == [(expected, body)] * len(titles)
    assert carry == []


def test_dashed_list_without_presenters_is_no_item_list() -> None:
    # look-alike: a dash list of points without presenters is not read so
    doc = minutes_from_text(_pages(_FILLER, "Beredning inför regionstyrelsen - Delårsrapport per den 30 april - "
                                   "Upphandling av tåg " + _FILLER))
    _, layout = find_headings(doc)
    assert layout != "presented"
