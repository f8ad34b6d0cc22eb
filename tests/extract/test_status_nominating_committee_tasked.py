"""The nominating committee tasked with the matter: referred to it (planner.extract.items).

"Ordförande Carola ber valberedningen ta fram förslag på ersättare", "Styrelsen ger valberedningen i
uppdrag att ta fram ett förslag", "Valberedningen får i uppdrag att hitta en ny sekreterare": the
committee is elected apart from the board, so the matter is passed to another body. Look-alikes: the
committee reporting, thanked, asked to come back to this body (a return), tasked at an earlier annual
meeting, or only named.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from tests.extract.item_rows import item_rows

APRIL_2021 = date(2021, 4, 19)


@pytest.mark.parametrize("sentence", [
    "Ordförande Carola ber valberedningen ta fram förslag på ersättare.",
    "Styrelsen ger valberedningen i uppdrag att ta fram ett förslag.",
    "Styrelsen uppdrar åt valberedningen att hitta en ny kassör.",
    "Valberedningen får i uppdrag att hitta en ny sekreterare.",
    "Styrelsen bad valberedningen att leta efter en ny revisor.",
])
def test_nominating_committee_tasked_is_referred(sentence: str) -> None:
    found = classify(sentence, APRIL_2021)
    assert found is not None and (found.status, found.body) == (ItemStatus.REFERRED, "valberedningen")


@pytest.mark.parametrize("sentence", [
    "Valberedningen presenterade sitt förslag.",
    "Styrelsen tackar valberedningen för arbetet.",
    "Valberedningen har fått i uppdrag av årsmötet att hitta en ny ordförande.",
    "Anna Svensson valdes till valberedningen.",
    "Kontakta valberedningen om du är intresserad.",
])
def test_nominating_committee_named_refers_nothing(sentence: str) -> None:
    found = classify(sentence, APRIL_2021)
    assert found is None or found.status is not ItemStatus.REFERRED


def test_committee_asked_to_come_back_is_a_return() -> None:
    found = classify("Valberedningen ombeds återkomma med förslag till nästa möte.", APRIL_2021)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, "next")


def test_item_referred_to_the_nominating_committee() -> None:
    text = ("Styrelsemöte 2021-04-19\n\n§ 815. Ekonomi\nKassören redogjorde för läget.\n\n"
            "§ 816. Ny fondansvarig\nFondansvarig har tackat nej till att fortsätta. Ordförande ber "
            "valberedningen ta fram förslag på ersättare.\n\n§ 817. Övrigt\nInget övrigt.\n")
    items, carry = item_rows(text, "2021-04-19")
    assert [(n, s) for n, _, s, _ in items] == [("815", "handled"), ("816", "referred"), ("817", "handled")]
    assert carry == []
