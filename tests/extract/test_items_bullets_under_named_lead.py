"""Bullets under a line that names them the matters the meeting took up, without "följande" ("Frågor som togs upp
var bl a:", "Punkter som diskuterades:"): where they read as topics, each is an item.

Look-alikes: bullets of sentences under such a line summarise the meeting ("Styrelsen beslutade att ..."): no
items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


OPENING = ("Tisdagen den 3 maj 2016 träffade Anna Berg, ordförande, och Bo Ek, vice ordförande, ledningen för "
           "länsstyrelsen med Carl Dahl, landshövding, och Eva Lund, länsöverdirektör.\n\n")
TOPICS = ("  • Uppföljning av minnesanteckningar från föregående möte den 10 november i Vänersborg\n"
          "  • Handlingsplanen från förbundet – hur går vi från redovisning av nuläge till påverkan?\n"
          "  • Länets tankar kring samhällsplanering och markanvändning för den planerade höghastighetsbanan\n"
          "  • Övriga frågor\n\nMinnesanteckningar >>\n")
TOPIC_TITLES = ["Uppföljning av minnesanteckningar från föregående möte den 10 november i Vänersborg",
                "Handlingsplanen från förbundet – hur går vi från redovisning av nuläge till påverkan?",
                "Länets tankar kring samhällsplanering och markanvändning för den planerade höghastighetsbanan",
                "Övriga frågor"]
SENTENCES = ("  • Styrelsen beslutade att amortera på befintliga lån med 2 miljoner kr.\n"
             "  • Styrelsen beslutade om förslag till stadgeändringar.\n"
             "  • Ordförande kallar till separat möte med valberedningen.\n")


@pytest.mark.parametrize(("lead", "bullets", "expected"), [
    ("Frågor som togs upp var bl a:", TOPICS, TOPIC_TITLES),
    ("Punkter som diskuterades:", TOPICS, TOPIC_TITLES),
    ("Ämnen som togs upp på mötet:", TOPICS, TOPIC_TITLES),
    ("Frågor som avhandlades:", TOPICS, TOPIC_TITLES),
    ("Kort sammanfattning av mötet:", TOPICS, TOPIC_TITLES),
    # not items: a summary of decisions under any such lead
    ("Sammanfattning av några av de ärenden som avhandlades på styrelsemötet:", SENTENCES, []),
    ("Frågor som togs upp:", SENTENCES, []),
    ("Sammanfattning av mötet:", SENTENCES, []),
    ("Punkter som diskuterades:", SENTENCES, []),
])
def test_bullets_under_a_lead_that_names_them(lead: str, bullets: str, expected: list[str]) -> None:
    assert _titles(OPENING + lead + "\n\n" + bullets) == expected
