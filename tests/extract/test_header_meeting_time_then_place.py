"""A notice's head cells with colon labels run together on one line, in capitals, the end of the hours left blank:
"-1, SSTYR :00 Sida 2 SAMMANTRÄDESTID: kl. 18:00 - SAMMANTRÄDESPLATS: Stadshuset, styrelserummet". The start is
18:00 and the place the labelled one, not the checking's "Tid och plats Stadshuset i Närpes ..." further down.
Look-alikes: the time label without its place label, a place label with no value."""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, extract_meeting, header_end, meeting_time_then_place
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("-1, SSTYR :00 Sida 2 SAMMANTRÄDESTID: kl. 18:00 - SAMMANTRÄDESPLATS: Stadshuset, styrelserummet",
         ("18:00", None, "Stadshuset, styrelserummet")),
        ("Sammanträdestid: kl. 18:00 - 20:15 Sammanträdesplats: Stadshuset, styrelserummet NÄRVARANDE",
         ("18:00", "20:15", "Stadshuset, styrelserummet")),
        # look-alikes
        ("SAMMANTRÄDESTID: kl. 18:00 - NÄRVARANDE MEDLEMMAR: Ordförande", None),
        ("Sammanträdestid: kl. 18:00 Sammanträdesplats: ", None),
    ],
)
def test_meeting_time_then_place(line: str, expected: tuple[str, str | None, str] | None) -> None:
    parts = document_parts(minutes_from_text("SSTYR 2015-04-14\n" + line + "\n\n1 Sammanträdets laglighet\n"))
    found = meeting_time_then_place(parts, header_end(parts))
    got = (found[0].value, found[1].value if found[1] else None, found[2].value) if found else None
    assert got == expected


def test_labelled_place_over_checking_place() -> None:
    text = ("INNEHÅLLSFÖRTECKNING SSTYR 2015-04-14\n"
            "-1, SSTYR :00 Sida 2 SAMMANTRÄDESTID: kl. 18:00 - SAMMANTRÄDESPLATS: Stadshuset, styrelserummet\n"
            "NÄRVARANDE MEDLEMMAR: Ordförande Olav Sjögård\n"
            "Tid och plats Stadshuset i Närpes Peter Andersén förvaltningsdirektör Utdragets riktighet bestyrker:\n\n"
            "68 Sammanträdets laglighet och beslutförhet\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.start, meeting.venue) == ("18:00", "Stadshuset, styrelserummet")
