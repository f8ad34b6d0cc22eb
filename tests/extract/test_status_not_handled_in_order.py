"""Points not handled in the agenda's order are no points put off (planner.extract.items).

"Eftersom detta möte även var ett arbetsmöte inför årsmötet, behandlades inte paragraferna strikt efter
dagordning", "Ärendena behandlades inte i nummerordning": the negation is of the order, and every point
was handled. Look-alikes that stay postponed: a point not handled ("Punkt 7 behandlades inte"), for want
of time, or "not handled today", and a deferral that merely names the agenda.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

JANUARY_2010 = date(2010, 1, 23)


@pytest.mark.parametrize("sentence", [
    ("Eftersom detta möte även var ett arbetsmöte inför årsmötet, behandlades inte paragraferna strikt efter "
     "dagordning."),
    "Punkterna behandlades inte i den ordning de står på dagordningen.",
    "Ärendena behandlades inte i nummerordning.",
    "Ärendena behandlades ej i turordning.",
    "Frågorna togs inte upp i ordning.",
])
def test_not_handled_in_order_is_no_deferral(sentence: str) -> None:
    assert classify(sentence, JANUARY_2010) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Punkt 7 behandlades inte.", None),
    ("Ärendet behandlades inte på grund av tidsbrist.", None),
    ("Ärendet behandlas inte i dag.", None),
    ("Punkten behandlades inte utan tas upp i ordinarie ordning på nästa möte.", "next"),
    ("Ärendet bordlades i enlighet med dagordningen.", None),
])
def test_point_not_handled_stays_postponed(sentence: str, when: str | None) -> None:
    found = classify(sentence, JANUARY_2010)
    assert found is not None and (found.status, found.when) == (ItemStatus.POSTPONED, when)
