"""Item, status and carry families from the eleventh batch of held-out minutes (tests/data/extra/docs/441-452).

A web page's list where every entry is numbered "1." (a Markdown list rendered one entry at a time),
its entries short titles or whole sentences, a deeper "1." list nested in one of them; a stored
copy's letter-coded items ("IR 37 Title Text ...") with the text run on after the title, and a
running head whose date a scan split ("201 5-09-07"); a bullet long as a paragraph titled by its
first sentence; tabling in the active past ("Bordlade ..."); a matter lifted up to another body's
meeting; a guest invited to the next meeting (announced, not a return); a task to prepare material
for the next meeting (returns); a topic made a standing point (announced).
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from tests.extract.item_rows import CarryRow, ItemRow, item_rows

DAY = dt.date(2020, 3, 4)


def _extract(text: str, day: str | None = "2020-03-04") -> tuple[list[ItemRow], list[CarryRow]]:
    return item_rows(text, day)


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in _extract(text)[0]]


# --- status: tabling in the active past, lifting a matter up to another body's meeting ------

STATUS = [
    pytest.param("Bordlade valet av förslag till representant i nämnden tills ett utlåtande fåtts.",
                 ItemStatus.POSTPONED, None, None, id="tabled-active-past-no-subject"),
    pytest.param("Styrelsen bordlade frågan om nya stadgar.", ItemStatus.POSTPONED, None, None,
                 id="board-tabled-the-question"),
    pytest.param("Mötet bordlagde ärendet i väntan på kostnadsförslag.", ItemStatus.POSTPONED, None, None,
                 id="meeting-tabled-awaiting-quote"),
    pytest.param("Styrelsen lyfter upp ärendet under kvällens fullmäktigemöte.", ItemStatus.REFERRED, None,
                 "fullmäktige", id="lifted-up-to-tonights-council-meeting"),
    pytest.param("Ordföranden lyfte upp frågan till styrgruppen.", ItemStatus.REFERRED, None, "styrgruppen",
                 id="chair-lifted-question-to-steering-group"),
    pytest.param("Vi lyfter upp frågan på årsmötet.", ItemStatus.REFERRED, None, "årsmötet",
                 id="lifted-up-to-annual-meeting"),
    pytest.param("Styrelsen beslutade att lyfta upp ärendet på kommunfullmäktige.", ItemStatus.REFERRED, None,
                 "kommunfullmäktige", id="lifted-up-to-municipal-council"),
    # look-alikes that must not fire
    pytest.param("Bordet lades fram i salen inför mötet.", None, None, None, id="table-laid-out-no-tabling"),
    pytest.param("Frågan lyfter upp ärendet ur en ny synvinkel.", None, None, None, id="lifts-up-from-a-viewpoint"),
    pytest.param("Kassören lyfte upp frågan under diskussionen.", None, None, None,
                 id="lifted-up-during-the-discussion"),
    pytest.param("Medlemmarna lyfte fram flera frågor om städningen.", None, None, None, id="lifted-forward-questions"),
]


@pytest.mark.parametrize(("text", "status", "when", "body"), STATUS)
def test_active_past_tabling_postpones_and_lifting_to_a_body_refers(
        text: str, status: ItemStatus | None, when: str | None, body: str | None) -> None:
    found = classify(text, DAY)
    if status is None:
        assert found is None or found.status not in (ItemStatus.POSTPONED, ItemStatus.REFERRED)
    else:
        assert found is not None
        assert (found.status, found.when, found.body) == (status, when, body)


# --- status: a guest invited to the next meeting; a task to prepare for it --------------------

NEXT = [
    pytest.param("Kansliet får i uppdrag att ta fram underlag till kommande kommittésammanträde den 28 maj.",
                 ItemStatus.RETURNS, id="office-tasked-to-prepare-for-coming-committee-session"),
    pytest.param("Ordföranden fick i uppdrag att förbereda ett förslag till nästa styrelsemöte.",
                 ItemStatus.RETURNS, id="chair-tasked-to-prepare-proposal-for-next-board-meeting"),
    pytest.param("Sekreteraren ges i uppdrag att sammanställa synpunkterna till nästa möte.", ItemStatus.RETURNS,
                 id="secretary-tasked-to-compile-views-for-next-meeting"),
    pytest.param("Förvaltningen uppdras att ta fram en kostnadsberäkning till nästa nämndsammanträde.",
                 ItemStatus.RETURNS, id="administration-tasked-for-next-committee-session"),
    # look-alikes: a task with no later meeting, or to be done before it; an invitation
    pytest.param("Kansliet får i uppdrag att ta fram ett nytt informationsblad.", None, id="task-without-a-meeting"),
    pytest.param("Kassören får i uppdrag att sammanställa kvittona inför nästa möte.", None,
                 id="task-before-next-meeting"),
    pytest.param("Kanslichef bjuder in generaldirektören till nästa kommittésammanträde den 28 maj.", None,
                 id="guest-invited-to-next-session"),
    pytest.param("Vi bjuder in kommunens näringslivschef till nästa möte.", None, id="business-chief-invited"),
]


@pytest.mark.parametrize(("text", "status"), NEXT)
def test_a_task_to_prepare_for_the_next_meeting_returns_and_an_invitation_does_not(
        text: str, status: ItemStatus | None) -> None:
    found = classify(text, DAY)
    if status is None:
        assert found is None or found.status is not ItemStatus.RETURNS
    else:
        assert found is not None
        assert found.status is status
        assert found.when in ("next", "2020-05-28")


def test_a_guest_invited_to_the_next_meeting_is_an_announced_topic() -> None:
    text = ("Kommittésammanträde onsdagen den 4 mars 2020\n\n1) Mötets öppnande\nOrdförande öppnade mötet.\n\n"
            "2) Information från kansliet\nKanslichef redogjorde för verksamheten.\n\n"
            "Kanslichef bjuder in GD Anna Svensson till nästa kommittésammanträde den 28 maj.\n\n"
            "3) Övriga frågor\nInga övriga frågor.\n")
    items, carry = _extract(text)
    assert [(n, s) for n, _, s, _ in items] == [("1", "handled"), ("2", "handled"), ("3", "handled")]
    assert [(n, r) for n, _, r in carry] == [("2", "announced")]


# --- a topic made a standing point: announced, the item handled -------------------------------

STANDING = [
    pytest.param("Rådet beslutade att kommande möten ska ha nulägesrapport som en stående punkt på dagordningen.",
                 True, id="council-status-report-as-standing-point"),
    pytest.param("Styrelsen ska ha ekonomin som stående punkt framöver.", True, id="board-economy-as-standing-point"),
    pytest.param("Det framfördes önskemål om att ha en stående punkt på dagordningen om detta.", False,
                 id="wish-for-a-standing-point"),
    # look-alikes: the item itself is a standing point (returns), not a topic
    pytest.param("Ekonomin är en stående punkt på dagordningen.", False, id="economy-is-a-standing-point"),
    pytest.param("Punkten blir stående punkt.", False, id="the-point-becomes-standing"),
]


@pytest.mark.parametrize(("sentence", "announced"), STANDING)
def test_a_topic_made_a_standing_point_is_announced_not_returned(sentence: str, announced: bool) -> None:
    text = ("Protokoll 2020-03-04\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"2. Fastställande av dagordning\nDagordningen fastställdes. {sentence}\n\n"
            "3. Mötets avslutande\nOrdföranden avslutade mötet.\n")
    items, carry = _extract(text)
    status = items[1][2]
    if announced:
        assert status == "handled"
        assert carry == [("2", "next", "announced")]
    elif "framfördes" in sentence:
        assert status == "handled"
    else:
        assert status == "returns"


# --- a list where every entry is numbered "1." ------------------------------------------------

ONES = [
    pytest.param(
        "Elevråd 25/4 -19\n\n  1. Ordförande öppnade mötet.\n\n \n\n"
        "  1. Föregående protokoll får var och en läsa på bloggen denna gång då vi har mycket att gå igenom.\n\n \n\n"
        "  1. Rapporter fr elevrådsansvariga: Denna gång ägnades nästan hela tiden till att titta på uteleksaker.\n\n"
        " \n\n  1. Bloggen: Vi gör ett inlägg med alla uteleksaker på bloggen där vi också berättar om röstningen.\n\n"
        " \n\n  1. Ordförande avslutade mötet.\n\nOrdförande: Mira\n",
        ["Ordförande öppnade mötet", "Föregående protokoll får var och en läsa på", "Rapporter fr elevrådsansvariga",
         "Bloggen", "Ordförande avslutade mötet"], id="pupils-council-sentence-entries"),
    pytest.param(
        "Protokoll fört vid sammanträde med styrelsen\n\nDatum: 2007-01-08\n\n 1. Sammanträdet förklarades för öppnat\n\n"
        " \n\n 1. Föredragningslistan fastställdes i enlighet med ordförandes förslag.\n\n \n\n 1. Inför årsstämman\n"
        "  1. Tidpunkt för årsstämman fastställdes till den 19 mars, klockan 19.00\n"
        "  2. Kassören kollar om föredragshållaren kan inleda stämman med en redogörelse.\n\n \n\n"
        " 1. Aktivitetslistan\n\nStyrelsen gick igenom aktivitetslistan och uppdaterade den.\n",
        ["Sammanträdet förklarades för öppnat", "Föredragningslistan fastställdes i enlighet med ordförandes förslag",
         "Inför årsstämman", "Aktivitetslistan"], id="association-nested-list-stays-inside"),
]


@pytest.mark.parametrize(("text", "titles"), ONES)
def test_a_list_numbered_one_throughout_keeps_its_sentence_entries(text: str, titles: list[str]) -> None:
    assert _titles(text) == [("1", t) for t in titles]


def test_numbered_proposals_inside_rising_items_stay_out() -> None:
    # Look-alike: the items rise (1, 2, 3); the "1." sentences inside item 2 are proposals.
    text = ("Protokoll 2020-03-04\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. Budget\n\n"
            "1. Styrelsen föreslår att årsavgiften höjs till 300 kronor per medlem och år.\n\n"
            "3. Mötets avslutande\n\nOrdföranden avslutade mötet.\n")
    assert [n for n, _ in _titles(text)] == ["1", "2", "3"]


# --- letter-coded items run on with their text; a running head with a split date --------------

def test_letter_coded_items_run_on_with_their_text() -> None:
    filler = " ".join(["Rådet diskuterade frågan ingående och konstaterade att mer underlag behövs."] * 6)
    text = ("Minnesanteckningar för Integrationsrådet 201 5-09-07 IR 36 Mötets öppnande och val av justerare "
            "Integrationsrådet utser Anna Berg till justerare jämte ordförande. " + filler + "\n"
            "IR 37 Fastställande av dagordning Dagordningen fastställdes med tillägg om datum för möten. "
            + filler + "\n"
            "IR 38 Godkännande av föregående minnesanteckningar Minnesanteckningar från 2015-09-07 läggs till "
            "handlingarna.\n")
    assert _titles(text) == [("36", "Mötets öppnande och val av justerare"), ("37", "Fastställande av dagordning"),
                             ("38", "Godkännande av föregående minnesanteckningar")]


# --- a bullet long as a paragraph: its first sentence is the title ----------------------------

def test_a_paragraph_long_bullet_is_titled_by_its_first_sentence() -> None:
    reasons = " ".join(["Diskussionen gällde hur policyn ska tolkas gentemot traditionerna."] * 4)
    text = ("Mötesreferat\n\nStyrelsen beslöt om följande ärenden under mötet:\n\n"
            " • Valde Ellen Berg till kvartalets funktionär.\n"
            " • Vårmötet blir en endagsresa med båt. Silja Line 27 maj\n"
            " • Angående sånghäftet bestämde styrelsen att diskutera ärendet vidare. " + reasons + "\n\n"
            "Mötet avslutades.\n")
    titles = [t for _, t in _titles(text)]
    assert titles == ["Valde Ellen Berg till kvartalets funktionär",
                      "Vårmötet blir en endagsresa med båt. Silja Line 27 maj",
                      "Angående sånghäftet bestämde styrelsen att diskutera ärendet vidare"]


# --- a number alone, space-only paragraphs before its title -----------------------------------

def test_a_paragraph_number_with_space_only_paragraphs_before_its_title() -> None:
    text = ("PROTOKOLL\n\nDATUM\n\nTorsdagen den 8 april 2010\n\n"
            "§ 1\n\n \n\nInformation\n\n \n\nInformation lämnades av företrädare för förbundet.\n\n"
            "§2\n\nKanslimeddelanden\n\nInformerades om kommande besök.\n\n"
            "§ 3\n\n \n\nEU-information från kansliet\n\n \n\nInformerades om arbetsprogrammet.\n")
    assert _titles(text) == [("1", "Information"), ("2", "Kanslimeddelanden"), ("3", "EU-information från kansliet")]


# --- unnumbered headings: a cut-off last one, rows of names ----------------------------------

CUT_OFF = [
    pytest.param("Aktiviteter\n\nKommande veckors aktiviteter g", ["Maten", "Aktiviteter"], id="last-heading-cut-off"),
    pytest.param("Ekonomi\n\nKassören redogjorde för läget i", ["Maten", "Ekonomi"], id="last-heading-cut-mid-sentence"),
    # look-alikes: a short closing line, a closing with a full stop, a row of names
    pytest.param("Vid protokollet\n\nAnna Berg", ["Maten"], id="signature-after-closing-line"),
    pytest.param("Ann-Katrin Wilhelmsson\n\nTf samordnare Läns gemensam ledning", ["Maten"], id="name-over-role-at-end"),
    pytest.param("Judit Örtegren Björnstad Elias Hedman\n\nSanna Andersson presenterar resultatet från enkäten "
                 "som genomfördes under hösten i alla skolor.", ["Maten"], id="row-of-names-is-no-heading"),
]


@pytest.mark.parametrize(("tail", "titles"), CUT_OFF)
def test_a_cut_off_last_heading_is_kept_and_rows_of_names_are_not_headings(tail: str, titles: list[str]) -> None:
    text = ("Minnesanteckningar från brukarråd 22 augusti 2012\n\nMaten\n\n"
            "Diskussion om olika maträtter. Sammanfattningen blir att alla tycker olika.\n\n" + tail)
    assert [t for _, t in _titles(text)] == titles
