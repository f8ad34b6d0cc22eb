"""Item, status and carry families from the fifth batch of held-out minutes (tests/data/extra/docs/373-376).

A short report without item headings whose sentences still send matters back to the next
meeting, a deferral that names another body ("skjuta på beslutet till en extra
föreningsstämma": referred, not postponed), and a general meeting (medlemsmöte, årsmöte,
stämma) that hands a matter to the board ("Mötet ger styrelsen i uppdrag att lösa uppgiften").
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import classify, extract_items
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text

DAY = dt.date(2014, 12, 10)


def _extract(text: str, day: str | None = "2014-12-10", body: str | None = None) -> tuple[list, list]:
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date=day, body=body))
    return ([(i.number, i.title, i.status, i.target.body) for i in items],
            [(c.from_item, c.when, c.reason.value) for c in carry])


# --- a deferral to another body is a referral ---------------------------------------------

DEFERRED_TO_BODY = [
    pytest.param("Stämman beslutade att skjuta på beslutet om garaget till en extra föreningsstämma.",
                 ItemStatus.REFERRED, "föreningsstämma", id="skjuta-pa-beslutet-till-extra-foreningsstamma"),
    pytest.param("Frågan bordläggs till årsmötet.", ItemStatus.REFERRED, "årsmötet", id="bordlaggs-till-arsmotet"),
    pytest.param("Ärendet bordlades till ordinarie stämma.", ItemStatus.REFERRED, "stämma",
                 id="bordlades-till-ordinarie-stamma"),
    # The body's own next meeting stays a postponement.
    pytest.param("Frågan bordläggs till nästa möte.", ItemStatus.POSTPONED, None, id="bordlaggs-till-nasta-mote"),
    pytest.param("Punkten bordlades till kommande styrelsemöte.", ItemStatus.POSTPONED, None,
                 id="bordlades-till-kommande-styrelsemote"),
    pytest.param("Ärendet bordläggs till nästkommande sammanträde.", ItemStatus.POSTPONED, None,
                 id="bordlaggs-till-nastkommande-sammantrade"),
    # "till" in the next sentence is not the deferral's.
    pytest.param("Beslutet bordläggs. Till styrelsen skickas en fråga.", ItemStatus.POSTPONED, None,
                 id="till-in-another-sentence"),
]


@pytest.mark.parametrize(("text", "status", "body"), DEFERRED_TO_BODY)
def test_a_deferral_naming_another_body_refers_the_matter(text: str, status: ItemStatus, body: str | None) -> None:
    found = classify(text, DAY)
    assert found is not None
    assert (found.status, found.body) == (status, body)


# --- notes without item headings ----------------------------------------------------------

NOTES = [
    pytest.param(
        "Styrelsemöte 10 december 2014\nEn kort rapport i punktform från styrelsemötet:\n"
        "- Styrelsen gav Ronny i uppdrag att undersöka till nästa styrelsemöte hur länge offerterna är giltiga.\n"
        "- Styrelsen beslutade enligt förslaget om procedurregler för kommande årsstämmor.\n",
        [(None, "next", "returns")],
        id="task-reported-at-the-next-meeting",
    ),
    pytest.param(
        "Styrelsemöte 10 december 2014\n"
        "- Styrelsen diskuterade utfallet från stämman att skjuta på beslutet om garaget till en extra föreningsstämma.\n"
        "- Frågan om cykelrummet bordlades.\n",
        [(None, None, "postponed")],
        id="deferral-to-another-body-is-not-carried",
    ),
    pytest.param(
        "sammanfattning styrelsemöte 9 augusti, 2018\n"
        "  • Styrelsen beslutade om förslag till stadgeändringar som kommer tas upp på ordinarie föreningsstämma 2019\n"
        "  • Styrelsen beslutade att amortera på befintliga lån med 2 miljoner kr.\n",
        [],
        id="proposals-for-the-general-meeting-stay-out",
    ),
]


@pytest.mark.parametrize(("text", "carry"), NOTES)
def test_notes_without_headings_carry_what_comes_back(text: str, carry: list[tuple]) -> None:
    items, found = _extract(text)
    assert items == []
    assert found == carry


# --- a general meeting hands a matter to the board ----------------------------------------

ITEMS = (
    " 1. Till mötesordförande väljs Erik.\n 2. Till justerare väljs Linus\n 3. Lokalen:\n"
    "  Hyran höjs nästa år och föreningen har få betalande medlemmar. {sentence}\n"
    " 4. Loppisstädning:\n  Mia meddelar Kulturhuset beslutet.\n"
)

BOARD_TASKED = [
    pytest.param("Mötet ger styrelsen i uppdrag att lösa uppgiften.", id="ger-styrelsen-i-uppdrag"),
    pytest.param("Styrelsen får i uppdrag att lösa lokalfrågan.", id="styrelsen-far-i-uppdrag"),
    pytest.param("Årsmötet uppdrar åt styrelsen att utreda saken vidare.", id="uppdrar-at-styrelsen"),
    pytest.param("Frågan överlämnas till den nya styrelsen.", id="overlamnas-till-styrelsen"),
    pytest.param("Mötet gav den nyvalda styrelsen i uppdrag att hitta en ny lokal.", id="gav-den-nyvalda-styrelsen"),
]


@pytest.mark.parametrize("sentence", BOARD_TASKED)
@pytest.mark.parametrize("title", ["Protokoll från medlemsmöte 6 september", "Extra årsmöte 2019-04-27"])
def test_a_general_meeting_refers_matters_to_the_board(sentence: str, title: str) -> None:
    items, carry = _extract(title + "\n\nNärvarande: Erik W, Anna L\n\n" + ITEMS.format(sentence=sentence), day=None)
    assert [(n, s, b) for n, _, s, b in items] == [
        ("1", ItemStatus.HANDLED, None), ("2", ItemStatus.HANDLED, None),
        ("3", ItemStatus.REFERRED, "styrelsen"), ("4", ItemStatus.HANDLED, None),
    ]
    assert carry == []


NOT_TASKED = [
    # The board's own minutes: the board giving itself or a member a task refers nothing.
    pytest.param("Styrelsemöte 2016-04-17", "Styrelsen får i uppdrag att lösa lokalfrågan.", id="board-minutes"),
    pytest.param("Styrelsemöte inför årsmötet 2016", "Mötet ger styrelsen i uppdrag att lösa uppgiften.",
                 id="board-meeting-before-the-annual-meeting"),
    # A general meeting discharging the board, or a member tasked: no referral.
    pytest.param("Årsmöte 2019-04-27", "Årsmötet beviljar styrelsen ansvarsfrihet för det gångna året.",
                 id="ansvarsfrihet"),
    pytest.param("Protokoll från medlemsmöte", "Mia får i uppdrag att kontakta hyresvärden.", id="member-tasked"),
    pytest.param("Protokoll från medlemsmöte", "Styrelsen redogjorde för hyran.", id="board-reports"),
]


@pytest.mark.parametrize(("title", "sentence"), NOT_TASKED)
def test_no_referral_to_the_board_outside_a_general_meeting_handing_it_over(title: str, sentence: str) -> None:
    items, _ = _extract(title + "\n\n" + ITEMS.format(sentence=sentence), day=None)
    assert [s for _, _, s, _ in items] == [ItemStatus.HANDLED] * 4


# --- minutes numbered by sub-points only --------------------------------------------------

SUB_POINTS = [
    pytest.param(
        "Protokoll för styrelsemöte 7 - Närvarande: Nina Högberg, Tobias Landén. 1.1 Mötets öppnande 1.2 Val av "
        "mötesordförande Nina Högberg väljs till mötesordförande. 1.3 Val av justerare Tobias Landén väljs. "
        "1.4 Fastställande av dagordning Dagordningen godkändes med tillägg av punkterna: 2.2 Rapport Växtverk "
        "1.5 Föregående mötesprotokoll Protokollet är inte klart. 2.1 Inkommen post Vi har fått räkningar och "
        "reklam från flera håll. 2.2 Rapport, växtverk Susanne rapporterade om projektet och ansökan. "
        "3.1 Beslut om projektet Styrelsen beslutar att riva upp beslutet. " + "Vi diskuterade länge. " * 20,
        ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1"],
        id="run-in-sub-points-over-three-groups",
    ),
    pytest.param(
        "Styrelsemöte 2021-03-02\n\n1.1 Mötets öppnande\nOrdföranden öppnade.\n\n1.2 Dagordning\nGodkändes.\n\n"
        "2.1 Ekonomi\nKassören rapporterade.\n\n2.2 Lokaler\nVi behöver en ny lokal.\n",
        ["1.1", "1.2", "2.1", "2.2"],
        id="sub-points-on-their-own-lines",
    ),
]


@pytest.mark.parametrize(("text", "numbers"), SUB_POINTS)
def test_sub_points_alone_are_the_items(text: str, numbers: list[str]) -> None:
    items, _ = _extract(text)
    assert [n for n, _, _, _ in items] == numbers


def test_a_numbered_list_inside_one_group_is_no_agenda() -> None:
    text = ("Minnesanteckningar 2021-03-02\n\nVi gick igenom förslaget till ny plan:\n\n1.1 Syfte\nText om syftet.\n\n"
            "1.2 Mål\nText om målen.\n\n1.3 Uppföljning\nText om uppföljning.\n")
    items, _ = _extract(text)
    assert [n for n, _, _, _ in items] != ["1.1", "1.2", "1.3"]


# --- "då" right after the next meeting's date ---------------------------------------------

THEN_AFTER_DATE = [
    pytest.param("Nästa gång presidiet träffas är den 11 april då utskicket med inbjudan till vårmötet sker.",
                 [("3", "next")], id="date-then-da-sker"),
    pytest.param("Nästa möte den 3/5 då budgeten presenteras.", [("3", "next")], id="d-m-then-da"),
    pytest.param("Vi ses på nästa möte i maj då tas lokalfrågan upp.", [("3", "next")], id="month-then-da-tas-upp"),
    # A sentence announced whole is not announced again by its "då" clause.
    pytest.param("Vi ses på nästa möte i maj, då tas lokalfrågan upp.", [("3", "next")], id="comma-then-da-once"),
    # Nothing planned for the meeting after "då": no topic.
    pytest.param("Nästa möte blir den 5 maj då vi ses hos Anna.", [], id="da-without-a-planned-topic"),
    # "då" after a date that is no next meeting.
    pytest.param("Vi besökte mässan den 5 mars då vi presenterade projektet.", [], id="past-date-then-da"),
]


@pytest.mark.parametrize(("sentence", "carry"), THEN_AFTER_DATE)
def test_a_topic_after_da_right_after_the_next_meetings_date_is_announced(sentence: str, carry: list[tuple]) -> None:
    text = ("Styrelsemöte 2000-03-31\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "2. Ekonomi\nKassören redovisade läget.\n\n3. Övrigt\n" + sentence + "\n")
    _, found = _extract(text, day="2000-03-31")
    assert [(f, w) for f, w, _ in found] == carry


# --- more ways to leave a matter, or pass it on -------------------------------------------

MORE_STATUS = [
    pytest.param("Punkten får anstå till nästa möte.", ItemStatus.POSTPONED, "next", id="far-ansta-till-nasta"),
    pytest.param("Frågan får anstå.", ItemStatus.POSTPONED, None, id="far-ansta"),
    pytest.param("Frågan lämnas vilande.", ItemStatus.POSTPONED, None, id="lamnas-vilande"),
    pytest.param("Frågan parkeras tills vidare.", ItemStatus.POSTPONED, None, id="parkeras-tills-vidare"),
    pytest.param("Ärendet avförs från dagordningen.", ItemStatus.POSTPONED, None, id="avfors-fran-dagordningen"),
    pytest.param("Punkten hoppades över.", ItemStatus.POSTPONED, None, id="hoppades-over"),
    pytest.param("Ärendet avvaktas.", ItemStatus.POSTPONED, None, id="avvaktas"),
    pytest.param("Ingen tid fanns för denna punkt.", ItemStatus.POSTPONED, None, id="ingen-tid-fanns"),
    pytest.param("Frågan tas vidare till förbundsstyrelsen.", ItemStatus.REFERRED, None, id="tas-vidare-till"),
    pytest.param("Ärendet lämnas till årsmötet för beslut.", ItemStatus.REFERRED, None, id="lamnas-till-arsmotet"),
    pytest.param("Frågan lämnas till nästa möte.", ItemStatus.POSTPONED, "next", id="lamnas-till-nasta-mote"),
]


@pytest.mark.parametrize(("text", "status", "when"), MORE_STATUS)
def test_more_ways_to_leave_or_pass_on_a_matter(text: str, status: ItemStatus, when: str | None) -> None:
    found = classify(text, DAY)
    assert found is not None
    assert (found.status, found.when) == (status, when)


NO_STATUS = [
    pytest.param("Cyklar som parkeras i trapphuset ska flyttas.", id="parking-bicycles"),
    pytest.param("Betalningen får anstå till mars.", id="a-payment-deferred"),
    pytest.param("Rapporten lämnas till handlingarna.", id="lamnas-till-handlingarna"),
    pytest.param("Protokollet lämnas till revisorerna.", id="a-document-handed-over"),
    pytest.param("Vi hoppas över sommaren kunna bygga klart.", id="hoppas-over-sommaren"),
    pytest.param("Mötet ajourneras i tio minuter.", id="a-break"),
]


@pytest.mark.parametrize("text", NO_STATUS)
def test_look_alikes_give_no_status(text: str) -> None:
    assert classify(text, DAY) is None


# --- taken up at a later time, a theme for the next meeting, more other bodies -------------

def _item_two(title: str, sentence: str) -> tuple[ItemStatus, list[tuple]]:
    text = ("Styrelsemöte 2020-03-06\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. " + title
            + "\nVi gick igenom läget. " + sentence + "\n\n3. Avslutning\nOrdföranden avslutade mötet.\n")
    items, carry = _extract(text, day="2020-03-06")
    return items[1][2], carry


LATER_TIME = [
    pytest.param("Budget 2021", "Vi tar upp budgeten i höst.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="vi-tar-upp-i-host"),
    pytest.param("Lokaler", "Detta diskuteras efter sommaren.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="diskuteras-efter-sommaren"),
    pytest.param("Lokaler", "Vi tar upp lokalfrågan framöver.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="tar-upp-framover"),
    pytest.param("Övriga frågor", "Mer om detta diskuterar vi i höst.", ItemStatus.HANDLED,
                 [("2", None, "announced")], id="grouping-item-announces"),
    pytest.param("Information från kommunen", "Temat för nästa möte blir trygghet.", ItemStatus.HANDLED,
                 [("2", "next", "announced")], id="theme-for-the-next-meeting"),
    pytest.param("Information från kommunen", "Nästa möte får temat digitalisering.", ItemStatus.HANDLED,
                 [("2", "next", "announced")], id="next-meeting-gets-a-theme"),
    # Past, this meeting, or another body: nothing comes back here.
    pytest.param("Lokaler", "Vi diskuterade lokalfrågan i höstas.", ItemStatus.HANDLED, [], id="past-autumn"),
    pytest.param("Lokaler", "Frågan behandlas senare under mötet.", ItemStatus.HANDLED, [], id="later-this-meeting"),
    pytest.param("Lokaler", "Frågan behandlas i kommunstyrelsen i höst.", ItemStatus.REFERRED, [],
                 id="another-body-in-autumn"),
    pytest.param("Information från kommunen", "Vi tar upp frågan på årsmötet nästa år.", ItemStatus.HANDLED, [],
                 id="the-annual-meeting-next-year"),
    pytest.param("Information från kommunen", "Temat för dagens möte var trygghet.", ItemStatus.HANDLED, [],
                 id="todays-theme"),
    pytest.param("Information från kommunen", "Frågan tas upp på kommunchefsmötet.", ItemStatus.REFERRED, [],
                 id="kommunchefsmotet"),
]


@pytest.mark.parametrize(("title", "sentence", "status", "carry"), LATER_TIME)
def test_later_times_themes_and_other_bodies(title: str, sentence: str, status: ItemStatus,
                                              carry: list[tuple]) -> None:
    assert _item_two(title, sentence) == (status, carry)


# --- a web page's one-item lists glued to the text before, and matters carried from "Övriga frågor" ---

GLUED_PAGE = (
    "Minnesanteckning\n\nKommittén för jubileet\n\nNärvarande 2013-05-29\n\nBosse Tengblad\n\nPeter Gavelin\n\n\n"
    "Förhinder: Staffan, Olle  1. Årskursträffen 21 augusti 2013\n\n"
    "Vi gick igenom detaljplaneringen, som godkändes.Bosse kontaktar hotellet och stämmer av programmet. "
    "Beslöts att priset ska vara 650 kr  1. Nästa möte med planeringskommittén\n\n"
    "Vi träffas förslagsvis tisdagen den 17 september 2013 för planering.  1. Övriga frågor\n\n"
    "Vi diskuterade kryssningar till Riga. Mer om detta diskuterar vi i höst.Frågan om en träff med boule "
    "sköts till senare tillfälleBosse antecknade\n"
)


def test_one_item_lists_glued_after_text_are_the_items() -> None:
    items, carry = _extract(GLUED_PAGE, day="2013-05-29")
    assert [(n, t, s) for n, t, s, _ in items] == [
        ("1", "Årskursträffen 21 augusti 2013", ItemStatus.HANDLED),
        ("1", "Nästa möte med planeringskommittén", ItemStatus.HANDLED),
        ("1", "Övriga frågor", ItemStatus.HANDLED),
    ]
    # Two sentences glued by a stop ("i höst.Frågan"), each a matter of its own for a later meeting.
    assert carry == [("1", None, "announced"), ("1", None, "announced")]


GLUED_NOT_ITEMS = [
    pytest.param("Styrelsemöte 2020-03-06\n\nKostnaden blir 2 500 kr  1. Nästa steg är att beställa.\n",
                 id="one-glued-number-alone"),
    pytest.param("Styrelsemöte 2020-03-06\n\nSe bilaga  2. Budgeten godkändes.\n\nVi fortsätter.\n", id="attachment"),
]


@pytest.mark.parametrize("text", GLUED_NOT_ITEMS)
def test_a_lone_glued_number_is_no_agenda(text: str) -> None:
    items, _ = _extract(text, day="2020-03-06")
    assert all(n is None for n, _, _, _ in items)


PLANNING_POSTPONED = [
    pytest.param("Övriga frågor", "Frågan om en träff med boule sköts till senare tillfälle.", ItemStatus.HANDLED,
                 [("2", None, "announced")], id="a-matter-of-its-own-under-ovriga-fragor"),
    pytest.param("Övrigt", "Cykelrummet bordläggs till nästa möte.", ItemStatus.HANDLED, [("2", "next", "announced")],
                 id="a-matter-under-ovrigt"),
    # The grouping item itself dropped.
    pytest.param("Övriga frågor", "Utgick.", ItemStatus.POSTPONED,
                 [("2", None, "postponed")], id="the-item-itself-dropped"),
    pytest.param("Lokaler", "Frågan om en ny lokal bordläggs.", ItemStatus.POSTPONED, [("2", None, "postponed")],
                 id="an-item-of-its-own-keeps-its-status"),
]


@pytest.mark.parametrize(("title", "sentence", "status", "carry"), PLANNING_POSTPONED)
def test_a_matter_postponed_under_a_grouping_item_is_carried_from_it(title: str, sentence: str,
                                                                      status: ItemStatus, carry: list[tuple]) -> None:
    assert _item_two(title, sentence) == (status, carry)


SENTENCE_GLUE = [
    pytest.param("Vi diskuterade saken.Frågan om lokalen bordläggs.", 2, id="glued-stop"),
    pytest.param("Se t.ex.Bilaga 3 för detaljer.", 1, id="abbreviation-before-a-capital"),
    pytest.param("Mötet hölls i Sthlm.Ordföranden öppnade.", 2, id="place-name-glued"),
    pytest.param("Pengarna (ca 2.5 Mkr) räcker.", 1, id="decimal-before-a-capital"),
]


@pytest.mark.parametrize(("text", "count"), SENTENCE_GLUE)
def test_sentences_glued_by_a_stop_are_split(text: str, count: int) -> None:
    from planner.extract.items import sentences

    doc = minutes_from_text(text + "\n")
    assert len([s for s in sentences(doc, 0, 1, skip_first=False) if s.text.strip()]) == count


EARLIER_TABLING = [
    pytest.param("Förra mötets bordlagda ärende behandlades.", ItemStatus.HANDLED, [], id="forra-motets-bordlagda"),
    pytest.param("Föregående mötes bordlagda punkt om lokalen behandlades.", ItemStatus.HANDLED, [],
                 id="foregaende-motes-bordlagda"),
    pytest.param("Det tidigare bordlagda ärendet behandlades och beslut fattades.", ItemStatus.HANDLED, [],
                 id="tidigare-bordlagda"),
    pytest.param("Frågan bordläggs till nästa möte.", ItemStatus.POSTPONED, [("2", "next", "postponed")],
                 id="tabled-now"),
    pytest.param("Ärendet bordläggs på nytt.", ItemStatus.POSTPONED, [("2", None, "postponed")], id="tabled-again"),
]


@pytest.mark.parametrize(("sentence", "status", "carry"), EARLIER_TABLING)
def test_a_matter_tabled_at_an_earlier_meeting_is_history(sentence: str, status: ItemStatus,
                                                          carry: list[tuple]) -> None:
    assert _item_two("Lokaler", sentence) == (status, carry)


TAKEN_UP_OBJECT = [
    pytest.param("Mötets behörighet",
                 "Mötet beslutar att fortsätta ändå och ta upp besluten för ratificering på nästa möte.",
                 ItemStatus.HANDLED, [("2", "next", "announced")], id="decisions-taken-up-for-ratification"),
    pytest.param("Information från kommunen", "Vi tar upp budgeten i höst.", ItemStatus.HANDLED,
                 [("2", None, "announced")], id="another-topic-in-autumn"),
    # The item's own matter comes back.
    pytest.param("Budget 2021", "Vi tar upp budgeten i höst.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="own-matter-in-autumn"),
    pytest.param("Lokaler", "Anna tar upp frågan på nästa möte.", ItemStatus.RETURNS, [("2", "next", "returns")],
                 id="the-question-itself"),
    pytest.param("Lokaler", "Vi tar upp det här igen på nästa möte.", ItemStatus.RETURNS, [("2", "next", "returns")],
                 id="this-again"),
    pytest.param("Lokaler", "Vi tar upp lokalfrågan igen på nästa möte.", ItemStatus.RETURNS,
                 [("2", "next", "returns")], id="a-compound-of-the-title"),
]


@pytest.mark.parametrize(("title", "sentence", "status", "carry"), TAKEN_UP_OBJECT)
def test_what_is_taken_up_later_is_the_items_matter_or_a_topic_of_its_own(
        title: str, sentence: str, status: ItemStatus, carry: list[tuple]) -> None:
    assert _item_two(title, sentence) == (status, carry)


LATER_NOT_NEXT = [
    pytest.param("Frågan tas upp på ett kommande möte.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="ett-kommande-mote"),
    pytest.param("Frågan tas upp på näst nästa möte.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="nast-nasta-mote"),
    pytest.param("Frågan tas upp på mötet efter nästa.", ItemStatus.RETURNS, [("2", None, "returns")],
                 id="motet-efter-nasta"),
    pytest.param("Frågan diskuterades under ett tidigare möte.", ItemStatus.HANDLED, [], id="an-earlier-meeting"),
    pytest.param("Vi har diskuterat frågan på flera möten.", ItemStatus.HANDLED, [], id="several-meetings"),
]


@pytest.mark.parametrize(("sentence", "status", "carry"), LATER_NOT_NEXT)
def test_a_matter_taken_up_at_a_later_meeting_not_the_next_comes_back_undated(
        sentence: str, status: ItemStatus, carry: list[tuple]) -> None:
    assert _item_two("Lokaler", sentence) == (status, carry)


REFERRED_MORE = [
    pytest.param("Ärendet skickas på remiss till kommunstyrelsen.", ItemStatus.REFERRED, id="remiss-till"),
    pytest.param("Frågan bereds av arbetsutskottet.", ItemStatus.REFERRED, id="bereds-av"),
    pytest.param("Beslut i frågan fattas av kommunfullmäktige.", ItemStatus.REFERRED, id="beslut-fattas-av"),
    pytest.param("Frågan tas upp i samverkansgruppen.", ItemStatus.REFERRED, id="samverkansgruppen"),
    pytest.param("Frågan kommer att tas upp på regionstyrelsens möte i maj.", ItemStatus.REFERRED,
                 id="another-bodys-meeting-in-the-genitive"),
    pytest.param("Frågan lyfts till kommunstyrelsens arbetsutskott.", ItemStatus.REFERRED, id="genitive-compound"),
    # The board's own meeting, a person, or the next meeting: no referral.
    pytest.param("Frågan tas upp på styrelsens möte i maj.", ItemStatus.RETURNS, id="styrelsens-own-meeting"),
    pytest.param("Beslutet fattades av ordföranden.", ItemStatus.HANDLED, id="decided-by-the-chair"),
    pytest.param("Beslut i frågan fattas på nästa möte.", ItemStatus.RETURNS, id="decision-at-the-next-meeting"),
]


@pytest.mark.parametrize(("sentence", "status"), REFERRED_MORE)
def test_more_ways_to_refer_a_matter(sentence: str, status: ItemStatus) -> None:
    assert _item_two("Lokaler", sentence)[0] == status
