"""A matter to be approved or decided at a members' meeting to come ("Verksamhetsplan och budget presenterades och
ska godkännas på kommande bomöte", "Stadgeändringen fastställs vid nästa årsmöte") is passed to that meeting:
`referred`; in the minutes of that kind of meeting itself it returns; the body's own next meeting keeps `returns`.
A heading that is the item's sentence, cut by a wrap (a blank line after it and the rest in lower case), is read
whole (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

BOARD = "Protokoll styrelsemöte 2019-10-03\n\n§ 1 Mötet öppnas\n\n§ 2 {text}\n\n§ 3 Mötet avslutas\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Verksamhetsplan och budget presenterades och ska godkännas på kommande bomöte.", "referred"),
        ("Budgeten för 2020 diskuterades. Den ska beslutas på kommande medlemsmöte.", "referred"),
        ("Förslaget till nya stadgar fastställs vid nästa årsmöte.", "referred"),
        ("Styrelsens förslag till medlemsavgift ska antas av nästkommande föreningsstämma.", "referred"),
        ("Motionen ska behandlas på kommande årsmöte.", "referred"),
        # look-alikes: the body's own next meeting, a members' meeting passed, no meeting to come
        ("Verksamhetsplanen ska godkännas på nästa möte.", "returns"),
        ("Verksamhetsplanen godkändes på förra årsmötet.", "handled"),
        ("Verksamhetsplanen godkändes och presenteras för medlemmarna.", "handled"),
        ("Alla medlemmar är välkomna på kommande medlemsmöte.", "handled"),
    ],
)
def test_decided_at_members_meeting_to_come(text: str, status: str) -> None:
    got = extract_text(minutes_from_text(BOARD.format(text=text)))
    assert got.items[1].status.value == status


def test_own_kind_of_meeting_returns() -> None:
    text = ("Protokoll årsmöte 2019-03-03\n\n§ 1 Mötet öppnas\n\n§ 2 Stadgeändringen diskuterades och ska "
            "fastställas vid nästa årsmöte.\n\n§ 3 Mötet avslutas\n")
    got = extract_text(minutes_from_text(text))
    assert got.items[1].status.value == "returns"


WRAPPED = ("Protokoll styrelsemöte 2019-10-03\n\n§ 81 Ekonomin är god och kassören redovisade läget för hösten.\n\n"
           "§ 82 {head}\n\n{rest}\n\n§ 83 Nästa år ska föreningen ha en temakväll om rättigheter i\n\nsamhället.\n")


@pytest.mark.parametrize(
    ("head", "rest", "status"),
    [
        ("Verksamhetsplan och budget presenterades och ska godkännas på kommande", "bomöte.", "referred"),
        ("Stadgeändringen som styrelsen tagit fram ska nu fastställas vid nästa", "årsmöte.", "referred"),
        ("Frågan om nya nycklar till lokalen diskuterades och bordlades till nästa", "möte.", "postponed"),
        # a short heading: its text alone tells the fate
        ("Verksamhetsplan och budget", "presenterades och ska godkännas på kommande bomöte.", "referred"),
        # look-alikes: a short heading over a text that tells none, a heading that ends its sentence
        ("Verksamhetsplan och budget", "presenterades och godkändes av styrelsen.", "handled"),
        ("Verksamhetsplan och budget presenterades och godkändes av styrelsen.", "bomötet hålls i november.",
         "handled"),
    ],
)
def test_heading_wrapped_over_blank_line(head: str, rest: str, status: str) -> None:
    got = extract_text(minutes_from_text(WRAPPED.format(head=head, rest=rest)))
    item = next(i for i in got.items if i.number == "82")
    assert item.status.value == status
