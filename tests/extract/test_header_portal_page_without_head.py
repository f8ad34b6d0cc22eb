"""A meeting portal's page without a head: the meeting's date is only in the page's address, so what the text says
elsewhere must not stand in for the head.

- a label over an item's files alone on its line ("Bilagor", "Handlingar") is no body;
- a body named in the running text by an adjective and its noun at every mention ("Regionala
  utvecklingsnämnden") keeps the adjective;
- an earlier decision cited by its day and paragraph ("fastställde den 17 november 2020, § 161") is no
  meeting date;
- the checking's hour ("Tid för justering: ... kl. 17.00 (efter avslutat sammanträde)") is no end;
- every member taking part from afar ("samtliga ledamöter deltar på distans") makes the meeting online.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

_NAV = "Hoppa över navigering\n"


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_NAV + "  • Ordföranden öppnar mötet.\n\n    Bilagor\n\n  • Kulturnämnden beslutade i maj att ge "
         "förvaltningen uppdraget. Kulturnämnden ska följa upp.\n", "Kulturnämnden"),
        (_NAV + "  • Ordföranden öppnar mötet.\n\n    Handlingar\n\n  • Punkten utgår.\n", None),
        (_NAV + "  • Ordföranden öppnar mötet.\n\n    Bifogade handlingar:\n\n  • Punkten utgår.\n", None),
        # a body's own name that holds the word is kept
        ("Handlingsgruppen\n\nProtokoll 2022-05-02\n\nNärvarande: Anna Ek\n", "Handlingsgruppen"),
        ("Protokoll Byggnadsnämnden 2022-05-02\n\nBilagor\n\nNärvarande: Anna Ek\n", "Byggnadsnämnden"),
    ],
    ids=["bilagor", "handlingar", "bifogade", "own-name", "title-above"],
)
def test_attachment_label_is_no_body(text: str, body: str | None) -> None:
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_NAV + " • Enligt reglemente för regionala utvecklingsnämnden har en lista skickats ut.\n\n"
         " • Regionala utvecklingsnämnden fastställde en plan. Enligt planen ska regionala utvecklingsnämnden "
         "följa upp arbetet.\n", "Regionala utvecklingsnämnden"),
        (_NAV + " • Gemensamma patientnämnden fick information. Gemensamma patientnämnden ska återkomma.\n",
         "Gemensamma patientnämnden"),
        (_NAV + " • Regionala samverkansrådet fick information. Frågan tas upp av regionala samverkansrådet igen.\n",
         "Regionala samverkansrådet"),
        # an adjective that picks one of several bodies is no part of the name, nor its capital the body's
        (_NAV + " • Nya kulturnämnden fick information. Nya kulturnämnden ska återkomma.\n", None),
        # the adjective at one mention only: the noun alone
        (_NAV + " • Kulturnämnden fick information. Frågan tas upp av regionala kulturnämnden.\n", "Kulturnämnden"),
    ],
    ids=["regionala", "gemensamma", "sociala", "nya", "once"],
)
def test_adjective_of_the_body_named_in_the_text(text: str, body: str | None) -> None:
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (_NAV + " • Nämnden fastställde den 17 november 2020, § 161, en verksamhetsplan för 2021.\n", None),
        (_NAV + " • Styrelsen beslutade 2021-03-04 § 12 att ge kansliet uppdraget.\n", None),
        (_NAV + " • Nämnden antog vid sitt sammanträde den 2 maj 2019, § 40, en policy.\n", None),
        # the meeting's own head, or a date without the cited paragraph, is read as before
        ("Protokoll Kulturnämnden 2021-06-15\n\n§ 1 Mötets öppnande\n", "2021-06-15"),
        ("Kulturnämnden\n\nSammanträde den 17 november 2020, § 161-170\n\nNärvarande: Anna Ek\n", "2020-11-17"),
    ],
    ids=["fastställde", "beslutade-iso", "antog-vid-sammantrade", "head", "head-paragraphs"],
)
def test_cited_decision_day_is_no_meeting_date(text: str, date: str | None) -> None:
    assert _meeting(text).date == date


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (_NAV + "  • Tid för justering: Tisdag 15 juni kl. 17.00 (efter avslutat sammanträde)\n\n  • Punkten utgår.\n",
         None),
        ("Protokoll Kulturnämnden 2021-06-15\n\nProtokollet justeras direkt efter avslutat möte kl 16.00\n", None),
        ("Protokoll Kulturnämnden 2021-06-15\n\nJustering sker efter mötets slut kl. 20.30.\n", None),
        # the close of the meeting itself keeps its hour
        ("Protokoll Kulturnämnden 2021-06-15\n\n§ 1 Mötets öppnande\n\n§ 9 Mötet avslutades kl. 20.30.\n", "20:30"),
        ("Protokoll Kulturnämnden 2021-06-15\n\nOrdföranden förklarade mötet avslutat kl 16.15\n", "16:15"),
    ],
    ids=["tid-for-justering", "justeras", "justering-sker", "closed", "declared-closed"],
)
def test_checking_hour_is_no_end(text: str, end: str | None) -> None:
    assert _meeting(text).end == end


@pytest.mark.parametrize(
    ("text", "online"),
    [
        (_NAV + "  • Med anledning av smittspridningen hålls sammanträdet inom stängda dörrar och samtliga "
         "ledamöter deltar på distans.\n", "digital"),
        ("Protokoll Kulturnämnden 2021-06-15\n\nAlla deltagare deltog digitalt.\n\n§ 1 Mötets öppnande\n", "digital"),
        ("Protokoll Kulturnämnden 2021-06-15\n\nSamtliga ledamöter och ersättare närvarar via Teams.\n", "Teams"),
        # one member from afar does not make the meeting online
        ("Protokoll Kulturnämnden 2021-06-15\n\nAnna Ek deltar på distans.\n\n§ 1 Mötets öppnande\n", None),
        ("Protokoll Kulturnämnden 2021-06-15\n\nSamtliga ledamöter deltar i mötet.\n", None),
    ],
    ids=["samtliga-distans", "alla-digitalt", "teams", "one-member", "no-means"],
)
def test_all_members_from_afar_is_online(text: str, online: str | None) -> None:
    assert _meeting(text).online == online
