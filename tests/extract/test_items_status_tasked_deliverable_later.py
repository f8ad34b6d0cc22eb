""""Demokratiberedningen ger i uppdrag till kommunikationsavdelningen att överlämna ett förslag ... hösten 2024": the
body tasks someone (also in the active voice: "ger X i uppdrag att", "ge i uppdrag åt X att", "uppdra åt X att")
to deliver a proposal, basis or plan at a later season or time with no date: the matter comes back, `when` null
(planner.extract.items `classify`). A task with no deliverable, a season before the meeting, a task given at an
earlier meeting ("beslutade den 7 april 2015 att uppdra åt ...") or a deliverable sent to another body is no return."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

NOV_2023 = date(2023, 11, 23)


@pytest.mark.parametrize("sentence", [
    ("Demokratiberedningen ger i uppdrag till kommunikationsavdelningen att överlämna ett förslag till "
     "uppdragsbeskrivning hösten 2024 gällande kommunikationsarbetet inför valet 2026."),
    "Kansliet får i uppdrag att ta fram ett förslag till hösten.",
    "Nämnden ger förvaltningen i uppdrag att ta fram en åtgärdsplan under våren 2024.",
    "Kommunstyrelsen beslutar att ge förvaltningen i uppdrag att lämna ett underlag till våren 2024.",
    "Styrelsen uppdrar åt ordföranden att under våren 2024 ta fram ett utkast till ny stadga.",
])
def test_task_to_deliver_at_later_season_returns(sentence: str) -> None:
    found = classify(sentence, NOV_2023)
    assert found is not None and found.status is ItemStatus.RETURNS and found.when is None


@pytest.mark.parametrize("sentence", [
    "Förvaltningen får i uppdrag att genomföra projektet under hösten 2024.",  # no deliverable
    "Kansliet fick i uppdrag att ta fram ett förslag under hösten 2022.",  # a season before the meeting
    ("Kommunstyrelsen beslutade den 7 april 2023 att uppdra åt bolaget att under hösten 2023 redovisa den plan "
     "som revisorerna efterfrågar."),  # a task given at an earlier meeting: history
    "Ordföranden får i uppdrag att ta fram ett förslag.",  # no later time
    "Styrelsen ger kassören i uppdrag att betala fakturan.",
])
def test_other_tasks_do_not_return(sentence: str) -> None:
    found = classify(sentence, NOV_2023)
    assert found is None or found.status is not ItemStatus.RETURNS


def test_deliverable_for_another_body_is_not_a_return() -> None:
    found = classify("Kansliet får i uppdrag att skicka förslaget till kommunstyrelsen i höst.", NOV_2023)
    assert found is None or found.status is not ItemStatus.RETURNS


def test_active_task_to_next_meeting_returns_next() -> None:
    found = classify("Styrelsen ger kansliet i uppdrag att ta fram ett förslag till nästa möte.", NOV_2023)
    assert found is not None and found.status is ItemStatus.RETURNS and found.when == "next"
