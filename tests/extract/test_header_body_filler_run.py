"""A filler run above or at the start of the title: one letter or digit repeated ("xxxxxxxxxx" drawn as a rule
across a club's page between its standing agenda and the minutes, "11111111111" left of a lost logo or form
field before "PROTOKOLL STYRELSEMÖTE ..."). It is no body's name: the title is read past it. Look-alikes: a
word with other letters ("Aaaaah"), a short run ("xxx"), an amount with fewer repeats ("2000000")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, filler_run
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("11111111111 PROTOKOLL STYRELSEMÖTE 4 DECEMBER 2016 Närvarande: Lotta Persson (LP) vice ordf., Johanna "
          "Sandelin (JS) kassör\n\n132. Mötets öppnande\n"), "Styrelsen"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek\n",
         "Kulturnämnden"),
        ("----\n\nXXXXXXXXXXXXXXXXXXXX\n\nSocialnämnden 2023-03-14\n\nNärvarande: Anna Ek, Per Lind\n", "Socialnämnden"),
    ],
)
def test_filler_run_is_no_body(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("xxxxxxxxxxxxxxxxxxxxxxxx", 24),
        ("  11111111111 PROTOKOLL", 14),
        ("Aaaaah! Styrelsemöte", 0),  # another letter in the word
        ("xxx Styrelsemöte", 0),  # a short run
        ("2000000 kr till föreningen", 0),  # one digit, then five repeats: an amount
        ("11111111111a Protokoll", 0),  # the run goes on in a word
    ],
)
def test_filler_run_length(line: str, length: int) -> None:
    assert filler_run(line) == length
