"""Unnumbered headings each followed by a one-line decision, and statutes struck inside an item.

A web post of an annual meeting sets each point on a line of its own and its outcome on the next,
both without a stop: "Val av ordförande" / "Till ordförande valdes Erica Olivius". A short line
that tells a decision (a past passive, "har blivit") or leads into a numbered list ("Förslag på
ändring av stadgarna:" / "1. ...") is the heading's text, and that text is no heading itself.
Look-alikes: a short line without any decision, a list of names. "7 § ströks" strikes a paragraph
of the statutes (the number before "§"), not the item; "§ 7 ströks" and "Punkten ströks" still do.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _decision_line, classify, find_headings
from planner.extract.model import ItemStatus
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Till ordförande valdes Erica Olivius", True),
        ("Styrelsen beviljades ansvarsfrihet", True),
        ("Dagordningen fastställdes", True),
        ("Mötet har blivit behörigen utlyst", True),
        ("Till justerare utsågs Anna Ek", False),  # no passive in -des: the length rule decides
        ("Erica Olivius", False),
        ("Val av justeringsmän", False),
        ("Höglandsskolans bibliotek", False),
        ("Förslag på ändring av stadgarna:", False),
        ("Valdes Anna till kassör?", False),
    ],
)
def test_decision_line(line: str, expected: bool) -> None:
    assert _decision_line(line) is expected


_POST = """Protokoll årsmöte Hagaskolans föräldraförening

Datum 2019-10-02

Plats:

Skolans bibliotek

Närvarande:

Lena Holm

Erica Berg

Val av ordförande

Till ordförande valdes Erica Berg

Fråga om mötet blivit behörigen utlyst

Mötet har blivit behörigen utlyst

Fastställande av dagordningen

Dagordningen fastställdes

Fråga om ansvarsfrihet för styrelsen

Styrelsen beviljades ansvarsfrihet

Behandling av propositioner från styrelsen

Förslag på ändring av stadgarna:

  1. 7 § ströks med motiveringen att den inte längre behövs.
  2. 9§ ströks då den inte längre är relevant.

Övriga frågor

Inga övriga frågor togs upp.
"""


def test_headings_with_one_line_decisions() -> None:
    heads, _ = find_headings(minutes_from_text(_POST))
    assert [h.title for h in heads] == [
        "Val av ordförande", "Fråga om mötet blivit behörigen utlyst", "Fastställande av dagordningen",
        "Fråga om ansvarsfrihet för styrelsen", "Behandling av propositioner från styrelsen", "Övriga frågor"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("7 § ströks med motiveringen att utse klassrepresentanter inte har gjorts.", None),
        ("9§ ströks då den inte längre är relevant", None),
        ("Punkten ströks.", ItemStatus.POSTPONED),
        ("§ 7 ströks.", ItemStatus.POSTPONED),
    ],
)
def test_statute_paragraph_struck(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence)
    assert (found.status if found else None) is status
