"""Item, status and carry families from the sixth batch of held-out minutes (tests/data/extra/docs/387-392).

Paragraphs numbered within their year ("§ 63/20"), a table of contents run together on one
line after its label with bare numbers ("Innehållsförteckning 31 Godkännande ... 32 ..."),
bullets that each head a paragraph ("* Fritidsgården:" and its text below), page lines of a
stored copy whose item numbers run in without a stop ("... Hembygdsmuseet 1 Mötets öppnande
... öppnat. 2 Upprop"), the approval of the previous minutes put off to the next meeting
(postponed, not a matter that returns), and an empty section for tabled matters ("Bordlagda
ärenden (inga)") that postpones nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from tests.extract.item_rows import CarryRow, ItemRow, item_numbers, item_rows

DAY = dt.date(2016, 9, 29)


def _extract(text: str, day: str | None = "2016-09-29") -> tuple[list[ItemRow], list[CarryRow]]:
    return item_rows(text, day)


def _numbers(text: str) -> list[str | None]:
    return item_numbers(text, "2016-09-29")


# --- paragraphs numbered within their year ------------------------------------------------

YEAR_NUMBERED = [
    pytest.param("§ 63/20 Fastställande av dagordning\n\nDagordningen fastställs.\n\n§ 64/20 Nytt bidragsreglemente\n\n"
                 "Nämnden beslutar enligt förslaget.\n\n§ 65/20 Övriga frågor\n\nInga övriga frågor.\n",
                 ["63", "64", "65"], id="paragraph-slash-two-digit-year"),
    pytest.param("§ 12/2019 Val av justerare\n\nAnna valdes.\n\n§ 13/2019 Budget 2020\n\nBudgeten antogs.\n",
                 ["12", "13"], id="paragraph-slash-four-digit-year"),
    pytest.param("§ 7/21. Mötets öppnande\n\nOrdföranden öppnade.\n\n§ 8/21. Val av justerare\n\nBo valdes.\n",
                 ["7", "8"], id="paragraph-slash-year-and-stop"),
    pytest.param("Innehållsförteckning\n\n§ 12/2019 Val av justerare § 13/2019 Budget 2020 § 14/2019 Övriga frågor\n\n"
                 "§ 12/2019 Val av justerare\n\nAnna valdes.\n\n§ 13/2019 Budget 2020\n\nBudgeten antogs.\n\n"
                 "§ 14/2019 Övriga frågor\n\nInga.\n",
                 ["12", "13", "14"], id="contents-line-of-year-numbered-paragraphs-is-no-heading"),
    pytest.param("Innehållsförteckning\n\n§ 12 Val av justerare § 13 Budget 2020 § 14 Övriga frågor\n\n"
                 "§ 12 Val av justerare\n\nAnna valdes.\n\n§ 13 Budget 2020\n\nBudgeten antogs.\n\n"
                 "§ 14 Övriga frågor\n\nInga.\n",
                 ["12", "13", "14"], id="contents-line-of-paragraphs-is-no-heading"),
]


@pytest.mark.parametrize(("text", "numbers"), YEAR_NUMBERED)
def test_a_paragraph_numbered_within_its_year_keeps_its_number(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- a table of contents after its label, with bare numbers -------------------------------

CONTENTS = [
    pytest.param("TROSA KOMMUN Sida 2(5) Innehållsförteckning 31 Godkännande av dagordningen 32 Information om "
                 "bygglov i kommunen 33 Val av justerare 34 Övriga frågor 35 Nästa möte\n\nDagordningen godkänns.\n",
                 ["31", "32", "33", "34", "35"], id="innehallsforteckning-run"),
    pytest.param("Ärendelista: 1 Kulturstrategi 2 Korttidsplatser 3 Övriga frågor\n\nLena informerar om strategin.\n",
                 ["1", "2", "3"], id="arendelista-with-colon"),
    pytest.param("Föredragningslista 4 Mötets öppnande 5 Val av justerare 6 Budget 7 Avslutning\n\nMötet öppnas.\n",
                 ["4", "5", "6", "7"], id="foredragningslista-run"),
    # A page number between entries is followed by no title; an entry whose number the copy lost is skipped.
    pytest.param("Innehållsförteckning: Sid. 65 Framtidsstrategi med treårsbudget 6 67 Rapport från strukturgruppen 9 "
                 "68 Motionssvar om biobränslen 11\n",
                 ["65", "67", "68"], id="page-numbers-between-entries"),
]


@pytest.mark.parametrize(("text", "numbers"), CONTENTS)
def test_a_labelled_contents_run_lists_the_items(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_contents_titles_end_before_the_next_entry_and_its_page_number() -> None:
    items, _ = _extract("Innehållsförteckning: Sid. 65 Framtidsstrategi med treårsbudget 6 67 Rapport från "
                        "strukturgruppen 9 68 Motionssvar om biobränslen 11\n")
    assert [title for _, title, *_ in items] == [
        "Framtidsstrategi med treårsbudget", "Rapport från strukturgruppen", "Motionssvar om biobränslen"]


CONTENTS_LOOK_ALIKES = [
    # One entry only: a number after the label may be a page number.
    pytest.param("Ärendelista 1 Östersunds kommuns kulturstrategi\n\nLena informerar om strategin.\n",
                 id="one-entry-only"),
    # Two entries are not enough either.
    pytest.param("Innehållsförteckning 3 Budget 4 Övriga frågor\n\nBudgeten antogs.\n", id="two-entries-only"),
    # Numbers that jump: no run from the label.
    pytest.param("Innehållsförteckning 3 Budget 9 Lokaler 15 Övriga frågor\n\nBudgeten antogs.\n",
                 id="numbers-that-jump"),
    # "dagordning" also ends item titles: it is no contents label.
    pytest.param("Protokoll\n\nGodkännande av dagordning 3 Val av justerare 4 Budget 5 Lokaler och annat\n\nInget mer.\n",
                 id="dagordning-is-no-contents-label"),
    # The number must follow the label: a sum later on the line is no entry.
    pytest.param("Innehållsförteckning saknas i detta utskick. Kassan har 10 Kronor 11 Kronor 12 Kronor kvar.\n",
                 id="numbers-not-right-after-the-label"),
]


@pytest.mark.parametrize("text", CONTENTS_LOOK_ALIKES)
def test_contents_look_alikes_give_no_numbered_items(text: str) -> None:
    assert [n for n in _numbers(text) if n is not None] == []


# --- bullets that head a paragraph ---------------------------------------------------------

BULLET_HEADS = [
    pytest.param("Protokoll från möte den 8/9-16\n\nNärvarande: Clara, Eva och Malin\n\n* Fritidsgården:\n"
                 "Clara väntar på svar från kommunen angående vilka dagar vi kan ha fritidsgården.\n\n* Årsmöte\n"
                 "Datum för årsmöte blir 20/10-16. Vi ska försöka få tag i nya medlemmar till föreningen.\n",
                 ["Fritidsgården", "Årsmöte"], id="two-bullets-with-paragraphs"),
    pytest.param("Anteckningar\n\nNågra rader om mötet i allmänhet som inte hör till någon punkt.\n\n- Ekonomi\n"
                 "Kassören redovisar att vi har pengar kvar till höstens aktiviteter.\n\n- Lokalen\n"
                 "Vi behöver hitta en ny lokal till våren eftersom hyran höjs kraftigt.\n\n- Nästa möte:\n"
                 "Vi ses igen i oktober hemma hos Eva, tid meddelas senare av ordföranden.\n",
                 ["Ekonomi", "Lokalen", "Nästa möte"], id="three-dash-bullets-with-paragraphs"),
]


@pytest.mark.parametrize(("text", "titles"), BULLET_HEADS)
def test_bullets_that_head_paragraphs_are_items(text: str, titles: list[str]) -> None:
    items, _ = _extract(text)
    assert [title for _, title, *_ in items] == titles


BULLET_LOOK_ALIKES = [
    # A line of a few words under each bullet is a note, not a paragraph the bullet heads.
    pytest.param("Anteckningar från mötet\n\nVi gick igenom läget i de olika grupperna och kom fram till följande.\n\n"
                 "* Ekonomi\nInget nytt.\n\n* Lokalen\nInget nytt.\n\nMötet avslutades och alla gick hem.\n",
                 id="short-notes-under-bullets"),
    # One bullet with a paragraph is no list of items.
    pytest.param("Anteckningar från mötet\n\n* Fritidsgården:\nClara väntar på svar från kommunen angående dagarna.\n",
                 id="single-bullet"),
    # A bullet that is a whole sentence is a point, not a heading.
    pytest.param("Anteckningar från mötet\n\n* Vi har beslutat att köpa en ny kaffebryggare.\n"
                 "Den gamla har gått sönder och måste ersättas innan årsmötet.\n\n* Vi har beslutat att måla om.\n"
                 "Färgen väljs av Eva och Clara tillsammans med resten av styrelsen.\n", id="sentences-not-headings"),
]


@pytest.mark.parametrize("text", BULLET_LOOK_ALIKES)
def test_bullet_look_alikes_are_not_headed_items(text: str) -> None:
    items, _ = _extract(text)
    assert all(title not in ("Ekonomi", "Lokalen", "Fritidsgården") and not title.startswith("Vi har beslutat")
               for _, title, *_ in items)


# --- page lines of a stored copy: numbers run in without a stop ----------------------------

PAGE = ("Protokoll styrelsemöte nr 5\n\nStorlek: px\n\nTranskript\n\n"
        "1 Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/5 2012 kl. 16 i Hembygdsmuseet 1 Mötets öppnande "
        "Ordföranden förklarade styrelsemötet öppnat. 2 Upprop Närvarande ledamöter: Sven, Ingemar och Hans. "
        "3 Godkännande av dagordning Förslaget till dagordning godkändes. 4 Föregående mötes protokoll Inga frågor "
        "förekom. Protokollet lades till handlingarna 5 Justering Att justera protokollet valdes Gunnar Winberg. "
        "6 Nya ärenden 1. Årsmötet beslutade om utmärkelser. 2. Jörgen kan inte vara sekreterare den 5/6.\n")


def test_run_in_numbers_continue_the_page_sequence_on_either_side() -> None:
    assert _numbers(PAGE) == ["1", "2", "3", "4", "5", "6"]


def test_a_list_inside_an_item_does_not_stop_the_sequence() -> None:
    items, _ = _extract(PAGE)
    assert items[-1][:2] == ("6", "Nya ärenden")


def test_a_lone_run_in_number_far_from_the_sequence_is_no_item() -> None:
    text = PAGE.replace("Inga frågor förekom.", "Inga frågor förekom vecka 17 Nytt förslag kom sent.")
    assert "17" not in _numbers(text)


# --- the approval of the previous minutes put off ------------------------------------------

PREVIOUS_MINUTES = [
    pytest.param("Föregående mötesprotokoll", "Då ordförande upptäckt felaktigheter ska protokollet justeras till nästa möte.",
                 "postponed", "next", id="foregaende-motesprotokoll-justeras-till-nasta"),
    pytest.param("Föregående protokoll", "Protokollet godkänns på nästa möte efter rättelser.",
                 "postponed", "next", id="foregaende-protokoll-godkanns-pa-nasta"),
    pytest.param("Protokoll från föregående möte", "Protokollet tas upp igen på nästa möte.",
                 "postponed", "next", id="protokoll-fran-foregaende-mote-tas-upp-igen"),
    pytest.param("Godkännande av föregående protokoll", "Frågan återkommer vid nästa sammanträde.",
                 "postponed", "next", id="godkannande-av-foregaende-protokoll-aterkommer"),
    # Look-alikes: another matter that comes back still returns.
    pytest.param("Ekonomisk rapport", "Kassören ska redovisa bokslutet till nästa möte.",
                 "returns", "next", id="another-matter-returns"),
    pytest.param("Protokollsjustering", "Protokollet justeras av Anna och Bo senast fredag.",
                 "handled", None, id="justering-of-these-minutes-is-handled"),
    pytest.param("Föregående mötesprotokoll", "Protokollet godkändes och lades till handlingarna.",
                 "handled", None, id="previous-minutes-approved"),
]


@pytest.mark.parametrize(("title", "text", "status", "when"), PREVIOUS_MINUTES)
def test_previous_minutes_put_off_are_postponed(title: str, text: str, status: str, when: str | None) -> None:
    items, carry = _extract(f"Protokoll\n\n§1 Mötets öppnande\n\nMötet öppnades.\n\n§2 {title}\n\n{text}\n\n"
                            "§3 Övriga frågor\n\nInga.\n")
    assert items[1][2:] == (status, when)
    assert carry == ([] if status == "handled" else [("2", when, status)])


# --- an empty section for tabled matters ---------------------------------------------------

TABLED = [
    pytest.param("Bordlagda ärenden (inga)", None, id="bordlagda-arenden-inga-in-brackets"),
    pytest.param("Bordlagda ärenden: inga.", None, id="bordlagda-arenden-colon-inga"),
    pytest.param("Bordlagda frågor – inget.", None, id="bordlagda-fragor-dash-inget"),
    pytest.param("Beslutades att protokollet justeras måndag kl Bordlagda ärenden (inga) 7 Beslut som presidiet "
                 "fattat", None, id="empty-section-run-into-a-sentence"),
    pytest.param("Tidigare bordlagda ärenden saknas.", None, id="tidigare-bordlagda-arenden-saknas"),
    # Look-alikes: a matter tabled under that section, or elsewhere in the sentence, is postponed.
    pytest.param("Bordlagda ärenden: Frågan om bidraget bordläggs igen.", ItemStatus.POSTPONED,
                 id="matter-tabled-again-under-the-section"),
    pytest.param("Ärendet bordlades.", ItemStatus.POSTPONED, id="ordinary-tabling"),
    pytest.param("Bordlagda ärenden (inga), men frågan om lokalen bordläggs.", ItemStatus.POSTPONED,
                 id="empty-section-then-a-tabling"),
    pytest.param("Bordlagda ärenden från förra mötet behandlades.", None, id="tabled-earlier-handled-now"),
]


@pytest.mark.parametrize(("text", "status"), TABLED)
def test_an_empty_tabled_section_postpones_nothing(text: str, status: ItemStatus | None) -> None:
    found = classify(text, DAY)
    assert (found.status if found is not None else None) is status


# --- more ways to drop, put off or pass on the item's matter --------------------------------

PHRASES = [
    pytest.param("Punkten ställs in.", ItemStatus.POSTPONED, None, id="punkten-stalls-in"),
    pytest.param("Informationen ställdes in.", ItemStatus.POSTPONED, None, id="informationen-stalldes-in"),
    pytest.param("Dragningen ställs in och tas vid nästa möte.", ItemStatus.POSTPONED, None,
                 id="dragningen-stalls-in-och-tas-vid-nasta"),
    pytest.param("Ärendet avförs.", ItemStatus.POSTPONED, None, id="arendet-avfors"),
    pytest.param("Ärendet ajourneras till nästa möte.", ItemStatus.POSTPONED, None, id="arendet-ajourneras"),
    pytest.param("Frågan vilar till nästa möte.", ItemStatus.POSTPONED, None, id="fragan-vilar-till-nasta"),
    pytest.param("Denna punkt sköts upp.", ItemStatus.POSTPONED, None, id="denna-punkt-skots-upp"),
    pytest.param("Ärendet remitteras till samtliga kommuner.", ItemStatus.REFERRED, "samtliga kommuner",
                 id="remitteras-till-samtliga-kommuner"),
    pytest.param("Ärendet lyfts till kommunchefsgruppen.", ItemStatus.REFERRED, "kommunchefsgruppen",
                 id="lyfts-till-kommunchefsgruppen"),
    pytest.param("Frågan hänsköts till årsmötet.", ItemStatus.REFERRED, "årsmötet", id="hanskots-till-arsmotet"),
    pytest.param("Frågan överlämnades till valberedningen.", ItemStatus.REFERRED, "valberedningen",
                 id="overlamnades-till-valberedningen"),
    pytest.param("Ärendet remitterades till länets kommuner för yttrande.", ItemStatus.REFERRED, "länets kommuner",
                 id="remitterades-till-lanets-kommuner"),
    # Look-alikes: the verbs without the item's matter, or in a relative clause, or another word sense.
    pytest.param("Mötet i maj ställs in.", None, None, id="meeting-cancelled-is-no-item-status"),
    pytest.param("Årsmötet ställdes in på grund av pandemin.", None, None, id="general-meeting-cancelled"),
    pytest.param("Luncherna ställs in under sommaren.", None, None, id="lunches-cancelled"),
    pytest.param("Det vilar till stor del på kommunerna.", None, None, id="vilar-pa-is-no-deferral"),
    pytest.param("Presentation av projektet, som ställdes in förra året, genomfördes.", None, None,
                 id="relative-clause-is-history"),
    pytest.param("Frågan tas upp i gruppen.", None, None, id="the-group-itself-is-no-other-body"),
    pytest.param("Styrelsen informerade om att alla kommuner har svarat.", None, None, id="kommuner-without-a-verb"),
]


@pytest.mark.parametrize(("text", "status", "body"), PHRASES)
def test_more_phrases_that_drop_put_off_or_pass_on_the_matter(text: str, status: ItemStatus | None,
                                                              body: str | None) -> None:
    found = classify(text, DAY)
    assert (found.status if found is not None else None) is status
    if status is ItemStatus.REFERRED:
        assert found is not None and found.body is not None and body is not None and found.body.startswith(body)


MORE_PHRASES = [
    pytest.param("Punkten senareläggs.", ItemStatus.POSTPONED, None, id="punkten-senarelaggs"),
    pytest.param("Punkten senarelades till nästa möte.", ItemStatus.POSTPONED, "next", id="punkten-senarelades"),
    pytest.param("Ärendet drogs tillbaka.", ItemStatus.POSTPONED, None, id="arendet-drogs-tillbaka"),
    pytest.param("Informationspunkten utgår på grund av tidsbrist.", ItemStatus.POSTPONED, None,
                 id="informationspunkten-utgar-pa-grund-av"),
    pytest.param("Dragningen utgick då föredraganden var sjuk.", ItemStatus.POSTPONED, None,
                 id="dragningen-utgick-da"),
    pytest.param("Frågan tas upp på nästa presidiekonferens.", ItemStatus.RETURNS, "next",
                 id="nasta-presidiekonferens-is-this-body"),
    pytest.param("Vi tar upp det på nästa nätverksträff.", ItemStatus.RETURNS, "next", id="nasta-natverkstraff"),
    pytest.param("Frågan tas upp vid nästa styrgruppsmöte.", ItemStatus.RETURNS, "next", id="nasta-styrgruppsmote"),
    pytest.param("Ärendet tas upp igen när utredningen är klar.", ItemStatus.RETURNS, None,
                 id="tas-upp-igen-nar-utredningen-ar-klar"),
    pytest.param("Förslaget ska beredas vidare av arbetsutskottet.", ItemStatus.REFERRED, None,
                 id="beredas-vidare-av-arbetsutskottet"),
    # Look-alikes.
    pytest.param("Ersättning utgår på grund av beslut i fullmäktige.", None, None, id="ersattning-utgar-is-a-payment"),
    pytest.param("Ordföranden informerar om att punkt 7 utgår på grund av att gästen inte kan delta.", None, None,
                 id="another-point-dropped"),
    pytest.param("Nästa konferens hålls i Växjö.", None, None, id="next-conference-announced-only"),
    pytest.param("Frågan följs upp när det passar.", None, None, id="vague-when-is-no-return"),
]


@pytest.mark.parametrize(("text", "status", "when"), MORE_PHRASES)
def test_more_phrases_batch6(text: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(text, DAY)
    assert (found.status if found is not None else None) is status
    if status is not None and status is not ItemStatus.REFERRED:
        assert found is not None and found.when == when


def test_a_lettered_sub_point_is_no_wrapped_title() -> None:
    items, _ = _extract("Protokoll\n\n5. Rapporter\na) Ekonomi: ingen förändring.\nb) Lokaler: inget nytt.\n\n"
                        "6. Övriga frågor\nInga.\n")
    assert [(n, t) for n, t, *_ in items] == [("5", "Rapporter"), ("6", "Övriga frågor")]


# --- run-in titles on a page line of a stored copy -----------------------------------------

def test_run_in_titles_end_at_the_next_items_number_and_keep_names_after_prepositions() -> None:
    text = ("Protokoll 2009-12-16\n\nTranskript\n\n1 Förbundsstyrelsen\n\n"
            "2 Förteckning över ärenden 208 Aktuella frågor för regional utveckling 209 Aktuella trafikfrågor "
            "210 Redogörelse för det ekonomiska läget 211 Cirkus i Glasriket projektansökan 212 Företagskubator "
            "i Älmhult projektansökan\n")
    items, _ = _extract(text, "2009-12-16")
    assert [(n, t) for n, t, *_ in items] == [
        ("208", "Aktuella frågor för regional utveckling"), ("209", "Aktuella trafikfrågor"),
        ("210", "Redogörelse för det ekonomiska läget"), ("211", "Cirkus i Glasriket projektansökan"),
        ("212", "Företagskubator i Älmhult projektansökan")]


# --- someone invited to a later meeting of the body: an announced topic ---------------------

INVITED = [
    pytest.param("Länsstyrelsen inbjuds till mötet i maj för att redovisa uppdraget.", [("2", "2016-05", "announced")],
                 id="inbjuds-till-motet-i-maj"),
    pytest.param("Vi bjuder in Bo till nästa möte för att prata om budgeten.", [("2", "next", "announced")],
                 id="bjuder-in-till-nasta-mote"),
    pytest.param("Socialchefen bjuds in till sammanträdet i oktober.", [("2", "2016-10", "announced")],
                 id="bjuds-in-till-sammantradet-i-oktober"),
    # Look-alikes: the members' meeting, an earlier meeting, no time said.
    pytest.param("Alla medlemmar bjuds in till årsmötet den 12 maj.", [], id="members-invited-to-the-general-meeting"),
    pytest.param("Vi bjöd in Länsstyrelsen till förra mötet.", [], id="invited-to-the-last-meeting"),
    pytest.param("Länsstyrelsen bjuds in till mötet.", [], id="no-time-said"),
]


@pytest.mark.parametrize(("sentence", "carry"), INVITED)
def test_an_invitation_to_a_later_meeting_announces_a_topic(sentence: str, carry: list[tuple[str, str, str]]) -> None:
    _, found = _extract("Minnesanteckningar\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Information\n"
                        f"Anna informerade om läget. {sentence}\n\n3. Avslutning\nMötet avslutades.\n", "2016-03-06")
    assert found == carry


def test_one_number_lost_in_copying_does_not_end_the_page_sequence() -> None:
    text = PAGE.replace(" 6 Nya ärenden", " Bordlagda ärenden (inga) 7 Beslut som presidiet fattat (inga) 8 Nya ärenden")
    items, _ = _extract(text)
    # "Bordlagda ärenden (inga)" is item 6 without its number (test_items_run_in_tabled_matters)
    assert [n for n, *_ in items] == ["1", "2", "3", "4", "5", None, "7", "8"]
    assert all(status == "handled" for _, _, status, _ in items)  # "Bordlagda ärenden (inga)": nothing tabled


def test_two_numbers_lost_end_the_page_sequence() -> None:
    text = PAGE.replace(" 6 Nya ärenden", " Bordlagda ärenden (inga) 8 Beslut som presidiet fattat")
    assert "8" not in _numbers(text)


# --- a decision that passes the matter on, or moves it, in the infinitive -------------------

DECISIONS = [
    pytest.param("Utskottet beslutar att remittera förslaget till kommunerna.", ItemStatus.REFERRED, "kommunerna",
                 id="remittera-forslaget-till-kommunerna"),
    pytest.param("Beslutar att överlämna yttrandet till Regionstyrelsen.", ItemStatus.REFERRED, "Regionstyrelsen",
                 id="overlamna-yttrandet-till-regionstyrelsen"),
    pytest.param("Forumet beslutar att föra frågan vidare till kommunchefsgruppen.", ItemStatus.REFERRED,
                 "kommunchefsgruppen", id="fora-fragan-vidare-till-kommunchefsgruppen"),
    pytest.param("Beslut: att flytta punkten till nästa möte.", ItemStatus.POSTPONED, None,
                 id="flytta-punkten-till-nasta-mote"),
    # Look-alikes: the body's own next meeting, a person, a meeting moved.
    pytest.param("Kommunerna lyfter frågan till nästa möte.", ItemStatus.RETURNS, None, id="lyfter-fragan-till-nasta-mote"),
    pytest.param("Anna skickar frågan till alla medlemmar.", None, None, id="sent-to-the-members"),
    pytest.param("Vi ska flytta kontoret till nya lokaler.", None, None, id="office-moved"),
]


@pytest.mark.parametrize(("text", "status", "body"), DECISIONS)
def test_a_decision_in_the_infinitive_refers_or_moves_the_matter(text: str, status: ItemStatus | None,
                                                                 body: str | None) -> None:
    found = classify(text, DAY)
    assert (found.status if found is not None else None) is status
    assert (found.body if found is not None else None) == body


# --- a month or day without its year that has passed comes back the next year ---------------

WHEN = [
    pytest.param("Punkten återkommer i februari.", "2017-02", id="month-passed-this-year"),
    pytest.param("Frågan återkommer den 2 februari.", "2017-02-02", id="day-passed-this-year"),
    pytest.param("Frågan återkommer i november.", "2016-11", id="month-still-to-come"),
    pytest.param("Frågan återkommer i februari 2016.", None, id="written-year-in-the-past"),
    pytest.param("Frågan återkommer den 29 februari.", None, id="no-such-day-next-year"),
]


@pytest.mark.parametrize(("text", "when"), WHEN)
def test_a_yearless_time_that_has_passed_rolls_to_the_next_year(text: str, when: str | None) -> None:
    found = classify(text, DAY)
    assert found is not None and found.status is ItemStatus.RETURNS
    assert found.when == when


# --- one item of a cut-off copy, confirmed by its contents entry ----------------------------

LONE = ("Protokoll förbundsstyrelsen 2006-06-01\n\nTranskript\n\n"
        "1 PROTOKOLL Förbundsstyrelsen för Regionförbundet Örebro län NetCity, Örebro\n\n"
        "2 INNEHÅLLSFÖRTECKNING 33 Delårsbokslut jan- april Förslag till direktiv för budgetarbetet Sammanträdesplan "
        "Övriga anmälningsärenden... 23\n\n3 Plats och tid: Net City, Örebro Beslutande: Anna Berg (s), ordförande\n\n"
        "4 33 Delårsbokslut jan- april (Dnr 346/2006) På mycket kort tid har förbundet bildats och en omfattande "
        "process har genomförts.\n")


def test_a_lone_page_heading_confirmed_by_its_contents_entry_is_the_item() -> None:
    items, _ = _extract(LONE, "2006-06-01")
    assert [(n, t) for n, t, *_ in items] == [("33", "Delårsbokslut jan- april")]


def test_a_lone_page_number_without_a_matching_contents_entry_is_no_item() -> None:
    items, _ = _extract(LONE.replace("INNEHÅLLSFÖRTECKNING 33 Delårsbokslut", "INNEHÅLLSFÖRTECKNING 34 Bokslut"),
                        "2006-06-01")
    assert [n for n, *_ in items if n is not None] == []
