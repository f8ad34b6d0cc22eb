"""Item layouts found in the held-out set of other bodies' minutes (tests/data/extra).

Each case is written from how those minutes read: association notes whose sub-points sit under
"Frågor:" and "Bordlagda frågor", paragraphs that open with their number, protocols copied onto
one line, decisions run in after the heading, and the boilerplate of stored web copies.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _items(text: str, day: str = "2014-05-04") -> list[tuple[str | None, str, ItemStatus, str | None]]:
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date=day))
    return [(i.number, i.title, i.status, i.target.when) for i in items]


LONG = " Förslag från förra mötet är att arbetsmötet hålls i god tid innan sista juli" * 6

HEADINGS = [
    pytest.param(
        "5. Fastställande av dagordning\n6. Frågor:\n6.1. Arbetsmötet i sommar" + LONG + ".\n"
        "6.2. Ändra ordet protokoll? Beslut: att ändra ordet.\n7. Mötet avslutades\n",
        ["5", "6.1", "6.2", "7"],
        id="long-sub-point-paragraph-under-grouping-heading",
    ),
    pytest.param(
        "1. Mötets öppnande\nOrdföranden öppnade.\n7. Bordlagda frågor\n"
        "7.1. Riktlinjer inom gruppen Beslut: Att bordlägga frågan till nästa möte\n"
        "7.2. Samarbete med Danmark Beslut: Att bordlägga frågan till nästa möte\n8. Nästa möte\n",
        ["1", "7.1", "7.2", "8"],
        id="bordlagda-fragor-groups-its-sub-points",
    ),
    pytest.param(
        "Protokoll fört vid styrelsens lunchmöte 950925 Närvarande: Anna Berg, ordförande Per Ek, kassör"
        + " och fler" * 40 + " 1. Mötets öppnande Ordförande Anna Berg förklarade mötet öppnat. 2. Formalia"
        " 2.1 Till mötesordförande valdes Anna Berg. 2.2 Till mötessekreterare valdes Per Ek. 3. Dagordning"
        " Den förestående dagordningen godkändes. 4. Undergrupper 4.1 Kuriren Jörgen meddelade deadline."
        " 4.2 PR André redovisade. 5. Mössor Torbjörn berättade.\n",
        ["1", "2.1", "2.2", "3", "4.1", "4.2", "5"],
        id="one-line-copy-with-run-in-sub-points",
    ),
    pytest.param(
        "Protokoll Folkhälsorådet\n\nTranskript\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
        "2. Dagordning\n\nDagordningen godkändes.\n",
        ["1", "2"],
        id="transcript-label-of-a-stored-copy-is-no-item",
    ),
]


@pytest.mark.parametrize(("text", "numbers"), HEADINGS)
def test_item_numbers(text: str, numbers: list[str]) -> None:
    assert [n for n, _, _, _ in _items(text)] == numbers


RUN_IN = [
    pytest.param("7. Ändringar i riktlinjerna Beslut: Att bordlägga frågan till nästa möte",
                 "Ändringar i riktlinjerna", ItemStatus.POSTPONED, "next", id="beslut-colon"),
    pytest.param("3. Lokalfrågan Diskussion: Frågan bordläggs.", "Lokalfrågan", ItemStatus.POSTPONED, None,
                 id="diskussion-colon"),
    pytest.param("4. Budget 2015 Beslutades: att återkomma till nästa möte med ett förslag.",
                 "Budget 2015", ItemStatus.RETURNS, "next", id="beslutades-colon"),
    pytest.param("5. Hemsidan Åtgärd: Eva uppdaterar hemsidan.", "Hemsidan", ItemStatus.HANDLED, None,
                 id="atgard-colon"),
]


@pytest.mark.parametrize(("line", "title", "status", "when"), RUN_IN)
def test_decision_run_in_after_the_heading(line: str, title: str, status: ItemStatus, when: str | None) -> None:
    text = "1. Mötets öppnande\nMötet öppnades.\n" + line + "\n9. Mötets avslutande\nMötet avslutades.\n"
    found = {n: (t, s, w) for n, t, s, w in _items(text)}
    number = line.split(" ", 1)[0].rstrip(".")
    assert found[number] == (title, status, when)


def test_grouping_heading_line_does_not_leak_into_the_sub_point_above() -> None:
    text = ("6. Frågor:\n6.1. Inför mötet i Malmö Beslut: Eva fixar kopior.\n"
            "7. Bordlagda frågor\n7.1. Riktlinjer Beslut: Att bordlägga frågan till nästa möte\n")
    found = {n: s for n, _, s, _ in _items(text)}
    assert found["6.1"] is ItemStatus.HANDLED
    assert found["7.1"] is ItemStatus.POSTPONED


# --- announcements ---------------------------------------------------------------------------

ANNOUNCED = [
    pytest.param("Förslagen kommer att behandlas vid styrelsens möte med verksamhetsansvariga den 26 oktober.",
                 "2022-10-03", "2022-10-26", id="forslagen-behandlas-vid-mote-den"),
    pytest.param("IT-Mattias ska komma på enhetsmöte den 19 mars 2020 för att svara på frågor.",
                 "2020-03-12", "2020-03-19", id="ska-komma-pa-enhetsmote"),
    pytest.param("Budgeten kommer att diskuteras vid nästa möte.", "2022-10-03", "next",
                 id="diskuteras-vid-nasta-mote"),
    pytest.param("Rapporten ska tas upp på styrelsemötet i december.", "2022-10-03", "2022-12",
                 id="tas-upp-pa-styrelsemotet-i-december"),
]


@pytest.mark.parametrize(("text", "day", "when"), ANNOUNCED)
def test_notes_without_headings_carry_what_they_announce(text: str, day: str, when: str) -> None:
    _, carry, _ = extract_items(minutes_from_text("Sammanfattning av styrelsens möte\n\n" + text + "\n"),
                                Meeting(date=day))
    assert [(c.from_item, c.when) for c in carry] == [(None, when)]


NOT_ANNOUNCED = [
    pytest.param("Kristina presenterar ett förslag till uppföljning av utbildningsdagen som före-gick "
                 "styrelsemötet i juni.", id="meeting-that-went-before"),
    pytest.param("Förslaget diskuterades på föregående möte i juni.", id="earlier-meeting"),
    pytest.param("Frågan kommer att behandlas senare under dagens möte.", id="same-meeting"),
    pytest.param("Styrelsen diskuterade förslag till två nya kommittéer inför 2023.", id="no-meeting-named"),
]


@pytest.mark.parametrize("text", NOT_ANNOUNCED)
def test_past_or_same_meeting_mentions_are_not_carried(text: str) -> None:
    _, carry, _ = extract_items(minutes_from_text("Protokoll\n\n" + text + "\n"), Meeting(date="1992-09-19"))
    assert carry == []


# --- stored copies: printed page numbers, tables of contents, title lines --------------------

COPIES = [
    pytest.param(
        "Transkript\n\n38 FHR 29 Godkännande av dagordning Dagordningen godkänns.\n\n"
        "39 FHR 30 Utvecklingsarbete inom ANDT-området Folkhälsorådets beslut att anta planen.\n",
        ["29", "30"], id="page-number-before-prefixed-paragraph",
    ),
    pytest.param(
        "Transkript\n\n12 § 5 Val av justerare Anna Berg utses.\n\n13 § 6 Budget 2015 Budgeten antas.\n",
        ["5", "6"], id="page-number-before-paragraph-sign",
    ),
    pytest.param(
        "37 Innehållsförteckning FHR 29 Godkännande av dagordningen FHR 30 Länsstyrelsens utvecklingsarbete "
        "FHR 31 Kriterier folkhälsobidrag FHR 32 Övriga frågor Justerandes sign\n\n"
        "38 FHR 29 Godkännande av dagordning Dagordningen godkänns.\n",
        ["29", "30", "31", "32"], id="contents-of-a-copy-cut-after-its-first-paragraph",
    ),
    pytest.param(
        "Innehåll § 12 Budget § 13 Lokaler § 14 Övriga frågor\n\n§ 12 Budget\n\nBudgeten antas.\n\n"
        "§ 13 Lokaler\n\nLokalfrågan bordläggs.\n\n§ 14 Övriga frågor\n\nInga övriga frågor.\n",
        ["12", "13", "14"], id="headings-outweigh-the-contents-above-them",
    ),
]


@pytest.mark.parametrize(("text", "numbers"), COPIES)
def test_stored_copies(text: str, numbers: list[str]) -> None:
    assert [n for n, _, _, _ in _items(text, "2013-10-16")] == numbers


def test_headings_keep_their_status_when_contents_come_first() -> None:
    text = ("Innehåll § 12 Budget § 13 Lokaler § 14 Övriga frågor\n\n§ 12 Budget\n\nBudgeten antas.\n\n"
            "§ 13 Lokaler\n\nLokalfrågan bordläggs.\n\n§ 14 Övriga frågor\n\nInga övriga frågor.\n")
    assert [s for _, _, s, _ in _items(text)] == [ItemStatus.HANDLED, ItemStatus.POSTPONED, ItemStatus.HANDLED]


TITLE_LINES = [
    pytest.param("Presidiemöte 2000-03-31\n\nKlubbens ekonomi\n\nKassören redogjorde för det ekonomiska läget i år.\n",
                 id="iso-date-in-title"),
    pytest.param("221003 Sammanfattning av styrelsens möte\n\nVid mötet diskuterade styrelsen förslag till "
                 "två nya kommittéer inför 2023.\n", id="yymmdd-in-title"),
    pytest.param("UN060502\nPlats och tid Stadshuset, kl 15.00-16.00\n\nÖvriga deltagande Anna Berg, utbildningschef\n"
                 "Bo Ek, förvaltningsekonom (information under förmiddagen)\n\nUtses att justera Cecilia Dahl.\n",
                 id="file-name-title-and-label-with-value"),
]


@pytest.mark.parametrize("text", TITLE_LINES)
def test_title_and_header_lines_are_no_items(text: str) -> None:
    titles = [t for _, t, _, _ in _items(text)]
    assert not any(t.startswith(("Presidiemöte", "221003", "UN060502", "Övriga deltagande")) for t in titles), titles


# --- one-line items and bodies known by their letters ----------------------------------------

ONE_LINE = [
    pytest.param("5. Översättningsarbetet, Ska diskuteras på SK.", ItemStatus.REFERRED, "SK", id="elliptic-referred-acronym"),
    pytest.param("5. Hemsidan, Tas upp i KS i juni.", ItemStatus.REFERRED, "KS", id="tas-upp-i-acronym"),
    pytest.param("5. Stadgarna. Ska tas upp på nästa möte.", ItemStatus.RETURNS, None, id="elliptic-returns-next"),
    pytest.param("5. Europakonvent i Helsingfors, bör sättas upp på hemsidan.", ItemStatus.HANDLED, None,
                 id="a-task-is-handled"),
    pytest.param("5. Val av vice mötesordförande till nästa möte", ItemStatus.HANDLED, None,
                 id="title-alone-is-no-sentence"),
]


@pytest.mark.parametrize(("line", "status", "body"), ONE_LINE)
def test_one_line_item_carries_its_own_sentence(line: str, status: ItemStatus, body: str | None) -> None:
    text = "Dagordning:\n\n4. Verksamhetsrapporter lämnas in.\n" + line + "\n6. Mötet avslutades\n"
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2015-04-27"))
    item = next(i for i in items if i.number == "5")
    assert (item.status, item.target.body) == (status, body)


# --- notes without numbers: headings over bullet lists, listed matters ----------------------

UNNUMBERED = [
    pytest.param(
        "Minnesanteckningar från enhetsmöte LL-HS \n2020-03-12 \nNärvarande:  \nJannike, Anna, Pia \n"
        "Föregående minnesanteckningar \nGicks igenom och kommentarer återfinns under rubriker nedan. \n"
        "•  Utformning av möblemang. Agnetha \noch Ulla sammanfattade kort möte kring möblering. \n"
        "Omvärldsbevakning \n•  Ingen ny information i omvärldsbevakning Excel-fil. \n"
        "Info   \n•  Erbjudan på FOHRUM till en kurs i Centuri den \n23/3 i Stockholm. \n",
        ["Föregående minnesanteckningar", "Omvärldsbevakning", "Info"], id="headings-over-bullets-no-blank-lines",
    ),
    pytest.param(
        "Presidiemöte 2004-01-27\n\nDagens möte handlade främst om årsplanering\noch ett stadgeärende.\n\n"
        "Beslut togs i bl.a. följande ärenden:\n\n- Vårmötet blir en endagsresa med båt. Silja Line 27 maj\n"
        "  (med reservdag 26:e maj).\n\n- Höstmöte 16 september\n\n- Årsmöte 9 december\n\nGun Lennerstrand\n",
        ["Vårmötet blir en endagsresa med båt. Silja Line 27 maj", "Höstmöte 16 september", "Årsmöte 9 december"],
        id="bullets-under-foljande-arenden",
    ),
    pytest.param(
        "Styrelsemöte 2021-03-04\n\nVi behandlade bl a följande:\n- Klubbens ekonomiska läge.\n"
        "- Medlemsansökningar och medlemsläget.\n- Detaljplanering av vårmötet 19 maj.\n",
        ["Klubbens ekonomiska läge", "Medlemsansökningar och medlemsläget", "Detaljplanering av vårmötet 19 maj"],
        id="bullets-under-behandlade-foljande",
    ),
]


@pytest.mark.parametrize(("text", "titles"), UNNUMBERED)
def test_unnumbered_notes(text: str, titles: list[str]) -> None:
    assert [t for _, t, _, _ in _items(text, "2020-03-12")] == titles


def test_a_bullet_list_of_names_under_a_label_is_no_item_list() -> None:
    text = ("Protokoll 2021-03-04\n\nNärvarande\n- Anna Berg\n- Bo Ek\n\n"
            "Ekonomi\n\nKassören redogjorde för det ekonomiska läget, som är gott.\n")
    assert [t for _, t, _, _ in _items(text)] == ["Ekonomi"]


# --- stored copies: page numbers, attachment lists, the repeated title --------------------------

PAGE = " Ordföranden öppnade mötet och hälsade alla välkomna till dagens sammanträde i föreningen."

NO_ITEMS = [
    pytest.param(
        "Transkript\n\n1 PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2008\n\n"
        "2 Förslag till dagordning inför möte med styrelsen Datum: Tisdagen den 16 september 2008" + PAGE + "\n\n"
        "3 Därefter företogs en presentationsrunda av alla närvarande." + PAGE + "\n",
        id="transcript-page-numbers",
    ),
    pytest.param(
        "Protokoll\n\nNärvarande tjänstemän: Britta Nygård, mötessekreterare Mats Wallenius" + " och fler" * 40 +
        " Bilagor: 1. Ekonomisk rapport för första halvåret 2. Förslag till placeringspolicy 3. Ang. Nordens tidning"
        " 4. Utvärdering av fullmäktigebeslut 5. Uppföljning av fullmäktigebeslut Ärende/Notering Beslut\n",
        id="attachment-list-after-bilagor",
    ),
    pytest.param(
        "Kommunala pensionärsrådet protokoll\n\nTranskript\n\nKommunala protokoll Kl. 13:00 16:00 Konferensrum 1\n\n"
        "Lena Byström har kommit till rådet för att informera om kommunens arbete med en ny kulturstrategi.\n",
        id="title-repeated-under-transcript",
    ),
]


@pytest.mark.parametrize("text", NO_ITEMS)
def test_stored_copy_lines_that_are_no_items(text: str) -> None:
    assert _items(text, "2008-09-16") == []


def test_numbered_paragraphs_of_a_transcript_stay_items() -> None:
    text = ("Transkript\n\n1 Protokoll från styrelsemöte nr. 1 Närvarande Anna Berg, Bo Ek 1. Godkännande av "
            "dagordning Styrelsen godkände dagordningen." + PAGE + " 2. Godkännande av protokoll Protokollet "
            "godkändes." + PAGE + " 3. Styrelsen, konstituering Styrelsen konstituerade sig själv." + PAGE * 3 + "\n")
    assert [n for n, _, _, _ in _items(text, "2009-02-07")] == ["1", "2", "3"]


LONE = [
    pytest.param("Protokollet är justerat.\n\nINNEHÅLLSFÖRTECKNING\n\n§ 19 Val av justerare", [("19", "Val av justerare")],
                 id="contents-cut-after-its-first-entry"),
    pytest.param("Sammanträdesdatum 2004-03-22\n\n§ 45 Budget 2005\n\nBudgeten fastställs enligt förslaget.\n",
                 [("45", "Budget 2005")], id="one-paragraph-extract"),
    pytest.param("Närvarande\n\n§ 3 Anna Berg\n\nMötet öppnades av ordföranden.\n", [], id="listed-under-attendance"),
]


@pytest.mark.parametrize(("text", "expected"), LONE)
def test_a_lone_paragraph_heading(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, t) for n, t, _, _ in _items(text, "2004-03-22")] == expected


CONTENTS_AND_PROSE = [
    pytest.param(
        "Protokoll från Socialutskottets sammanträde 2011-10-12 Innehållsförteckning\n\nBeslutande... 2\n\n"
        "Kvartalsrapport 2011-09-30 med helårsprognos... 3\n\nEkonomiskt bistånd... 6\n\nLVM-beredskap ... 7\n\n"
        "(2)\n\nPlats och tid Förvaltningshuset, kl 09.00-17.00\n\nPeter Wallenberg, bitr. socialchef\n\n"
        "Monica Henriksson, LSS-samordnare, § 158 Birgitta Löwdahl, enhetschef, § 162 Ing-Marie Svanberg, "
        "utvecklingsledare, § 160 Anette Broman, samordnare, § 159 Petra Andersson\n",
        ["Kvartalsrapport 2011-09-30 med helårsprognos", "Ekonomiskt bistånd", "LVM-beredskap"],
        id="contents-with-dot-leaders-not-attendance-paragraph-notes",
    ),
    pytest.param(
        "Styrelsemöte 011110\n\n \n\nDeltagare: Lars Agrell, Herbert Sandström\n\n \n\n"
        "Under mötet diskuterades såväl organisation av mötet, ramprogram och planering\n\n"
        "för fortsatt arbete.\n\n \n\nDet beslutades att:\n\n \n\n"
        "Herbert ansvarar för planering av det vetenskapliga programinnehållet. Som\n\n"
        "riktlinjer räknar vi med ca en dags diskussion kring ämnesbeskrivningen.\n",
        [], id="prose-wrapped-across-blank-lines-has-no-headings",
    ),
]


@pytest.mark.parametrize(("text", "titles"), CONTENTS_AND_PROSE)
def test_contents_and_wrapped_prose(text: str, titles: list[str]) -> None:
    assert [t for _, t, _, _ in _items(text, "2011-10-12")] == titles
