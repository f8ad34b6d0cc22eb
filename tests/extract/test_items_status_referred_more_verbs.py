"""More verbs that pass the item's matter on to another body (planner.extract.items).

"Ärendet går till fullmäktige i juni", "Frågan delegeras till arbetsutskottet", "Frågan bollas
vidare till förvaltningen", "Frågan lämnas vidare till förbundsstyrelsen", "Styrelsen tar frågan vidare
till kommunstyrelsen": with the matter as subject (or as object) and a body named after the verb, the
item is referred to that body. Papers or news passed on are no referral. Look-alikes: money or the floor that goes somewhere ("Pengarna går till
föreningen", "Ordet går till Anna"), a vote ("Frågan går till omröstning"), a person who is no body
("Ärendet delegeras till ordföranden") and the next meeting of this body.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Ärendet går till fullmäktige i juni.", "fullmäktige"),
    ("Frågan delegeras till arbetsutskottet.", "arbetsutskottet"),
    ("Frågan bollas vidare till förvaltningen.", "förvaltningen"),
    ("Ärendet överlämnades till kommunstyrelsen.", "kommunstyrelsen"),
    # passed on, passive or with the matter as object
    ("Frågan lämnas vidare till förbundsstyrelsen.", "förbundsstyrelsen"),
    ("Frågan fördes vidare till regionstyrelsen.", "regionstyrelsen"),
    ("Styrelsen tar frågan vidare till kommunstyrelsen.", "kommunstyrelsen"),
    ("Styrelsen bollar ärendet vidare till förbundsstyrelsen.", "förbundsstyrelsen"),
])
def test_matter_passed_to_another_body_is_referred(sentence: str, body: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.REFERRED
    assert f.body is not None and f.body.startswith(body)  # the body as written, a month after it kept


@pytest.mark.parametrize("sentence", [
    "Pengarna går till föreningen.",
    "Överskottet går till ungdomsverksamheten.",
    "Frågan går till omröstning.",
    "Ärendet gick till votering.",
    "Ordet går till Anna.",
    "Ärendet delegeras till ordföranden.",
    "Frågan går till nästa möte.",
    "Vi tar frågan vidare till nästa möte.",
    "Anna skickar protokollet vidare till kommunstyrelsen.",
    "Informationen lämnas vidare till medlemmarna.",
    "Anna tar frågan till sig.",
])
def test_no_referral(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is None or f.status is not ItemStatus.REFERRED
