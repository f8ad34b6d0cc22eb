"""A stored copy's download counter ("12  Download (0)") is no agenda item ending the head, and a title's
generic body ("Protokoll Styrelsen") takes the fuller name an organ label gives it ("Organ: Regionförbundets
styrelse"). An organ of another body, or a numbered line with a real title, is left alone."""

from __future__ import annotations

import pytest

from planner.extract.header import (
    Found,
    Part,
    document_parts,
    extract_meeting,
    header_end,
    organ_naming_generic_body,
)
from planner.extract.text import minutes_from_text

_COPY = (
    "Protokoll Styrelsen\n\n12  Download (0)\n\nFull text\n\n(1)\n\n"
    "Organ: Regionförbundets styrelse Plats och tid: Regionförbundet i Kalmar län,\n\n"
    "Fredagen den 11 januari 2007, kl 10.00-13.00\n\nBeslutande: Leif Larsson ordförande\n\n"
    "§ 1 Val av justerare\n\nAnna Ek utses.\n"
)


def test_download_counter_does_not_end_the_head() -> None:
    meeting = extract_meeting(minutes_from_text(_COPY))[0]
    assert (meeting.start, meeting.end, meeting.body) == ("10:00", "13:00", "Regionförbundets styrelse")


@pytest.mark.parametrize(
    ("text", "ends_at"),
    [
        ("Styrelsemöte 2007-01-11\n\n12  Download (0)\n\nNärvarande: Anna Ek\n\n3 Val av justerare\n", 6),
        ("Styrelsemöte 2007-01-11\n\n34 Views (2)\n\nNärvarande: Anna Ek\n\n3 Val av justerare\n", 6),
        # look-alike: a numbered line with a title ends the head where it stands
        ("Styrelsemöte 2007-01-11\n\nNärvarande: Anna Ek\n\n12 Download av filer\n\nText.\n", 4),
    ],
)
def test_header_end(text: str, ends_at: int) -> None:
    assert header_end(document_parts(minutes_from_text(text))) == ends_at


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        ("Organ: Regionförbundets styrelse Plats och tid: Kalmar", "Styrelsen", "Regionförbundets styrelse"),
        (
            "Organ Kommunstyrelsens arbetsutskott Datum 2019-01-01",
            "Arbetsutskottet",
            "Kommunstyrelsens arbetsutskott",
        ),
        ("Nämnd: Socialnämndens individutskott", "Utskottet", None),  # "individutskott" is another word
        ("Organ: Kommunfullmäktige Datum", "Styrelsen", None),  # another body
        ("Styrelsens ordförande Anna Ek", "Styrelsen", None),  # no organ label
    ],
)
def test_organ_naming_generic_body(line: str, body: str, expected: str | None) -> None:
    got = organ_naming_generic_body([Part(line, 0, 0)], Found(body, 0, len(body)))
    assert (got.value if got else None) == expected
