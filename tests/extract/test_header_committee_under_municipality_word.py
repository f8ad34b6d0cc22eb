"""The municipality's word before a committee's name is a word of its own, never the head of a compound:
"KRONOBY KOMMUN. Nr 8/2014. Sida 8/155 KOMMUNSTYRELSEN." must not give "STYRELSEN" cut out of
"KOMMUNSTYRELSEN". Real letterheads with the committee after the municipality still give it."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, committee_under_municipality, document_parts, header_end
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Vansbro kommun. Kommunstyrelsen Protokoll", "Kommunstyrelsen"),
        ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL\nByggnadsnämndens arbetsutskott", "Byggnadsnämndens arbetsutskott"),
        # look-alikes: the municipality's word inside the committee's name
        ("KRONOBY KOMMUN. Nr 8/2014. Sida 8/155 KOMMUNSTYRELSEN. Kommungården", None),
        ("Närpes stad Nr 4 STADSSTYRELSEN", None),
    ],
)
def test_committee_under_municipality(head: str, expected: str | None) -> None:
    parts = document_parts(minutes_from_text(head + "\n\n1 Mötets öppnande\n"))
    name = head.split("\n")[0].split(".")[0]
    name = name[: name.casefold().index(" kommun" if " kommun" in name.casefold() else " stad") + 7]
    body = Found(name, parts[0].start, parts[0].start + len(name))
    found = committee_under_municipality(parts, header_end(parts), body)
    assert (found.value if found else None) == expected
