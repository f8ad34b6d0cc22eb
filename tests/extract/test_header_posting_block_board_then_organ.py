"""A posting block that says where the minutes were posted before its organ label ("Justeringen har tillkännagivits
genom anslag på kommunens officiella anslagstavla vid Stadshuset. Organ Tekniska nämnden Datum då anslaget sätts
upp"), on a page whose title names no body: the organ's name is the body. Look-alikes: the statement without an organ
label (a capitalised sentence after it names no body), an organ label left empty."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = ("SAMMANTRÄDESPROTOKOLL Sida 1\nTid och plats Torsdagen den 12 februari 2009 kl Ernemar avloppsreningsverk, "
         "Oskarshamn\nNärvarande Ledamöter Lars Aronsson (s) Ingmar Hjalmarsson (v)\n\n")


def _body(block: str) -> str | None:
    return extract_meeting(minutes_from_text(_HEAD + block + "\n\nÄrendeförteckning Antagande av anbud 22\n"))[0].body


@pytest.mark.parametrize(
    ("block", "body"),
    [
        (("Bevis om justering Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
          "officiella anslagstavla vid Stadshuset. Organ Tekniska nämnden Datum då anslaget sätts upp "
          "Förvaringsplats för protokollet Tekniska kontoret"), "Tekniska nämnden"),
        (("Bevis om justering Justeringen har tillkännagivits genom anslag på kommunens anslagstavla. "
          "Organ: Barn- och utbildningsnämnden Sammanträdesdatum 2009-02-12"), "Barn- och utbildningsnämnden"),
    ],
)
def test_organ_after_posting_place(block: str, body: str) -> None:
    assert _body(block) == body


@pytest.mark.parametrize(
    "block",
    [
        # look-alikes: no organ label; an organ label left empty. The block adds no body to the head's.
        ("Bevis om justering Justeringen har tillkännagivits genom anslag på kommunens anslagstavla. "
         "Kommunstyrelsens ordförande Anna Ek tackade"),
        "Bevis om justering Justeringen har tillkännagivits genom anslag på kommunens anslagstavla. Organ Datum då anslaget",
    ],
)
def test_no_organ_without_its_label(block: str) -> None:
    assert _body(block) == _body("Bevis om justering")
