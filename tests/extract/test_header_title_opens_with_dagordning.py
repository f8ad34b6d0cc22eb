"""The word "Dagordning" (the agenda) opening a title names the document, as "Agenda" and "Protokoll" do:
the body is read from the words after it ("Dagordning Styrelsemöte 19/7 -20" gives "Styrelsen"). A title
that merely holds the word later is left alone."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Dagordning Styrelsemöte 19/7 -20", "Styrelsen"),
        ("Dagordning styrelsemöte 2020-07-19", "Styrelsen"),
        ("DAGORDNING Styrelsemöte 2020-07-19", "Styrelsen"),
        ("Dagordning för Kulturrådets möte 2020-07-19", "Kulturrådet"),
        # look-alikes: the same titles opened by "Protokoll" or "Agenda"; the word inside the title
        ("Protokoll Styrelsemöte 19/7 -20", "Styrelsen"),
        ("Agenda Styrelsemöte 2020-07-19", "Styrelsen"),
        ("Kulturrådet dagordning 2020-07-19", "Kulturrådet"),
    ],
)
def test_body_after_dagordning(title: str, body: str) -> None:
    text = (
        f"{title}\nNärvarande: Anne, Ida, Sandra och Hanna\n\n1. Mötet öppnas\n– Ordförande Anne öppnar mötet\n"
        "2. Val av justerare\n– Ida och Sandra\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].body == body
