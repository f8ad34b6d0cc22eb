"""A report from an event, given at a later meeting, is a topic announced; the item is handled (planner.extract.items).

"5.2 Ordförandeträff 17-18/4, organiserad av Villägarnas Riksförbund" / "Patrik Ernby närvarar i ordförandes
ställe, då denne har förhinder, samt rapporterar från träffen på nästa styrelsemöte 28/4." (896): who goes
to the meeting was settled now; the report from it is a new point for the next meeting (announced, "next"),
not the item coming back. A report word ("rapporterar", "återrapporterar", "berättar", "rapport") with "från"
and an event (a word ending in "träffen", "konferensen", "resan", "mötet", ...) makes it so. Look-alikes: a
report on the item's own matter ("Kassören rapporterar om ekonomin på nästa möte", "Frågan tas upp igen på
nästa möte") returns; a report with no later meeting carries nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import status_and_carry

_MINUTES = """Protokoll styrelsemöte 2015-03-31

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Mötets öppnande

Ordföranden öppnade mötet.

2. {title}

{text}

3. Mötets avslutande

Ordföranden avslutade mötet.
"""


def _read(title: str, text: str) -> tuple[str, list[tuple[str, str | None]]]:
    return status_and_carry(_MINUTES.format(title=title, text=text), "2")


@pytest.mark.parametrize(("title", "text", "when"), [
    ("Ordförandeträff 17-18/4", "Patrik går i ordförandes ställe och rapporterar från träffen på nästa styrelsemöte.",
     "next"),
    ("Regionkonferens i Växjö", "Anna och Per åker. De återrapporterar från konferensen vid kommande möte.", "next"),
    ("Studieresa till Oslo", "Tre ledamöter deltar i resan. Eva berättar från resan på nästa möte.", "next"),
    ("Inbjudan till utbildning", "Per går på utbildningen och rapporterar från utbildningsdagen på nästa möte.",
     "next"),
    ("Möte med kommunen", "Anna träffar kommunen i april. Rapport från mötet ges på nästa styrelsemöte.", "next"),
])
def test_report_from_event_is_announced(title: str, text: str, when: str | None) -> None:
    assert _read(title, text) == ("handled", [("announced", when)])


@pytest.mark.parametrize(("title", "text"), [
    ("Ekonomi", "Kassören rapporterar om ekonomin på nästa möte."),
    ("Hemsidan", "Frågan tas upp igen på nästa möte."),
    ("Ordförandeträff 17-18/4", "Frågan om vem som åker diskuteras vidare på nästa möte."),
])
def test_own_matter_still_returns(title: str, text: str) -> None:
    assert _read(title, text) == ("returns", [("returns", "next")])


@pytest.mark.parametrize(("title", "text"), [
    ("Ordförandeträff 17-18/4", "Patrik rapporterade från träffen i fjol."),
    ("Regionkonferens", "Anna rapporterar från konferensen som hölls i februari."),
])
def test_report_with_no_later_meeting_carries_nothing(title: str, text: str) -> None:
    assert _read(title, text) == ("handled", [])
