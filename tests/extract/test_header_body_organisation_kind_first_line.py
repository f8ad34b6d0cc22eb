"""A line of its own near the top naming the organisation whose board a generic title ("Styrelsemöte") is, its
name opening with the organisation's kind: "Föreningen Runsten Equestrians" under "Mötesprotokoll:
Styrelsemöte 2018-01-22 ...". Look-alikes: the kind alone ("Föreningen"), a lower-case word after it
("Föreningen har haft ett bra år"), a sentence."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(line: str) -> str | None:
    text = ("Mötesprotokoll: Styrelsemöte 2018-01-22\n\n" + line + "\n\nStyrelsemöte 22/1-2018\n\n"
            "Närvarande: Per Dahlgren, Mimmi Wik, Jenny Bonds.\n\n1. Mötets öppnande\n")
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Föreningen Runsten Equestrians", "Föreningen Runsten Equestrians"),
        ("Brf Ekbacken", "Brf Ekbacken"),
        # look-alikes
        ("Föreningen", "Styrelsen"),
        ("Föreningen har haft ett bra år", "Styrelsen"),
    ],
)
def test_organisation_kind_first_line(line: str, body: str) -> None:
    assert _body(line) == body
