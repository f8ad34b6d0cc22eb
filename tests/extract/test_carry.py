"""Carry: what belongs on a later agenda of the body (postponed, returning, announced topics).

Each case is a small set of minutes written as real Swedish minutes read; the carry list is
compared as (from_item, reason, when).
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import CarryReason, Meeting
from planner.extract.text import minutes_from_text

POSTPONED = CarryReason.POSTPONED
RETURNS = CarryReason.RETURNS
ANNOUNCED = CarryReason.ANNOUNCED


def carry_of(text: str, day: str) -> list[tuple[str | None, CarryReason, str | None]]:
    doc = minutes_from_text(text)
    _, carry, _ = extract_items(doc, Meeting(date=day))
    for c in carry:
        assert c.span is not None and 0 <= c.span[0] < c.span[1] <= len(text)
        assert c.title
    return [(c.from_item, c.reason, c.when) for c in carry]


CARRY = [
    pytest.param(
        "5. Information om Yrkes-SM\n\nUtgår från dagens sammanträde. Information om resa till Helsingborg "
        "den 23 april skickas ut.\n\n6. Övrigt\n\nInget övrigt.\n",
        "2020-03-06", [("5", POSTPONED, None)], id="utgar-without-date",
    ),
    pytest.param(
        "## **14. Slutrapport brukarmedverkan**\n\nGenomgång av slutrapport.\n\n"
        "Ärendet återkommer till ledningsgruppen i november.\n\n## **15. Övrigt**\n\nInget.\n",
        "2021-10-01", [("14", RETURNS, "2021-11")], id="returns-in-a-month",
    ),
    pytest.param(
        "4. Uppföljning av integrerad missbruks- och beroendemottagning\n\nMagnus hänvisar till underlag. "
        "Beslut om detta ärende skjuts fram till nästa möte.\n\n5. Tvärgrupper\n\nInval.\n",
        "2020-04-03", [("4", POSTPONED, "next")], id="postponed-to-next",
    ),
    pytest.param(
        "1. Samverkan inom folkhälsoarbetet\n\nLägesrapport redovisas:\n\n"
        "- Gemensam strategi för de äldre i Kronoberg 2017-2025.\n"
        "- Barnens bästa. Projektet är inspirerat av en skotsk modell. Presentation görs vid kommunalt forum "
        "i mars 2018. Regionfullmäktige beslutar om inriktning för projektet i juni 2018.\n"
        "- Barnahus. Inleddes under 2017.\n\n2. Nästa möte\n\nNästa möte är den 2 maj 2018.\n",
        "2018-02-21", [("1", ANNOUNCED, "2018-03")], id="announced-in-a-month",
    ),
    pytest.param(
        "3. Aktuella projekt inom regional utveckling\n\n– Utkast till OECD:s rapport över länet har "
        "färdigställts. Rapporten kommer att redovisas vid nästa kommunala forum.\n\n"
        "– Konferensen Europaforum 2018 genomförs den 9 maj i Alvesta.\n\n4. Nästa möte\n\nDen 2 maj.\n",
        "2018-02-21", [("3", ANNOUNCED, "next")], id="announced-next-forum",
    ),
    pytest.param(
        "# Agenda & mötesanteckningar 2021-01-14\n\n* Intro & recap från senaste gången\n"
        "* Signature extension\n\n## Anteckningar\n\n* Leif diskuterade OIDC federation.\n\n"
        "   - Leif gör en presentation tills näst-nästa möte.\n",
        "2021-01-14", [(None, ANNOUNCED, None)], id="announced-meeting-after-next",
    ),
    pytest.param(
        "# Agenda & mötesanteckningar 2021-01-29\n\n* Intro & recap från senaste gången\n"
        "* Öppna diskussioner ...\n\n## Anteckningar\n\n"
        "* Inför webinariet med Roland den 11/2 bestämde vi att vi skulle sammanställa ett antal frågor.\n",
        "2021-01-29", [(None, ANNOUNCED, "2021-02-11")], id="prepared-for-a-dated-meeting",
    ),
    pytest.param(
        "2. Föregående mötes protokoll\n\nRutinerna har tagits upp på Centrala BRÅ den 5 februari. "
        "Återkommer till ämnet under dagens möte punkt 3.\n\n3. Narkotika\n\nGenomgång.\n",
        "2015-02-17", [], id="same-meeting-is-no-carry",
    ),
    pytest.param(
        "7. Översyn av VoB Syd\n\nDet framhålls att kommunerna bevakar arbetet. Frågan kommer att tas upp på "
        "kommunchefsmöten samt socialchefsmöten.\n\n8. Övrigt\n\nInget.\n",
        "2020-03-06", [], id="referred-is-no-carry",
    ),
    pytest.param(
        "\\documentclass{dvd}\n\\begin{document}\n\\section{Diskussionspunkter}\n"
        "\\subsection*{Plan för upprustning av Monaden}\nVi skjuter detta till nästa möte pga tidsbrist.\n"
        "\\subsection*{DVD aktiva}\nDet finns delade åsikter om kanalen.\n\\end{document}\n",
        "2024-02-22", [(None, POSTPONED, "next")], id="latex-postponed-next",
    ),
    pytest.param(
        "1. Mötets öppnande\n\nOrdföranden öppnar mötet.\n\n2. Verksamhetsplan\n\n"
        "Styrelsen uppdrar Kotte att googla föreningar. Styrelsen beslutar att kolla verksamhetsplanen "
        "varje möte.\n\n3. Nästa möte\n\nNästa möte hålls 2016-06-12, kl 18-20.\n",
        "2016-05-15", [("2", RETURNS, "next")], id="recurring-item",
    ),
    pytest.param(
        "1. Incheckning\n\nDå deltagarantalet är reducerat tas beslut om att flytta fram det som går till "
        "nästa mötestillfälle i juni månad.\n\n3. Gemensamma medel\n\nLedningsgruppen enas i att skjuter på "
        "beslut i frågan.\n\n4. Tvärgrupper\n\nInval.\n",
        "2020-04-03", [("3", POSTPONED, "next")], id="general-move-statement",
    ),
    pytest.param(
        "9. Budget\n\nBudgeten godkänns.\n\n10. Nästa möte\n\nNästa möte hålls den 5 maj. Till nästa möte "
        "tar kassören fram ett förslag till ny budget.\n",
        "2021-03-01", [("10", ANNOUNCED, "next")], id="topic-for-next-meeting-under-nasta-mote",
    ),
    pytest.param(
        "4. Ny förskola\n\nNämnden beslutar att återremittera ärendet till förvaltningen.\n\n5. Övrigt\n\nInget.\n",
        "2021-03-01", [("4", RETURNS, None)], id="aterremiss-returns",
    ),
    pytest.param(
        "1. Mötets öppnande\n\nOrdföranden öppnar.\n\n6. Likabehandlingsplan\n\nStyrelsen uppdrar Kotte och "
        "Emmis att lägga till text om varje punkt i innehållet innan nästa möte.\n\n7. Övrigt\n\nInget.\n",
        "2016-05-15", [], id="task-before-next-meeting-is-no-carry",
    ),
]


@pytest.mark.parametrize(("text", "day", "expected"), CARRY)
def test_carry(text: str, day: str, expected: list[tuple[str | None, CarryReason, str | None]]) -> None:
    assert carry_of(text, day) == expected


def test_carry_title_is_the_item_title_for_postponed_items() -> None:
    text = "6. Information om modellen Omställning Kronoberg\n\nUtgår från dagens sammanträde.\n\n7. Övrigt\n\nInget.\n"
    _, carry, _ = extract_items(minutes_from_text(text), Meeting(date="2020-03-06"))
    assert [c.title for c in carry] == ["Information om modellen Omställning Kronoberg"]


def test_announced_topic_keeps_the_item_handled() -> None:
    text = ("3. Aktuella projekt\n\n– Rapporten kommer att redovisas vid nästa kommunala forum.\n\n"
            "– Konferensen genomförs den 9 maj.\n\n4. Nästa möte\n\nDen 2 maj 2018.\n")
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date="2018-02-21"))
    assert [str(i.status) for i in items] == ["handled", "handled"]
    assert [(c.from_item, c.reason) for c in carry] == [("3", ANNOUNCED)]


CARRY_TITLES = [
    pytest.param(
        "4. Samplanering\n\nJenny Fröberg och Christel Gustafsson får i uppdrag att återkomma med:\n\n"
        "- Förslag till handlingsplan\n- Effektiviseringsvinster\n- Vilka processer som avses\n\n5. Övrigt\n\nInget.\n",
        "2020-03-06", "Samplanering: förslag till handlingsplan, effektiviseringsvinster, vilka processer som avses",
        id="what-is-to-come-back",
    ),
    pytest.param(
        "3. Gemensamma medel\n\nLedningsgruppen enas i att skjuter på beslut i frågan.\n\n4. Övrigt\n\nInget.\n",
        "2020-04-03", "Gemensamma medel: beslut", id="deferred-decision",
    ),
    pytest.param(
        "1. Folkhälsoarbetet\n\nLägesrapport:\n\n- Gemensam strategi för de äldre.\n"
        "- Barnens bästa. Presentation görs vid kommunalt forum i mars 2018.\n- Barnahus. Inleddes 2017.\n\n"
        "2. Övrigt\n\nInget.\n",
        "2018-02-21", "Barnens bästa: presentation", id="announced-list-entry",
    ),
]


@pytest.mark.parametrize(("text", "day", "title"), CARRY_TITLES)
def test_carry_titles(text: str, day: str, title: str) -> None:
    _, carry, _ = extract_items(minutes_from_text(text), Meeting(date=day))
    assert [c.title for c in carry] == [title]
