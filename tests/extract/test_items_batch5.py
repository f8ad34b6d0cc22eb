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
