"""Minutes with no title that open straight with the meeting ("Ida öppnar mötet." / "Närvarande:" / "Ida" /
"Victoria" ...): the opening sentence is no title, nor is a given name standing alone in the list below; the
body stays unknown. Look-alikes: a title above the sentence, a body's name alone on a line above the list."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_LIST = ("Närvarande:\nIda\nVictoria\nChristine\nCassandra\nAngelica\nTilde\nJohanna\nAnmäld frånvaro:\nVilma\n"
         "Föregående protokoll\nIda läser igenom föregående protokoll.\n")


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    "opening",
    [
        "Ida öppnar mötet.\n",
        "Ordföranden öppnade mötet.\n",
        "Anna Ek hälsade alla välkomna.\n",
        "Ordförande Per Lind förklarade mötet öppnat.\n",
    ],
)
def test_untitled_minutes_have_no_body(opening: str) -> None:
    assert _body(opening + _LIST + "Mötet hölls 2011-05-22.\n") is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # look-alikes: a title above the sentence; a body's own line
        ("Styrelsemöte 2011-05-22\nIda öppnar mötet.\n" + _LIST, "Styrelsen"),
        ("Ungdomssektionen\n2011-05-22\nIda öppnar mötet.\n" + _LIST, "Ungdomssektionen"),
    ],
)
def test_title_above_the_sentence_is_kept(text: str, body: str) -> None:
    assert _body(text) == body
