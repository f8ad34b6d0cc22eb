"""A head line of its own naming the association whose board meets gives the body when the title names the
board only: "Kårstyrelseprotokoll - 2012-09-19 / Styrelsemöte med Falkens scoutkår." -> "Falkens scoutkår,
styrelsen" (was "Kårstyrelsen").

Look-alikes: a place after "i" on that line, no such line, the line far below the head, a title naming a body
of more than one word (kept).
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_ITEMS = ("§ 1 Mötet öppnades av Uffe.\n\n§ 2 Dagordningen godkändes.\n\n§ 3 Till sekreterare valdes Sören.\n\n"
          "§ 4 Ekonomirapport:\nBankgirot ca 6 000:-.\n")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Protokoll\n\n\nKårstyrelseprotokoll - 2012-09-19\n\n\nStyrelsemöte med Falkens scoutkår.\n2012-09-19.\n\n\n",
         "Falkens scoutkår, styrelsen"),
        ("Styrelseprotokoll 2012-09-19\nStyrelsemöte i DHR-Värmland\n\n", "DHR-Värmland, styrelsen"),
        # look-alikes
        ("Protokoll\n\n\nKårstyrelseprotokoll - 2012-09-19\n\n\nStyrelsemöte i Stadshuset.\n\n\n", "Kårstyrelsen"),
        ("Protokoll\n\n\nKårstyrelseprotokoll - 2012-09-19\n\n\n", "Kårstyrelsen"),
        ("Kulturnämndens styrelse 2012-09-19\nStyrelsemöte med Falkens scoutkår.\n\n", "Kulturnämndens styrelse"),
    ],
)
def test_board_line_names_association(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + _ITEMS)).meeting.body == body
