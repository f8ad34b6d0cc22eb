"""Decisions written as run-in labels, and the first meeting after a break as the next meeting.

Association minutes without headings set each decision as its own paragraph that opens with the
body and a deciding verb before a colon: "Styrelsen beslutar att: Ha första styrelsemötet för hösten
söndagen den 26 augusti klockan 18.00." Such a label ("Styrelsen beslutar att", "Mötet beslutade",
"Beslutades att") opens the decision's text and is never an item, however often it comes back; a
label naming a matter ("Ekonomi:", "Hemsidan:") still is. "Första styrelsemötet för hösten",
"första mötet efter sommaren" and "höstens första möte" name the body's next meeting as "nästa
möte" does; "första mötet med kommunen" and "första gången" do not.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.items import _is_excluded_heading
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "excluded"),
    [
        ("Styrelsen beslutar att:", True),
        ("Styrelsen beslutar att", True),
        ("Mötet beslutade:", True),
        ("Beslutades att", True),
        ("Nämnden beslutar enhälligt att", True),
        ("Årsmötet beslöt att:", True),
        ("Arbetsutskottet bestämde", True),
        ("Ekonomi", False),
        ("Beslut om budget 2013", False),
        ("Styrelsens arbetsordning", False),
        ("Kassören rapporterar", False),
    ],
)
def test_decision_clause_is_no_heading(title: str, excluded: bool) -> None:
    assert _is_excluded_heading(title) is excluded


_DECISIONS = """Styrelsemöte 2012 05 27

Styrelsen beslutar att: Ha första styrelsemötet för hösten Söndagen den 26 augusti klockan 18.00.

Styrelsen beslutar att: Anna Berg och Per Ek har attesträtt upp till 5.000 kronor.

Styrelsen beslutar att: AU har attesträtt upp till en summa av 20.000 kronor.

Styrelsen konstaterar att festivalen gick bra.
"""

_LABELS = """Styrelsemöte 2012 05 27

Ekonomi: Kassören redovisade kontoställningen och budgeten för hösten.

Hemsidan: Anna har uppdaterat sidan med de nya tiderna för träningen.
"""


def test_decision_paragraphs_make_no_items() -> None:
    x = extract_text(minutes_from_text(_DECISIONS))
    assert x.items == ()
    assert x.next_meeting == "2012-08-26"


def test_matter_labels_still_make_items() -> None:
    x = extract_text(minutes_from_text(_LABELS))
    assert [i.title for i in x.items] == ["Ekonomi", "Hemsidan"]


HEAD = "Protokoll styrelsemöte 2014-05-21\n\nNärvarande: Anna Berg, Per Ek\n\n"


@pytest.mark.parametrize(
    ("text", "nxt"),
    [
        ("Första styrelsemötet efter sommaren blir den 20 augusti kl 18.", "2014-08-20"),
        ("Höstens första möte hålls tisdag 9 september.", "2014-09-09"),
        ("Vi har första mötet för hösten den 3 september hos Anna.", "2014-09-03"),
        ("Första mötet efter sommaruppehållet blir 14 augusti.", "2014-08-14"),
        ("Första mötet med kommunen blir 14 augusti.", None),
        ("Första gången vi ses i höst är den 14 augusti på fotbollsplanen.", None),
    ],
)
def test_first_meeting_after_a_break_is_the_next(text: str, nxt: str | None) -> None:
    assert extract_text(minutes_from_text(HEAD + text + "\n")).next_meeting == nxt
